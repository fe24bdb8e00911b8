/**
 * The banner of a shared topology. A view link is read-only. An edit link saves back with
 * If-Match; when someone else saved in between (412) the conflict is shown and nothing is
 * overwritten unless the user says so. As when a link is created, credentials are left out of a save
 * (replaced by `$env{…}` placeholders, and the save says which) unless "Include credentials" is on;
 * it starts on when the link as loaded holds credentials as they are (its creator included them).
 */
import type { Topology } from '@apim-designer/topology';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/http.js';
import { saveShareMutationOptions, sharedTopologyQueryOptions } from '../api/share.js';
import { useDesigner, useDesignerDispatch } from '../state/designer-context.js';
import type { Session } from '../state/share-location.js';
import { useStatus } from '../ui/status.js';
import { describeCredential, formatCredentialPath } from './credentials.js';

export function SharedBar(props: {
  session: Exclude<Session, { mode: 'local' }>;
  etag: string;
  savedTopology: Topology;
  onSaved: (etag: string, topology: Topology) => void;
  onEditCopy: (topology: Topology) => void;
  /** The link as loaded holds plain-text credentials: saves keep them unless the user unticks. */
  holdsCredentials: boolean;
}) {
  const { session } = props;
  const { topology } = useDesigner();
  const dispatch = useDesignerDispatch();
  const queryClient = useQueryClient();
  const { notify } = useStatus();
  const save = useMutation(saveShareMutationOptions());
  const [conflict, setConflict] = useState(false);
  const [includeCredentials, setIncludeCredentials] = useState(props.holdsCredentials);

  if (session.mode === 'view') {
    return (
      <div className="shared-bar" role="region" aria-label="Shared topology">
        <span>
          <strong>Read-only</strong> view of a shared topology.
        </span>
        <button type="button" onClick={() => props.onEditCopy(topology)}>
          Edit a copy
        </button>
      </div>
    );
  }

  const dirty = props.savedTopology !== topology;
  const put = (etag: string) =>
    save.mutate(
      { id: session.id, token: session.token, etag, topology, includeCredentials },
      {
        onSuccess: (res) => {
          setConflict(false);
          props.onSaved(res.etag, topology);
          const left = res.strippedCredentials;
          if (left.length === 0) notify('info', 'Saved to the shared link.');
          else
            notify(
              'info',
              `Saved to the shared link without ${left.length} credential${left.length === 1 ? '' : 's'}: ` +
                'the link holds $env{…} placeholders in their place (tick "Include credentials" to keep them).',
              left.map((p) => `${describeCredential(topology, p)} (${formatCredentialPath(p)})`),
            );
        },
        onError: (e) => {
          if (e instanceof ApiError && e.status === 412) setConflict(true);
          else notify('error', 'The topology was not saved.', [e.message]);
        },
      },
    );
  const latest = () =>
    queryClient.fetchQuery({ ...sharedTopologyQueryOptions(session.id), staleTime: 0 });

  return (
    <div className="shared-bar" role="region" aria-label="Shared topology">
      <span>
        Editing a shared topology · <span>{dirty ? 'unsaved changes' : 'saved'}</span>
      </span>
      <label className="shared-bar-check">
        <input
          type="checkbox"
          checked={includeCredentials}
          onChange={(e) => setIncludeCredentials(e.target.checked)}
        />
        Include credentials
      </label>
      <button
        type="button"
        className="primary"
        disabled={save.isPending}
        onClick={() => put(props.etag)}
      >
        Save to link
      </button>
      {conflict && (
        <div role="alert" className="notice" data-tone="error">
          Someone saved this topology after you opened it, so your save was refused and nothing was
          overwritten.
          <button
            type="button"
            onClick={() =>
              void latest().then((doc) => {
                dispatch({ type: 'reset', topology: doc.topology });
                props.onSaved(doc.etag, doc.topology);
                setConflict(false);
              })
            }
          >
            Load their version
          </button>
          <button type="button" onClick={() => void latest().then((doc) => put(doc.etag))}>
            Overwrite with mine
          </button>
        </div>
      )}
    </div>
  );
}
