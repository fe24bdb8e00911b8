/** What `drift` takes and gives back: the live files of a deployment compared with its design. */
import type { NodeKind } from '../kinds/kind-names.js';

/** A live file as read from a server (or a folder, or a zip): its path and its text. */
export interface LiveFile {
  readonly path: string;
  readonly contents: string;
}

/**
 * - `missing`: the design writes the key, the live file does not have it.
 * - `extra`: the live file has a key the design models (writes for this node, or a connection key)
 *   that the design does not write here (a second Traffic Manager URL group, say).
 * - `changed`: both have it, with different values.
 * - `not-in-design`: a key the design does not model for this node (an operator's own tuning).
 */
export type DriftType = 'missing' | 'extra' | 'changed' | 'not-in-design';

/**
 * `error`: a key the topology decides (a URL, a host, a port, a database) differs. `warning`: WSO2's
 * shipped default the design copies, or a credential, differs. `info`: not in the design.
 */
export type DriftSeverity = 'error' | 'warning' | 'info';

/** A document edge, by its index in `topology.edges` and its id if it has one. */
export interface EdgeRefOut {
  readonly index: number;
  readonly id?: string;
}

export interface DriftFinding {
  readonly type: DriftType;
  readonly severity: DriftSeverity;
  /** Dotted TOML path (`apim.throttling.url_group[1]`) or an XML path (`/Server/HostName`). */
  readonly key: string;
  /** The design's value, as TOML writes it (credentials hidden unless placeholders). */
  readonly design?: string;
  /** The live value, the same way. */
  readonly live?: string;
  /** What the difference breaks, where that is known. */
  readonly breaks?: string;
  /** The design's edges whose connection this key carries. */
  readonly edges: readonly EdgeRefOut[];
}

/** How a file was matched to a node. */
export type MatchedBy =
  'header comment' | 'host' | 'folder' | 'keys' | 'fragments file' | 'carbon.xml host';

export type NodeStatus = 'ok' | 'drift' | 'warning' | 'no-file' | 'unreadable';

export interface DriftNode {
  readonly nodeId: string;
  readonly name: string;
  readonly kind: NodeKind;
  readonly host: string;
  /** The live file(s) compared, or none. */
  readonly files: readonly string[];
  readonly matchedBy?: MatchedBy;
  /** Why it matched, e.g. `[server] hostname = "gw.wso2.com"`. */
  readonly matchDetail?: string;
  readonly status: NodeStatus;
  readonly findings: readonly DriftFinding[];
}

export interface UnmatchedFile {
  readonly path: string;
  readonly why: string;
}

export interface FileError {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface DriftCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export type DriftReport =
  | {
      readonly ok: true;
      /** No error: every key the topology decides is as designed (warnings and infos allowed). */
      readonly clean: boolean;
      readonly apimVersion: string;
      /** One entry per API-M node of the design, in document order. */
      readonly nodes: readonly DriftNode[];
      /** Files that match no node of the design. */
      readonly unmatched: readonly UnmatchedFile[];
      /** Files that could not be read (not TOML, not XML). */
      readonly errors: readonly FileError[];
      readonly notes: readonly string[];
      readonly counts: DriftCounts;
    }
  | {
      readonly ok: false;
      /** The design cannot be rendered (it has errors), so there is nothing to compare with. */
      readonly message: string;
      readonly diagnostics: readonly { code: string; message: string; nodeId?: string }[];
    };
