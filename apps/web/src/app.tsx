/** Boot: the local workspace (autosaved), or a shared topology loaded through TanStack Query. */
import type { Topology } from '@apim-designer/topology';
import { useQuery } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import { use, useEffect, useRef, useState, type ReactNode } from 'react';
import { sharedTopologyQueryOptions } from './api/share.js';
import { coreNow, loadCore, type Core } from './core/lazy-core.js';
import { FeedbackProvider } from './diagnostics/diagnostics-context.js';
import { EMPTY_TOPOLOGY } from './model/empty-topology.js';
import { SharedBar } from './share/shared-bar.js';
import { draftKey, hasDraft, saveDraft } from './state/draft-storage.js';
import { DesignerProvider, useDesigner } from './state/designer-context.js';
import { TargetProvider } from './state/target-context.js';
import { sessionFromLocation, type Session } from './state/share-location.js';
import { StatusProvider } from './ui/status.js';
import { useTheme } from './ui/theme.js';
import { CheckProvider } from './verify/check-context.js';
import { Workspace } from './workspace.js';
import { useLayoutMode } from './layout/use-layout-mode.js';

/** Writes the working document to localStorage shortly after each change and when the page hides. */
function Autosave(props: { storageKey: string; etag: string | null }) {
  const { topology } = useDesigner();
  const latest = useRef({ topology, etag: props.etag });
  useEffect(() => {
    latest.current = { topology, etag: props.etag };
    const t = setTimeout(() => saveDraft(props.storageKey, latest.current), 200);
    return () => clearTimeout(t);
  }, [topology, props.etag, props.storageKey]);
  useEffect(() => {
    const flush = () => saveDraft(props.storageKey, latest.current);
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [props.storageKey]);
  return null;
}

function Shell(props: {
  initial: Topology;
  readOnly: boolean;
  banner?: ReactNode;
  autosave: { key: string; etag: string | null } | null;
}) {
  const [theme, toggleTheme] = useTheme();
  // A phone-sized window gets a read-only view: the canvas and its panels, no editing.
  const phone = useLayoutMode() === 'phone';
  return (
    <StatusProvider>
      <DesignerProvider initial={props.initial} readOnly={props.readOnly || phone}>
        <TargetProvider>
          <FeedbackProvider>
            <ReactFlowProvider>
              {props.autosave && (
                <Autosave storageKey={props.autosave.key} etag={props.autosave.etag} />
              )}
              <CheckProvider>
                <Workspace theme={theme} onToggleTheme={toggleTheme} banner={props.banner} />
              </CheckProvider>
            </ReactFlowProvider>
          </FeedbackProvider>
        </TargetProvider>
      </DesignerProvider>
    </StatusProvider>
  );
}

function SharedSession(props: {
  session: Exclude<Session, { mode: 'local' }>;
  onLocal: (t: Topology) => void;
}) {
  const { session } = props;
  const query = useQuery(sharedTopologyQueryOptions(session.id));
  const [saved, setSaved] = useState<{ etag: string; topology: Topology } | null>(null);
  if (query.isPending) return <p className="boot">Loading the shared topology…</p>;
  if (query.isError)
    return (
      <div className="boot" role="alert">
        <p>This shared topology cannot be opened: {query.error.message}</p>
        <a href="/">Open the designer</a>
      </div>
    );
  const server = query.data;
  // An edit session keeps a local draft, used only while nobody has saved since it was made.
  // The query parsed the document with the core, so it is here.
  const draft = session.mode === 'edit' ? coreNow()?.loadDraft(draftKey(session.id)) : null;
  const initial = draft && draft.etag === server.etag ? draft.topology : server.topology;
  const base = saved ?? server;
  return (
    <Shell
      initial={initial}
      readOnly={session.mode === 'view'}
      autosave={session.mode === 'edit' ? { key: draftKey(session.id), etag: base.etag } : null}
      banner={
        <SharedBar
          session={session}
          etag={base.etag}
          savedTopology={base.topology}
          onSaved={(etag, topology) => setSaved({ etag, topology })}
          onEditCopy={props.onLocal}
          holdsCredentials={
            server.strippedCredentials.length === 0 &&
            (coreNow()?.stripCredentials(server.topology).stripped.length ?? 0) > 0
          }
        />
      }
    />
  );
}

/**
 * The full core when reading the stored draft needs it (its schema): then the boot waits for it
 * (Suspense); with nothing stored, the first paint does not.
 */
function useCoreFor(key: string): Core | null {
  const loaded = coreNow();
  if (loaded || !hasDraft(key)) return loaded;
  return use(loadCore());
}

export function App() {
  const [session, setSession] = useState<Session>(() =>
    // Prerendered at build time (prerender.tsx): no address, the local workspace.
    typeof window === 'undefined' ? { mode: 'local' } : sessionFromLocation(window.location),
  );
  const [localInitial, setLocalInitial] = useState<Topology | null>(null);
  const key = draftKey(null);
  const core = useCoreFor(key);
  if (session.mode !== 'local')
    return (
      <SharedSession
        session={session}
        onLocal={(t) => {
          saveDraft(draftKey(null), { topology: t, etag: null });
          window.history.replaceState(null, '', '/');
          setLocalInitial(t);
          setSession({ mode: 'local' });
        }}
      />
    );
  const initial = localInitial ?? core?.loadDraft(key)?.topology ?? EMPTY_TOPOLOGY;
  return (
    <Shell initial={initial} readOnly={false} autosave={{ key: draftKey(null), etag: null }} />
  );
}
