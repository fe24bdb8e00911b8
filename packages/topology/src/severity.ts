/** How bad a diagnostic is, worst first (zod-free: the SPA's first chunk groups by it). */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
