import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffBundles, diffTopologies, diffVersions, unifiedDiff } from './diff.js';
import { distributed } from '../test/topologies.js';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('x', 'a\nb\n', 'a\nb\n')).toBe('');
  });

  it('agrees with `git apply`: applying it to the old text gives the new one', () => {
    const before = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const after = [...before];
    after.splice(3, 1, 'changed 3');
    after.splice(20, 0, 'inserted');
    after.splice(35, 2);
    after.push('appended');
    const a = before.join('\n') + '\n';
    const b = after.join('\n') + '\n';
    const dir = mkdtempSync(join(tmpdir(), 'apim-diff-'));
    try {
      writeFileSync(join(dir, 'file'), a);
      writeFileSync(join(dir, 'p.diff'), unifiedDiff('file', a, b));
      execFileSync('git', ['apply', 'p.diff'], { cwd: dir });
      expect(execFileSync('cat', [join(dir, 'file')], { encoding: 'utf8' })).toBe(b);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks added and removed files against /dev/null', () => {
    expect(unifiedDiff('n', null, 'x\n')).toBe('--- /dev/null\n+++ b/n\n@@ -0,0 +1,1 @@\n+x\n');
    expect(unifiedDiff('n', 'x\n', null)).toBe('--- a/n\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-x\n');
  });
});

describe('diffVersions', () => {
  it('3.2.0 → 3.1.0: what changes in each file', () => {
    const d = diffVersions(distributed('3.2.0'), '3.1.0');
    expect(d.topology.apimVersion).toBe('3.1.0');
    const km = d.files?.find((f) => f.path === 'km/repository/conf/deployment.toml');
    expect(km?.change).toBe('changed');
    expect(km?.unified).toContain('-[[event_listener]]');
    expect(km?.unified).toContain('-[apim.cache_invalidation]');
    expect(d.files?.map((f) => f.path)).not.toContain('hosts');
  });

  it('3.2.0 → 4.x: the roles 4.x does not have are diagnostics, and nothing renders', () => {
    const d = diffVersions(distributed('3.2.0'), '4.2.0');
    expect(d.files).toBeNull();
    expect(
      d.diagnostics
        .filter((x) => x.code === 'kind-not-in-version')
        .map((x) => x.nodeId)
        .sort(),
    ).toEqual(['km', 'pub', 'store']);
  });

  it('between two topologies, an added node is an added file', () => {
    const a = distributed('3.2.0');
    const b = { ...a, nodes: a.nodes.map((n) => (n.id === 'gw' ? { ...n, offset: 7 } : n)) };
    const d = diffTopologies(a, b);
    const pub = d.files?.find((f) => f.path === 'pub/repository/conf/deployment.toml');
    expect(pub?.unified).toContain('+http_endpoint = "http://gw.wso2.com:8287"');
    expect(diffBundles([], [{ path: 'x', contents: 'y\n' }])).toEqual([
      {
        path: 'x',
        change: 'added',
        unified: '--- /dev/null\n+++ b/x\n@@ -0,0 +1,1 @@\n+y\n',
        added: 1,
        removed: 0,
      },
    ]);
  });
});
