/** The share dialog; its body (the share mutation, credential handling) loads when first opened. */
import { lazy, Suspense } from 'react';
import { Dialog } from '../ui/dialog.js';

const ShareDialogBody = lazy(() => import('./share-dialog-body.js'));

export function ShareDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <Dialog title="Share this topology" open={props.open} onClose={props.onClose}>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <ShareDialogBody />
      </Suspense>
    </Dialog>
  );
}
