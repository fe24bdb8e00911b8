/**
 * Auto-layout: the tiered ELK graph of `layout-graph.ts`, laid out by ELK (elkjs) in a Web Worker
 * loaded on first use, so neither the library nor a large document's layout touches the page's
 * main thread. Tests pass an in-process runner.
 */
import type { Topology } from '@apim-designer/topology';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { moveNodes } from './edits.js';
import { layoutGraph, positionsFrom, type Sizes } from './layout-graph.js';
import type { LayoutReply } from './layout-worker.js';

export type ElkRunner = (graph: ElkNode) => Promise<ElkNode>;

let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

function isReply(data: unknown): data is LayoutReply {
  if (typeof data !== 'object' || data === null || !('ok' in data)) return false;
  return data.ok === true ? 'graph' in data : 'message' in data;
}

/** One worker, kept for the next layout (ELK's start-up is most of a small layout's time). */
export const runInWorker: ElkRunner = (graph) => {
  const run = queue.then(
    () =>
      new Promise<ElkNode>((resolve, reject) => {
        worker ??= new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
        const w = worker;
        w.onmessage = (e: MessageEvent<unknown>) => {
          if (!isReply(e.data))
            reject(new Error('The layout worker answered in an unexpected shape.'));
          else if (e.data.ok) resolve(e.data.graph);
          else reject(new Error(e.data.message));
        };
        w.onerror = (e) => {
          worker = null;
          w.terminate();
          reject(new Error(e.message || 'The layout worker failed.'));
        };
        w.postMessage(graph);
      }),
  );
  queue = run.catch(() => undefined);
  return run;
};

export async function layoutTopology(
  t: Topology,
  sizes?: Sizes,
  run: ElkRunner = runInWorker,
): Promise<Topology> {
  if (t.nodes.length === 0) return t;
  const result = await run(layoutGraph(t, sizes));
  return moveNodes(t, positionsFrom(result, new Set(t.nodes.map((n) => n.id))));
}
