import type { DocumentLimits } from '../http/schemas.js';

/** What every route module is registered with. */
export interface RouteOptions {
  readonly limits: DocumentLimits;
}
