import { describe, expect, it } from 'vitest';
import { nginxProblem, parseBack, xmlProblem } from './parse-back.js';

describe('every file is read back before it leaves (issue 14, item 5)', () => {
  it('a TOML file that does not parse is a generated-file-invalid error on its node', () => {
    const found = parseBack(
      [
        { path: 'km/repository/conf/deployment.toml', contents: 'server = "x"\n[server]\na = 1\n' },
        { path: 'gw/repository/conf/deployment.toml', contents: '[server]\na = 1\n' },
      ],
      (p) => (p.startsWith('km/') ? 'km' : undefined),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      code: 'generated-file-invalid',
      severity: 'error',
      nodeId: 'km',
    });
  });
  it('XML fragments must be well formed', () => {
    expect(xmlProblem('<a><b x="1">t</b><c/></a>')).toBeNull();
    expect(xmlProblem('<a><b></a>')).toMatch(/closes no open|never closed/);
    expect(xmlProblem('<a>1 < 2</a>')).toMatch(/starts no tag/);
  });
  it('nginx blocks balanced, directives terminated', () => {
    expect(nginxProblem('http {\n  server {\n    listen 80;\n  }\n}\n')).toBeNull();
    expect(nginxProblem('http {\n  listen 80\n}\n')).toMatch(/without its ";"/);
    expect(nginxProblem('http {\n')).toMatch(/never closed/);
  });
});
