/** The layout worker: an ELK graph in, ELK's answer out, off the page's main thread. */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';

const elk = new ELK();

export type LayoutReply =
  { readonly ok: true; readonly graph: ElkNode } | { readonly ok: false; readonly message: string };

self.onmessage = (e: MessageEvent<ElkNode>) => {
  const reply = (r: LayoutReply) => self.postMessage(r);
  elk.layout(e.data).then(
    (graph) => reply({ ok: true, graph }),
    (err: unknown) =>
      reply({ ok: false, message: err instanceof Error ? err.message : String(err) }),
  );
};
