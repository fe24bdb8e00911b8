/**
 * TOML with syntax colours, loaded on demand. Prism tokenizes; React renders the tokens as text
 * nodes, so the generated file is never injected as HTML.
 */
import Prism from 'prismjs';
import 'prismjs/components/prism-toml.js';
import type { ReactNode } from 'react';

function renderTokens(
  stream: string | Prism.Token | (string | Prism.Token)[],
  key = 'k',
): ReactNode {
  if (typeof stream === 'string') return stream;
  if (Array.isArray(stream)) return stream.map((t, i) => renderTokens(t, `${key}.${i}`));
  const alias = Array.isArray(stream.alias) ? stream.alias.join(' ') : (stream.alias ?? '');
  return (
    <span key={key} className={`token ${stream.type} ${alias}`}>
      {renderTokens(stream.content, key)}
    </span>
  );
}

export default function CodeView(props: { code: string; label: string }) {
  const grammar = Prism.languages.toml;
  return (
    <pre className="code" aria-label={props.label} tabIndex={0}>
      <code>{grammar ? renderTokens(Prism.tokenize(props.code, grammar)) : props.code}</code>
    </pre>
  );
}
