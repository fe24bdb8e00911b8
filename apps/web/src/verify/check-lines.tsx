/** What a check found, one line each with its severity and details: in the dialog and the inspector. */
import type { CheckLine } from './check-context.js';

export function CheckLines(props: { label: string; lines: readonly CheckLine[] }) {
  return (
    <ul className="check-lines" aria-label={props.label}>
      {props.lines.map((l, i) => (
        <li key={i} data-severity={l.severity}>
          <strong>{l.severity}</strong> {l.text}
          {l.detail?.map((d) => (
            <span key={d} className="check-detail">
              {d}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
