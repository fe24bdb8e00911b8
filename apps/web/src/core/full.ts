/**
 * The lazy half of the app (see lazy-core.ts): the core's validation, generation and schemas, and
 * the app code that needs them synchronously once the document has nodes. Nothing here may import
 * lazy-core.ts (it would be an import loop): components that need the core use `useCore()` and are
 * loaded on their own (the inspector's forms: inspector.tsx).
 */
export {
  DATABASE_ENGINES,
  configPath,
  describeConnection,
  edgeLabels,
  isApimNode,
  previewNode,
  stripCredentials,
} from '@apim-designer/topology';
export { quickRoute, routeEdges } from '../canvas/routing/route-all.js';
export { bundleFiles, checkTopology } from '../diagnostics/compute-feedback.js';
export { addNode, paste } from '../model/ops.js';
export { TEMPLATES } from '../model/templates.js';
export { loadDraft } from '../state/autosave.js';
export { readTopologyFile } from '../state/import-file.js';
