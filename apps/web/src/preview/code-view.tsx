/**
 * A generated file with syntax colours, loaded on demand. Prism tokenizes; React renders the tokens
 * as text nodes, so the generated file is never injected as HTML.
 */
import Prism from 'prismjs';
import 'prismjs/components/prism-toml.js';
import 'prismjs/components/prism-yaml.js';
import { memo, type ReactNode } from 'react';

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

/** TOML for deployment.toml, YAML for compose.yaml and Helm values, markup for the 2.x XML fragments; nginx.conf stays plain. */
function grammarFor(path: string): Prism.Grammar | undefined {
  if (/\.toml$/i.test(path)) return Prism.languages.toml;
  if (/\.ya?ml$/i.test(path)) return Prism.languages.yaml;
  if (/\.xml$/i.test(path)) return Prism.languages.markup;
  return undefined;
}

/** Memoised: the preview re-renders with the document; tokenizing again is only for new text. */
const CodeView = memo(function CodeView(props: { code: string; path: string; label: string }) {
  const grammar = grammarFor(props.path);
  return (
    <pre className="code" aria-label={props.label} tabIndex={0}>
      <code>{grammar ? renderTokens(Prism.tokenize(props.code, grammar)) : props.code}</code>
    </pre>
  );
});

export default CodeView;
