/**
 * A large API-M 4.4.0 document (the shape bench/src/topologies.ts measures: control-plane and Traffic
 * Manager clusters, one database, gateway environments of two gateways behind a load balancer), handed
 * to the designer as its stored draft.
 */
import type { Page } from '@playwright/test';

export function largeDocument(size: number) {
  const nodes: Record<string, unknown>[] = [];
  const edges: { id: string; source: string; target: string }[] = [];
  const host = (n: string) => `${n}.example.com`;
  const join = (source: string, target: string) =>
    edges.push({ id: `${source}--${target}`, source, target });
  const at = (i: number) => ({ x: (i % 20) * 60, y: Math.floor(i / 20) * 40 });
  const add = (n: Record<string, unknown>) => nodes.push({ ...n, position: at(nodes.length) });
  add({ id: 'db', kind: 'database', name: 'db', host: host('db'), engine: 'mysql' });
  for (const id of ['cp-1', 'cp-2'])
    add({ id, kind: 'control-plane', name: id, host: host(id), offset: 0 });
  for (const id of ['tm-1', 'tm-2'])
    add({ id, kind: 'traffic-manager', name: id, host: host(id), offset: 0 });
  add({
    id: 'cp-lb',
    kind: 'load-balancer',
    name: 'cp-lb',
    host: host('cp'),
    fronts: 'control-plane',
  });
  add({
    id: 'tm-lb',
    kind: 'load-balancer',
    name: 'tm-lb',
    host: host('tm'),
    fronts: 'traffic-manager',
  });
  for (const id of ['cp-1', 'cp-2', 'tm-1', 'tm-2']) join('db', id);
  for (const [lb, m] of [
    ['cp-lb', 'cp-1'],
    ['cp-lb', 'cp-2'],
    ['tm-lb', 'tm-1'],
    ['tm-lb', 'tm-2'],
    ['tm-1', 'cp-lb'],
    ['tm-2', 'cp-lb'],
  ] as const)
    join(lb, m);
  for (let env = 1; nodes.length + 3 <= size; env++) {
    const lb = `gw-lb-${env}`;
    add({ id: lb, kind: 'load-balancer', name: lb, host: host(lb), fronts: 'gateway' });
    for (const i of [1, 2]) {
      const gw = `gw-${env}-${i}`;
      add({
        id: gw,
        kind: 'gateway',
        name: gw,
        host: host(gw),
        offset: 0,
        environment: { name: `Environment ${env}` },
      });
      join(lb, gw);
      join('db', gw);
      join(gw, 'cp-lb');
      join(gw, 'tm-lb');
    }
    join('cp-1', lb);
    join('cp-2', lb);
  }
  for (let i = 1; nodes.length < size; i++) {
    const gw = `gw-${i}`;
    add({
      id: gw,
      kind: 'gateway',
      name: gw,
      host: host(gw),
      offset: 0,
      environment: { name: `Standalone ${i}` },
    });
    join('db', gw);
    join(gw, 'cp-lb');
    join(gw, 'tm-lb');
  }
  return { schemaVersion: 1, name: `${size} nodes`, apimVersion: '4.4.0', nodes, edges };
}

/** Opens the designer on the document, as a reload would find it. */
export async function openWithDraft(page: Page, doc: unknown): Promise<void> {
  // Before the page's own scripts, once: a reload's autosave must not be overwritten.
  await page.addInitScript(
    (draft) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('apim-designer:work', draft);
      sessionStorage.setItem('seeded', '1');
    },
    JSON.stringify({ topology: doc, etag: null }),
  );
  await page.goto('/');
}
