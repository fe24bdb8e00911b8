/** The diagnostics a change brings: what does not carry over to the other version or file. */
import type { Diagnostic } from '@apim-designer/topology';

export function IntroducedList(props: { diagnostics: readonly Diagnostic[]; label: string }) {
  if (props.diagnostics.length === 0) return null;
  return (
    <section className="introduced" aria-label={props.label}>
      <h3>
        {props.label} ({props.diagnostics.length})
      </h3>
      <ul>
        {props.diagnostics.map((d, i) => (
          <li key={`${d.code}-${i}`} data-severity={d.severity} data-code={d.code}>
            <span className="severity-word">{d.severity}</span> {d.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
