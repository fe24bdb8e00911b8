/** Reading a topology file: every failure says what is wrong and where. */
import { readFile } from 'node:fs/promises';
import { formatPath, parseJson, parseTopology, type Topology } from '@apim-designer/topology';

export class InputError extends Error {}

export async function readTopology(file: string): Promise<Topology> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    throw new InputError(
      code === 'ENOENT'
        ? `${file}: no such file`
        : `${file}: cannot be read (${code || String(e)})`,
    );
  }
  const json = parseJson(text);
  if (!json.ok) {
    throw new InputError(
      `${file} is not valid JSON (line ${json.line}, column ${json.column}): ${json.message}`,
    );
  }
  const parsed = parseTopology(json.value);
  if (!parsed.ok) {
    const lines = parsed.issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`);
    throw new InputError(`${file} is not a topology document:\n${lines.join('\n')}`);
  }
  return parsed.topology;
}
