import { describe, expect, it } from 'vitest';
import { summarizeDiagnostics } from './diagnostic-summary.js';
import { diagnostic } from './diagnostics.js';

describe('summarizeDiagnostics', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      diagnostic('port-conflict', `port clash on gw${i}`, {
        nodeId: `gw${i}`,
        path: ['nodes', i, 'offset'],
      }),
    );

  it('keeps up to 20 of one code as they are', () => {
    const d = [...many(20), diagnostic('default-admin-credentials', 'admin / admin')];
    expect(summarizeDiagnostics(d)).toEqual(d);
  });

  it('folds the rest of one code into one diagnostic that counts them and names their nodes', () => {
    const out = summarizeDiagnostics([...many(1000), diagnostic('default-admin-credentials', 'x')]);
    expect(out).toHaveLength(22);
    expect(out.slice(0, 20).map((d) => d.nodeId)).toEqual(many(20).map((d) => d.nodeId));
    expect(out[21]).toEqual({
      code: 'port-conflict',
      severity: 'error',
      message:
        '…and 980 more like the 20 above (port-conflict), on gw20, gw21, gw22, gw23, gw24, gw25, gw26, gw27, gw28, gw29 and 970 more. Each is fixed as the ones above say.',
    });
  });
});
