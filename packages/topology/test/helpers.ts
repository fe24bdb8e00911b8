import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTopology, SEPARATE_STORES, type Topology, type TopologyInput } from '../src/index.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export function readFixture(path: string): string {
  return readFileSync(here(`./fixtures/${path}`), 'utf8');
}

export function loadExample(name: string): Topology {
  return topology(
    JSON.parse(readFileSync(here(`../../../examples/${name}`), 'utf8')) as TopologyInput,
  );
}

/** Parses a hand-written document; a test fixture that does not parse is a bug in the test. */
export function topology(input: TopologyInput | unknown): Topology {
  const parsed = parseTopology(input);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.issues)}`);
  return parsed.topology;
}

/** The keystore settings a multi-host topology needs (shared-tls-keystore): the core's own. */
export const CERT_SETTINGS = SEPARATE_STORES;
