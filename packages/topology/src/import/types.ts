/** What `importConfigs` takes and gives back. */
import type { Node, Topology } from '../topology.js';

export interface ImportFile {
  readonly path: string;
  readonly contents: string;
}

/** How a node's kind was found. */
export type KindSource = 'server_role' | 'inferred from keys' | 'topology.json';

export interface ImportedNodeReport {
  readonly file: string;
  readonly nodeId: string;
  readonly kind: string;
  readonly how: KindSource;
  /** The `server_role` value, or the keys the kind was inferred from. */
  readonly detail: string;
}

export interface KeptKey {
  readonly nodeId: string;
  /** Dotted TOML path, e.g. `apim.oauth_config.revoke_endpoint`. */
  readonly key: string;
}

export interface UnmatchedKey {
  readonly file: string;
  readonly key: string;
  readonly value: string;
  readonly why: string;
}

export interface ImportError {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ImportReport {
  /** `topology.json` when a bundle's document was used as is; else the deployment.toml files. */
  readonly source: 'topology.json' | 'deployment.toml';
  readonly nodes: readonly ImportedNodeReport[];
  /** Keys the model does not reproduce, kept verbatim in the node's `extraConfig`. */
  readonly kept: readonly KeptKey[];
  /** Values that point at nothing the import knows (a URL to no imported node, say). */
  readonly unmatched: readonly UnmatchedKey[];
  /** Keys a render writes that the imported file did not have. */
  readonly added: readonly KeptKey[];
  readonly errors: readonly ImportError[];
  readonly notes: readonly string[];
}

/** An imported node; API-M nodes carry the keys the model could not map in `extraConfig`. */
export type ImportedNode = Node;

export type ImportedTopology = Omit<Topology, 'nodes'> & {
  readonly nodes: readonly ImportedNode[];
};

export interface ImportResult {
  readonly topology: ImportedTopology | null;
  readonly report: ImportReport;
}
