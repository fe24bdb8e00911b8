/** Create a share link: a view link and an edit link, both copied to the clipboard. */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createShareMutationOptions } from '../api/share.js';
import { useDesigner } from '../state/designer-context.js';
import { Dialog } from '../ui/dialog.js';

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

export function ShareDialog(props: { open: boolean; onClose: () => void }) {
  const { topology } = useDesigner();
  const create = useMutation(createShareMutationOptions());
  const [clipboard, setClipboard] = useState<'copied' | 'failed' | null>(null);
  const links = create.data
    ? { view: absolute(create.data.viewUrl), edit: absolute(create.data.editUrl) }
    : null;

  useEffect(() => {
    if (!links) return;
    navigator.clipboard.writeText(`View (read-only): ${links.view}\nEdit: ${links.edit}\n`).then(
      () => setClipboard('copied'),
      () => setClipboard('failed'),
    );
  }, [links?.view, links?.edit]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Dialog title="Share this topology" open={props.open} onClose={props.onClose}>
      <p>
        A link stores a copy of the topology on the designer server. Anyone with the view link can
        read it; the edit link can save changes back.
      </p>
      {!links && (
        <button
          type="button"
          className="primary"
          disabled={create.isPending}
          onClick={() => create.mutate(topology)}
        >
          {create.isPending ? 'Creating…' : 'Create share link'}
        </button>
      )}
      {create.isError && (
        <p role="alert" className="notice" data-tone="error">
          The link could not be created: {create.error.message}
        </p>
      )}
      {links && (
        <>
          <LinkField label="View link" url={links.view} help="Opens the topology read-only." />
          <LinkField
            label="Edit link"
            url={links.edit}
            help="Lets whoever has it save changes. Share it only with editors."
          />
          {clipboard && (
            <p role="status" className="muted">
              {clipboard === 'copied'
                ? 'Both links are on the clipboard.'
                : 'Copy the links with the buttons above.'}
            </p>
          )}
          <button type="button" onClick={() => create.reset()}>
            Create another link
          </button>
        </>
      )}
    </Dialog>
  );
}
