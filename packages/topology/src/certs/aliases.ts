/**
 * The aliases of the truststore certs/make-certs.sh builds, one file for every node: the CA, each load
 * balancer's certificate, and the token-signing certificate under the alias each gateway reads it by
 * (`[apim.devportal] api_key_alias`, WSO2's default `gateway_certificate_alias`: carbon-apimgt
 * org.wso2.carbon.apimgt.core.default.json).
 */
import { nodeFolder } from '../bundle-paths.js';
import { isApimNode, isLoadBalancer } from '../kinds/guards.js';
import type { TopologyModel } from '../model.js';
import { textAt } from '../toml-read.js';
import type { ApimNode } from '../topology.js';

export const CA_ALIAS = 'apim-designer-ca';
export const DEFAULT_SIGNING_ALIAS = 'gateway_certificate_alias';

/** The alias a node reads the token-signing certificate by. */
export function signingAlias(node: ApimNode): string {
  return (
    (node.extraConfig && textAt(node.extraConfig, ['apim', 'devportal', 'api_key_alias'])) ||
    DEFAULT_SIGNING_ALIAS
  );
}

export interface TruststoreEntry {
  readonly alias: string;
  /** Which certificate goes in: the CA's, a load balancer's (`nodeId`), the token-signing one. */
  readonly source: 'ca' | 'load-balancer' | 'signing';
  /** What goes in under it, for messages and the plan. */
  readonly what: string;
  readonly nodeId?: string;
}

/** Every entry of the shared truststore, in the order the script imports them. */
export function truststoreEntries(model: TopologyModel): TruststoreEntry[] {
  const out: TruststoreEntry[] = [
    { alias: CA_ALIAS, source: 'ca', what: 'the CA that signs every certificate' },
  ];
  for (const n of model.nodes) {
    if (isLoadBalancer(n) && (model.clusterBehind(n.id)?.members.length ?? 0) > 0)
      out.push({
        alias: `lb-${nodeFolder(n.name)}`,
        source: 'load-balancer',
        what: `load balancer ${n.name}'s certificate`,
        nodeId: n.id,
      });
  }
  const signing = new Set<string>();
  for (const n of model.nodes) if (isApimNode(n)) signing.add(signingAlias(n));
  for (const alias of [...signing].sort())
    out.push({
      alias,
      source: 'signing',
      what: "the primary keystore's (token-signing) certificate",
    });
  return out;
}
