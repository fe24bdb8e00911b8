import { parse as iarnaParse } from '@iarna/toml';
import { describe, expect, it } from 'vitest';
import { APIM_VERSIONS } from './versions.js';
import {
  commentLine,
  parseToml,
  serializeToml,
  tomlData,
  TomlSyntaxError,
  type TomlFile,
} from './toml.js';
import { TopologyModel } from './model.js';
import { nodeConfig } from './render/node-config.js';
import { allKindsTopology, distributed, threeInstances } from '../test/topologies.js';

const topologies = APIM_VERSIONS.flatMap((v) => [
  distributed(v),
  allKindsTopology(v),
  threeInstances(v),
]);
const files: { label: string; file: TomlFile }[] = topologies.flatMap((t) => {
  const model = new TopologyModel(t);
  return model
    .apimNodes()
    .map((n) => ({ label: `${t.name} ${t.apimVersion} ${n.name}`, file: nodeConfig(model, n) }));
});

describe('generated TOML', () => {
  it.each(files)(
    '$label parses back to exactly its data, with two independent parsers',
    ({ file }) => {
      const text = serializeToml(file);
      const data = tomlData(file);
      expect(parseToml(text)).toEqual(data);
      expect(JSON.parse(JSON.stringify(iarnaParse(text)))).toEqual(data);
    },
  );

  it.each(files)('$label has no digit separators (port = 3306, never 3_306)', ({ file }) => {
    const text = serializeToml(file);
    const valueLines = text.split('\n').filter((l) => !l.startsWith('#'));
    expect(valueLines.filter((l) => /=\s*[+-]?\d+(_\d+)+\s*$/.test(l))).toEqual([]);
  });

  it('writes four-digit integers plainly', () => {
    const text = serializeToml({
      header: [],
      sections: [{ table: ['clustering'], values: { local_member_port: 4000, big: 123456 } }],
    });
    expect(text).toContain('local_member_port = 4000');
    expect(text).toContain('big = 123456');
  });

  it('is deterministic', () => {
    for (const { file } of files) expect(serializeToml(file)).toBe(serializeToml(file));
  });
});

describe('the TOML module keeps one value per field', () => {
  const hostile =
    'a"b\\c\nd]\n[server]\noffset = 99 # x \u0000 \u2028 $ref{server.offset} ${carbon.home} =';

  it('escapes hostile strings so they stay one value', () => {
    const file: TomlFile = {
      header: [hostile],
      sections: [{ table: ['apim', 'x'], comment: [hostile], values: { s: hostile } }],
    };
    const back = parseToml(serializeToml(file));
    expect(back).toEqual({ apim: { x: { s: hostile } } });
  });

  it('turns line breaks and control characters in comments into spaces', () => {
    expect(commentLine('x\n[server]\r\noffset = 1\u0000')).toBe('# x [server]  offset = 1 ');
  });

  it('refuses a table defined twice, and root keys after a table', () => {
    expect(() =>
      serializeToml({
        header: [],
        sections: [
          { table: ['a'], values: { x: 1 } },
          { table: ['a'], values: { y: 1 } },
        ],
      }),
    ).toThrow(/defined twice/);
    expect(() =>
      serializeToml({
        header: [],
        sections: [
          { table: ['a'], values: { x: 1 } },
          { table: [], values: { y: 1 } },
        ],
      }),
    ).toThrow(/root keys/);
  });

  it('reports syntax errors with their line and column', () => {
    try {
      parseToml('[server]\noffset = = 1\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TomlSyntaxError);
      expect((e as TomlSyntaxError).line).toBe(2);
    }
  });
});
