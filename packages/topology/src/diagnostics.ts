/**
 * Every problem the designer reports. Codes are stable: tests, the canvas and pipelines key on them.
 * Messages say what is wrong and how to fix it, in an architect's words.
 */
import { z } from 'zod';
import { SEVERITIES, type Severity } from './severity.js';

export { SEVERITIES, type Severity };

export const DIAGNOSTIC_CODES = {
  // nodes
  'kind-not-in-version': 'error',
  'gateway-label-mismatch': 'error',
  'setting-not-in-version': 'warning',
  'duplicate-node-id': 'error',
  'duplicate-node-name': 'error',
  'empty-node-name': 'error',
  'bundle-folder-collision': 'error',
  'invalid-host': 'error',
  'placeholder-in-text': 'error',
  'empty-environment-name': 'error',
  'unused-node': 'warning',
  'extra-config-kept': 'info',
  'extra-config-collision': 'error',
  'generated-file-invalid': 'error',
  // edges
  'edge-unknown-node': 'error',
  'edge-self': 'error',
  'edge-duplicate': 'error',
  'edge-not-allowed': 'error',
  // what each role must reach
  'missing-key-manager': 'error',
  'missing-traffic-manager': 'error',
  'missing-gateway': 'error',
  'missing-control-plane': 'error',
  'missing-devportal': 'warning',
  // gateway environments
  'duplicate-environment-name': 'error',
  'cluster-environment-mismatch': 'error',
  // hosts and ports
  'port-conflict': 'error',
  // databases
  'apim-db-not-shared': 'error',
  'shared-db-not-shared': 'warning',
  'embedded-database': 'warning',
  'ambiguous-database': 'error',
  // load balancers and high availability
  'load-balancer-without-members': 'warning',
  'load-balancer-single-member': 'warning',
  'multiple-without-load-balancer': 'warning',
  'single-point-of-failure': 'info',
  'gateway-sync-missing': 'error',
  'artifact-sync-unsupported': 'error',
  'active-active-unsupported': 'error',
  'dedicated-node-bypassed': 'warning',
  // release features
  'throttling-store-not-shared': 'error',
  'throttling-store-incomplete': 'warning',
  'throttling-store-unused': 'warning',
  'encryption-key-missing': 'error',
  'encryption-key-generated': 'info',
  'encryption-key-differs': 'error',
  'encryption-key-invalid': 'error',
  // credentials
  'malformed-placeholder': 'error',
  'unsafe-database-user': 'error',
  'default-admin-credentials': 'warning',
  'plaintext-password': 'warning',
  'default-keystore-password': 'warning',
  // trust
  'shared-tls-keystore': 'error',
  'signing-certificate-missing': 'error',
  'duplicate-certificate-alias': 'error',
  // zones
  'zone-unknown-node': 'warning',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const DiagnosticCode = z.enum(
  Object.keys(DIAGNOSTIC_CODES) as [DiagnosticCode, ...DiagnosticCode[]],
);

/** A diagnostic, as the API returns it and the SPA reads it. */
export const Diagnostic = z.strictObject({
  code: DiagnosticCode,
  severity: z.enum(SEVERITIES),
  message: z.string(),
  nodeId: z.string().optional(),
  edgeId: z.string().optional(),
  /** Where in the document, e.g. `["nodes", 2, "host"]`. */
  path: z
    .array(z.union([z.string(), z.number()]))
    .readonly()
    .optional(),
});
export type Diagnostic = Readonly<z.infer<typeof Diagnostic>>;

export function diagnostic(
  code: DiagnosticCode,
  message: string,
  where: { nodeId?: string; edgeId?: string; path?: readonly (string | number)[] } = {},
): Diagnostic {
  const d: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = {
    code,
    severity: DIAGNOSTIC_CODES[code],
    message,
  };
  if (where.nodeId !== undefined) d.nodeId = where.nodeId;
  if (where.edgeId !== undefined) d.edgeId = where.edgeId;
  if (where.path !== undefined) d.path = where.path;
  return d;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by where they point, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      JSON.stringify(a.path ?? []).localeCompare(JSON.stringify(b.path ?? [])) ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}

export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
