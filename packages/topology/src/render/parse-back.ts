/**
 * Every file the core returns is read back by a parser of its language before it leaves (issue 14,
 * item 5): TOML with the TOML parser, the 2.x XML fragments for well-formedness, nginx configurations
 * for balanced blocks and terminated directives. A file that fails is a core error, reported as a
 * diagnostic on the node it belongs to, and the bundle is refused: never a file that does not parse.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { parseToml } from '../toml.js';
import type { BundleFile } from './bundle-file.js';

/** Why an XML text is not well formed (tags balanced and properly nested), or null. */
export function xmlProblem(text: string): string | null {
  const body = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g)) {
    const [, closing, name = '', , selfClosing] = m;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) return `</${name}> closes no open <${name}>`;
  }
  if (/<(?![A-Za-z_/!?])/.test(body)) return 'a "<" that starts no tag';
  return stack.length > 0 ? `<${stack[stack.length - 1] ?? ''}> is never closed` : null;
}

/** Why an nginx configuration would not load (unbalanced braces, a directive without `;`), or null. */
export function nginxProblem(text: string): string | null {
  let depth = 0;
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}' && --depth < 0) return `line ${i + 1}: "}" closes no block`;
    }
    if (!/[;{}]$/.test(line)) return `line ${i + 1}: a directive without its ";"`;
  }
  return depth === 0 ? null : 'a block is never closed';
}

function problemOf(file: BundleFile): string | null {
  if (file.path.endsWith('.toml')) {
    try {
      parseToml(file.contents);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  if (file.path.endsWith('.xml')) return xmlProblem(file.contents);
  if (file.path.endsWith('nginx.conf')) return nginxProblem(file.contents);
  return null;
}

/** A diagnostic per file that does not parse; `nodeOf` says which node a path belongs to. */
export function parseBack(
  files: readonly BundleFile[],
  nodeOf: (path: string) => string | undefined,
): Diagnostic[] {
  return files.flatMap((file) => {
    const problem = problemOf(file);
    if (problem === null) return [];
    const nodeId = nodeOf(file.path);
    return [
      diagnostic(
        'generated-file-invalid',
        `The designer wrote ${file.path} and could not read it back (${problem}). This is a defect of the designer: ` +
          'please report it with the topology; the bundle is withheld.',
        nodeId !== undefined ? { nodeId } : {},
      ),
    ];
  });
}
