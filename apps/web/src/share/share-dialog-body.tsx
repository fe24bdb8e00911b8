/**
 * Create a share link: a view link and an edit link, copied one at a time (the view link first, on
 * creation), so that pasting "the link" never hands out edit rights by accident. Credentials are
 * left out unless the user includes them. Loaded when the dialog first opens.
 */
import { stripCredentials, type Topology } from '@apim-designer/topology';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { createShareMutationOptions } from '../api/share.js';
import { useDesigner } from '../state/designer-context.js';
import { describeCredential, formatCredentialPath } from './credentials.js';

function absolute(url: string): string {
  return new URL(url, window.location.origin).toString();
}

function LinkField(props: { label: string; url: string; help: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label>
        {props.label}
        <span className="row">
          <input readOnly value={props.url} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            aria-label={`Copy ${props.label.toLowerCase()}`}
            onClick={() =>
              void navigator.clipboard.writeText(props.url).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        </span>
      </label>
      <p className="field-help">{props.help}</p>
    </div>
  );
}

function CredentialList(props: {
  topology: Topology;
  paths: readonly (readonly (string | number)[])[];
  label: string;
}) {
  return (
    <ul className="credential-list" aria-label={props.label}>
      {props.paths.map((p) => {
        const path = formatCredentialPath(p);
        return (
          <li key={path}>
            {describeCredential(props.topology, p)} <code>{path}</code>
          </li>
        );
      })}
    </ul>
  );
}

export default function ShareDialogBody() {
  const { topology } = useDesigner();
  const create = useMutation(createShareMutationOptions());
  const [clipboard, setClipboard] = useState<'copied' | 'failed' | null>(null);
  const [includeCredentials, setIncludeCredentials] = useState(false);
  const checkboxHelp = useId();
  // What the server will replace, worked out here with the same core function it uses.
  const willStrip = useMemo(() => stripCredentials(topology).stripped, [topology]);
  const links = create.data
    ? { view: absolute(create.data.viewUrl), edit: absolute(create.data.editUrl) }
    : null;

  useEffect(() => {
    if (!links) return;
    navigator.clipboard.writeText(links.view).then(
      () => setClipboard('copied'),
      () => setClipboard('failed'),
    );
  }, [links?.view]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <>
      <p>
        A link stores a copy of the topology on the designer server. Anyone with the view link can
        read it; the edit link can save changes back.
      </p>
      {!links && (
        <>
          <div className="notice">
            <p>
              Credentials are left out by default: each password is stored as an{' '}
              <code>$env{'{…}'}</code> placeholder, so the bundle says which variable must hold it.
            </p>
            {willStrip.length > 0 ? (
              <>
                <p>Left out of the link unless you include them:</p>
                <CredentialList
                  topology={topology}
                  paths={willStrip}
                  label="Credentials to leave out"
                />
              </>
            ) : (
              <p>This topology holds no plain-text credentials: every one is a placeholder.</p>
            )}
          </div>
          <div className="field field-check">
            <label>
              <input
                type="checkbox"
                checked={includeCredentials}
                aria-describedby={checkboxHelp}
                onChange={(e) => setIncludeCredentials(e.target.checked)}
              />
              Include credentials
            </label>
            <p id={checkboxHelp} className="field-help">
              Stores the passwords as they are: anyone with the link can read them.
            </p>
          </div>
          <button
            type="button"
            className="primary"
            disabled={create.isPending}
            onClick={() => create.mutate({ topology, includeCredentials })}
          >
            {create.isPending ? 'Creating…' : 'Create share link'}
          </button>
        </>
      )}
      {create.isError && (
        <p role="alert" className="notice" data-tone="error">
          The link could not be created: {create.error.message}
        </p>
      )}
      {links && create.data && (
        <>
          {create.data.strippedCredentials.length > 0 ? (
            <div className="notice" role="status">
              <p>
                Credentials left out of this link ({create.data.strippedCredentials.length}), stored
                as <code>$env{'{…}'}</code> placeholders:
              </p>
              <CredentialList
                topology={topology}
                paths={create.data.strippedCredentials}
                label="Credentials left out"
              />
            </div>
          ) : (
            <p className="notice" role="status">
              {create.variables.includeCredentials
                ? 'Credentials are included in this link as they are.'
                : 'No credentials had to be left out: the topology holds placeholders only.'}
            </p>
          )}
          <LinkField label="View link" url={links.view} help="Opens the topology read-only." />
          <LinkField
            label="Edit link"
            url={links.edit}
            help="Lets whoever has it save changes. Share it only with editors."
          />
          {clipboard && (
            <p role="status" className="muted">
              {clipboard === 'copied'
                ? 'The view link is on the clipboard. Copy the edit link only for editors.'
                : 'Copy a link with its button.'}
            </p>
          )}
          <button type="button" onClick={() => create.reset()}>
            Create another link
          </button>
        </>
      )}
    </>
  );
}
