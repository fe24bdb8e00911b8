/**
 * A deploy target: what the bundle holds for one platform. `vm` is today's files for hand-installed
 * servers; `compose` and `helm` run the same design on Docker Compose and on WSO2's Helm charts. Each
 * target is one entry of the registry in index.ts; a new target is one more entry.
 */
import type { CertificateOptions } from '../certs/plan.js';
import type { Diagnostic } from '../diagnostics.js';
import type { TopologyModel } from '../model.js';
import type { BundleFile } from '../render/bundle-file.js';

export const DEPLOY_TARGETS = ['vm', 'compose', 'helm'] as const;
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

/** The target of a bundle when none is chosen. */
export const DEFAULT_TARGET: DeployTarget = 'vm';

export interface TargetMeta {
  /** For the designer's control and messages: `Docker Compose`. */
  readonly label: string;
  /** One sentence: what the bundle holds for it. */
  readonly description: string;
}

export interface TargetDefinition extends TargetMeta {
  readonly name: DeployTarget;
  /**
   * What this target cannot express in a topology that is otherwise valid: each diagnostic names the
   * target, the node and what to do. Runs after the topology's own validation, only for this target.
   */
  diagnostics(model: TopologyModel): Diagnostic[];
  /** The bundle's README.md for this target: how to run what the bundle holds. */
  readme(model: TopologyModel, diagnostics: readonly Diagnostic[]): string;
  /** The target's files; `README.md` and `topology.json` are added to every bundle. */
  files(model: TopologyModel): BundleFile[];
  /** What the platform changes in certs/make-certs.sh: the names it reaches nodes by, one TLS pair. */
  certificates?(model: TopologyModel): CertificateOptions;
  /** The file the preview shows for a node (even while the topology has errors), or null. */
  preview(model: TopologyModel, nodeId: string): BundleFile | null;
}
