/** Documents and assertions the validation tests share (src/validate/*.test.ts). */
import { expect } from 'vitest';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../src/diagnostics.js';
import type { TopologyInput } from '../src/topology.js';
import { validate } from '../src/validate/index.js';
import { CERT_SETTINGS, topology } from './helpers.js';

export type Nodes = TopologyInput['nodes'];
export type Edges = [string, string][];

export function doc(
  nodes: Nodes,
  edges: Edges = [],
  extra: Partial<TopologyInput> = {},
): TopologyInput {
  return {
    schemaVersion: 1,
    name: 't',
    apimVersion: '3.2.0',
    settings: {
      superAdmin: { username: 'admin', password: '$env{ADMIN_PASSWORD}' },
      ...CERT_SETTINGS,
    },
    nodes,
    edges: edges.map(([source, target]) => ({ source, target })),
    ...extra,
  };
}

export const km = (id = 'km', host = `${id}.example.com`, offset = 0) => ({
  id,
  kind: 'key-manager' as const,
  name: id,
  host,
  offset,
});
export const tm = (id = 'tm', host = `${id}.example.com`, offset = 0) => ({
  id,
  kind: 'traffic-manager' as const,
  name: id,
  host,
  offset,
});
export const pub = (id = 'pub') => ({
  id,
  kind: 'publisher' as const,
  name: id,
  host: `${id}.example.com`,
});
export const dp = (id = 'dp') => ({
  id,
  kind: 'devportal' as const,
  name: id,
  host: `${id}.example.com`,
});
export const gw = (
  id = 'gw',
  env = 'Production and Sandbox',
  host = `${id}.example.com`,
  offset = 0,
) => ({
  id,
  kind: 'gateway' as const,
  name: id,
  host,
  offset,
  environment: { name: env },
});
export const db = (id = 'db', extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'database' as const,
  name: id,
  host: `${id}.example.com`,
  password: '$env{DB_PASSWORD}',
  ...extra,
});

/** The five-node topology with one database, every required edge present. */
export function complete(): { nodes: Nodes; edges: Edges } {
  return {
    nodes: [km(), tm(), pub(), dp(), gw(), db()],
    edges: [
      ['gw', 'km'],
      ['gw', 'tm'],
      ['pub', 'km'],
      ['pub', 'tm'],
      ['pub', 'gw'],
      ['pub', 'dp'],
      ['dp', 'km'],
      ['dp', 'tm'],
      ['dp', 'gw'],
      ['km', 'tm'],
      ['db', 'km'],
      ['db', 'tm'],
      ['db', 'pub'],
      ['db', 'dp'],
      ['db', 'gw'],
    ],
  };
}

export function diagnosticsOf(input: TopologyInput) {
  return validate(topology(input));
}
export function codes(input: TopologyInput): DiagnosticCode[] {
  return diagnosticsOf(input).map((d) => d.code);
}
export function expectCode(input: TopologyInput, code: DiagnosticCode) {
  const found = diagnosticsOf(input).filter((d) => d.code === code);
  expect(found.length, `${code} expected in ${JSON.stringify(codes(input))}`).toBeGreaterThan(0);
  for (const d of found) expect(d.severity).toBe(DIAGNOSTIC_CODES[code]);
  return found;
}
