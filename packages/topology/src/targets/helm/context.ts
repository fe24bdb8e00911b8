/** What a chart's values builder is given, and how design values that are placeholders reach a pod. */
import type { TopologyModel } from '../../model.js';
import type { HelmValuesLayout } from '../../releases/facts.js';
import type { ApimNode } from '../../topology.js';
import { credentialSource, type CredentialSource } from '../credentials.js';
import type { ChartRelease, HelmPlan } from './plan.js';

/** The Secret install.sh creates for the passwords the design gives as placeholders (4.5+ charts). */
export const CREDENTIALS_SECRET = 'apim-credentials';
/** The Secret WSO2's charts mount the keystores from (`security.jksSecretName`, its default). */
export const KEYSTORE_SECRET = 'apim-keystore-secret';

export interface ValuesContext {
  readonly model: TopologyModel;
  readonly plan: HelmPlan;
  readonly release: ChartRelease;
  /** The release's first node: the others of its cluster are the same kind, on the same wiring. */
  readonly node: ApimNode;
  readonly layout: HelmValuesLayout;
  /** Keys of CREDENTIALS_SECRET the values name, with where install.sh reads each one from. */
  readonly secretKeys: Map<string, CredentialSource>;
}

/**
 * A credential for a value that has a Secret key beside it (4.5+ `existingSecret`): a literal is
 * written as it is; a placeholder becomes a key of CREDENTIALS_SECRET, whose value install.sh takes
 * from the environment (`$env{NAME}` from NAME, `$secret{alias}` from WSO2_SECRET_<ALIAS>). Where the
 * chart has no such key, the placeholder is written as it is (a diagnostic says what that needs).
 */
export function credential(
  ctx: ValuesContext,
  value: string,
  key: string,
  hasSecretKey: boolean,
): { readonly plain: string } | { readonly secretKey: string } {
  const source = credentialSource(value);
  if (source.type === 'literal' || !hasSecretKey) return { plain: value };
  ctx.secretKeys.set(key, source);
  return { secretKey: key };
}
