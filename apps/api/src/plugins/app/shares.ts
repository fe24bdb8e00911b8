/** Opens the topology store the config asks for and decorates `shares` (closed with the app). */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ShareService } from '../../share/share-service.js';
import type { TopologyStore } from '../../store/topology-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    shares: ShareService;
    store: TopologyStore;
  }
}

export interface SharesOptions {
  readonly openStore: () => Promise<TopologyStore>;
}

async function sharesPlugin(fastify: FastifyInstance, opts: SharesOptions): Promise<void> {
  const store = await opts.openStore();
  fastify.decorate('store', store);
  fastify.decorate('shares', new ShareService(store));
  fastify.addHook('onClose', async () => store.close());
}

export default fp(sharesPlugin, { name: 'shares' });
