/**
 * The certificate plan of a topology: which key pair each node and load balancer gets and which
 * names it holds, where certs/make-certs.sh writes each store, and the environment variable each
 * store password comes from (the settings' placeholders: the script never holds a password).
 */
import { nodeFolder } from '../bundle-paths.js';
import { isPlaceholder, secretAlias } from '../fields.js';
import { isLoadBalancer } from '../kinds/guards.js';
import type { TopologyModel } from '../model.js';
import { certificatePaths } from '../render/nginx.js';
import { secretVariable } from '../targets/credentials.js';
import type { ApimNode, LoadBalancerNode } from '../topology.js';
import { truststoreEntries, type TruststoreEntry } from './aliases.js';
import { certificateNames, subjectName, type SubjectName } from './names.js';

/** Where a node's stores go in the bundle (each node folder mirrors <API-M_HOME>). */
export const SECURITY_DIR = 'repository/resources/security';

/** A store password: the environment variable the script reads it from, and what the settings say. */
export interface PasswordSource {
  readonly env: string;
  /** The settings field, for messages (`settings.keystore.password`). */
  readonly setting: string;
  /** The settings hold it in plain text (the operator exports the same value). */
  readonly literal: boolean;
}

export interface StorePlan {
  readonly fileName: string;
  readonly type: string;
  readonly alias: string;
  readonly password: PasswordSource;
  readonly keyPassword: PasswordSource;
}

export interface KeyPairPlan {
  /** A name for files (`certs/nodes/<id>.crt`) and messages. */
  readonly id: string;
  readonly commonName: string;
  readonly names: readonly SubjectName[];
}

export interface NodeCertificate extends KeyPairPlan {
  readonly node: ApimNode;
  readonly folder: string;
}

export interface LoadBalancerCertificate extends KeyPairPlan {
  readonly lb: LoadBalancerNode;
  /** `<folder>/ssl/<host>` without the extension: `.crt` and `.key` beside its nginx.conf. */
  readonly pemPrefix: string;
}

/**
 * What a deploy target changes in the plan: the names its platform reaches nodes by (container or
 * Service names), and whether every node must hold the same TLS key pair (one Kubernetes secret
 * mounted by every chart).
 */
export interface CertificateOptions {
  readonly extraNames?: (node: ApimNode) => readonly string[];
  readonly sharedTls?: boolean;
}

export interface CertificatePlan {
  /**
   * One key pair for every node: the TLS keystore is also the primary one (a one-host topology), or
   * the target mounts one TLS keystore everywhere (Helm).
   */
  readonly sharedKeyPair: KeyPairPlan | undefined;
  readonly nodes: readonly NodeCertificate[];
  readonly loadBalancers: readonly LoadBalancerCertificate[];
  readonly keystore: StorePlan;
  /** The primary keystore every node shares, when it is apart from the TLS keystore. */
  readonly primary: StorePlan | undefined;
  readonly truststore: Omit<StorePlan, 'alias' | 'keyPassword'>;
  readonly trust: readonly TruststoreEntry[];
  /** 4.7+: the encryption key, and the environment variable or [secrets] alias it goes to. */
  readonly encryptionKey: { readonly env?: string; readonly secret?: string } | undefined;
}

/**
 * An environment variable name from a placeholder: `$env{X}` → X; `$secret{a.b}` → WSO2_SECRET_A_B,
 * the variable the compose file and Helm's install.sh read the same secret's plain value from.
 */
function envFor(value: string, fallback: string, setting: string): PasswordSource {
  const env = /^\$env\{([^}]+)\}$/.exec(value)?.[1];
  if (env) return { env, setting, literal: false };
  const alias = secretAlias(value);
  if (alias) return { env: secretVariable(alias), setting, literal: false };
  return { env: fallback, setting, literal: !isPlaceholder(value) };
}

/** X.509 limits a common name to 64 characters; a longer host name is in the SANs only. */
function commonName(host: string, fallback: string): string {
  return host.length <= 64 ? host : fallback;
}

