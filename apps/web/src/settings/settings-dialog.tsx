/** Topology-wide settings; the form loads when the dialog first opens. */
import type { ApimVersion } from '@apim-designer/topology';
import { lazy, Suspense } from 'react';
import { Dialog } from '../ui/dialog.js';

const SettingsForm = lazy(() => import('./settings-form.js'));

export function SettingsDialog(props: {
  open: boolean;
  onClose: () => void;
  /** Another version is never applied here: the caller shows what changes first. */
  onPickVersion: (version: ApimVersion) => void;
}) {
  return (
    <Dialog title="Topology settings" open={props.open} onClose={props.onClose}>
      <Suspense fallback={<p className="muted">Loading…</p>}>
        <SettingsForm onPickVersion={props.onPickVersion} />
      </Suspense>
    </Dialog>
  );
}
