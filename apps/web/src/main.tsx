import '@xyflow/react/dist/style.css';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadCore } from './core/lazy-core.js';
import { createQueryClient, Root } from './root.js';
import { draftKey, hasDraft } from './state/draft-storage.js';
import { sessionFromLocation } from './state/share-location.js';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  const tree = <Root queryClient={createQueryClient()} />;
  // index.html holds the designer with an empty document, prerendered at build time
  // (scripts/prerender.mjs): it is what this page shows too unless a draft is stored or the address
  // is a share link. Then the app renders afresh (public/boot.js hid the prerendered page).
  const prerendered =
    root.firstElementChild !== null &&
    sessionFromLocation(window.location).mode === 'local' &&
    !hasDraft(draftKey(null));
  if (prerendered) {
    hydrateRoot(root, tree);
  } else {
    root.replaceChildren();
    createRoot(root).render(tree);
  }
  delete document.documentElement.dataset.boot;
}

// The rest of the core (validation, generation, schemas) arrives right after the first paint.
void loadCore();