export function certificatePlan(
  model: TopologyModel,
  options: CertificateOptions = {},
): CertificatePlan {
  const { keystore, primaryKeystore, truststore, encryptionKey } = model.topology.settings;
  const ks: StorePlan = {
    fileName: keystore.fileName,
    type: keystore.type,
    alias: keystore.alias,
    password: envFor(keystore.password, 'KEYSTORE_PASSWORD', 'settings.keystore.password'),
    keyPassword:
      keystore.keyPassword === keystore.password
        ? envFor(keystore.password, 'KEYSTORE_PASSWORD', 'settings.keystore.keyPassword')
        : envFor(keystore.keyPassword, 'KEY_PASSWORD', 'settings.keystore.keyPassword'),
  };
  const primary: StorePlan | undefined =
    primaryKeystore && primaryKeystore.fileName !== keystore.fileName
      ? {
          fileName: primaryKeystore.fileName,
          type: primaryKeystore.type,
          alias: primaryKeystore.alias,
          password: envFor(
            primaryKeystore.password,
            'PRIMARY_KEYSTORE_PASSWORD',
            'settings.primaryKeystore.password',
          ),
          keyPassword: envFor(
            primaryKeystore.keyPassword,
            primaryKeystore.keyPassword === primaryKeystore.password
              ? 'PRIMARY_KEYSTORE_PASSWORD'
              : 'PRIMARY_KEY_PASSWORD',
            'settings.primaryKeystore.keyPassword',
          ),
        }
      : undefined;
  const nodes = model.apimNodes().map((node): NodeCertificate => ({
    node,
    folder: nodeFolder(node.name),
    id: nodeFolder(node.name),
    commonName: commonName(node.host.toLowerCase(), nodeFolder(node.name)),
    names: uniqueNames([
      ...certificateNames(model, node),
      ...(options.extraNames?.(node) ?? []).map(subjectName),
    ]),
  }));
  // Without a primary keystore of its own, every node's TLS keystore is its primary one, which must be
  // the same on all: one key pair naming every host (validation allows this on one host only).
  const sharedKeyPair: KeyPairPlan | undefined =
    (primary === undefined || options.sharedTls === true) && nodes.length > 0
      ? {
          id: 'shared',
          commonName: nodes[0]?.commonName ?? 'localhost',
          names: uniqueNames(nodes.flatMap((n) => n.names)),
        }
      : undefined;
  const loadBalancers = model.nodes.flatMap((n): LoadBalancerCertificate[] => {
    if (!isLoadBalancer(n) || (model.clusterBehind(n.id)?.members.length ?? 0) === 0) return [];
    const folder = nodeFolder(n.name);
    return [
      {
        lb: n,
        id: `lb-${folder}`,
        commonName: commonName(n.host.toLowerCase(), folder),
        names: [subjectName(n.host)],
        pemPrefix: `${folder}/${certificatePaths(n).cert.replace(/\.crt$/, '')}`,
      },
    ];
  });
  const key = encryptionKey;
  return {
    sharedKeyPair,
    nodes,
    loadBalancers,
    keystore: ks,
    primary,
    truststore: {
      fileName: truststore.fileName,
      type: truststore.type,
      password: envFor(truststore.password, 'TRUSTSTORE_PASSWORD', 'settings.truststore.password'),
    },
    trust: truststoreEntries(model),
    encryptionKey: model.version.encryptionKey
      ? key === undefined || isPlaceholder(key)
        ? {
            ...(key && /^\$env\{/.test(key) ? { env: key.slice(5, -1) } : {}),
            ...(key && secretAlias(key) ? { secret: secretAlias(key) ?? undefined } : {}),
          }
        : undefined
      : undefined,
  };
}

function uniqueNames(names: readonly SubjectName[]): SubjectName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = `${n.type}:${n.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** openssl's `subjectAltName` value. */
export function opensslSans(names: readonly SubjectName[]): string {
  return names.map((n) => `${n.type === 'ip' ? 'IP' : 'DNS'}:${n.name}`).join(',');
}
