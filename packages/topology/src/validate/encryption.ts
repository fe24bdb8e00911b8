/**
 * The 4.7 encryption key: symmetric encryption (AES-GCM) is the default, and "all API Manager instances
 * must use the exact same [encryption] key … a mismatch will cause decryption failures across the
 * cluster" (docs-apim 4.7.0 install-and-setup/setup/security/encryption/symmetric-encryption.md). A node
 * without one gets a random key of its own at its first start (carbon-apimgt 9.33.122
 * EncryptionKeyGenerator.java:101-118). A node may opt out with the RSA cipher transformation
 * (the 4.7 release notes' three settings), kept in its extraConfig.
 */
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { isPlaceholder } from '../fields.js';
import type { TopologyModel } from '../model.js';
import { mostCommon, text, valueAt } from '../toml-read.js';
import type { ApimNode } from '../topology.js';
import { APIM_VERSIONS, versionFacts } from '../versions.js';

const GENERATE = 'Generate one with `openssl rand -hex 32` and keep it in a secret store';

/** The length of a string in UTF-8 (the raw bytes WSO2 takes a key that is not hexadecimal as). */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Why a literal key would not work, or null (carbon-crypto-service SymmetricKeyInternalCryptoProvider). */
export function encryptionKeyProblem(key: string): string | null {
  if (isPlaceholder(key)) return null;
  // 64 or 48 characters are read as hexadecimal (AES-256, AES-192); invalid hex stops decryption.
  if (key.length === 64 || key.length === 48) {
    return /^[0-9a-fA-F]+$/.test(key)
      ? null
      : `is ${key.length} characters long, so WSO2 reads it as hexadecimal, but it is not hexadecimal`;
  }
  // Any other value is used as raw bytes: AES takes 16, 24 or 32.
  const bytes = utf8Length(key);
  if (bytes === 16 || bytes === 24 || bytes === 32) return null;
  return `is ${bytes} bytes, which is no AES key (64 hexadecimal characters, or 16, 24 or 32 bytes)`;
}

/** A node that keeps the ≤4.6 keystore (RSA) encryption, as the release notes' opt-out does. */
function rsa(node: ApimNode): boolean {
  const cipher = node.extraConfig
    ? text(valueAt(node.extraConfig, ['system', 'parameter', 'org.wso2.CipherTransformation']))
    : undefined;
  return cipher?.toUpperCase().startsWith('RSA') ?? false;
}

function firstWith(): string {
  return APIM_VERSIONS.find((v) => versionFacts(v).encryptionKey) ?? '';
}

export function checkEncryption(model: TopologyModel): Diagnostic[] {
  const key = model.topology.settings.encryptionKey;
  const setting = ['settings', 'encryptionKey'];
  if (!model.version.encryptionKey) {
    if (key === undefined) return [];
    return [
      diagnostic(
        'setting-not-in-version',
        `The encryption key is written from API-M ${firstWith()}, where symmetric encryption is the default; ` +
          `API-M ${model.version.version} encrypts with the keystore and the bundle leaves the key out. ` +
          `Remove it, or target ${firstWith()} or later.`,
        { path: setting },
      ),
    ];
  }
  const out: Diagnostic[] = [];
  const at = (node: ApimNode) => ({ nodeId: node.id, path: ['nodes', model.indexOf(node.id)] });
  const nodes = model.apimNodes();
  const own = (n: ApimNode) =>
    n.extraConfig ? text(valueAt(n.extraConfig, ['encryption', 'key'])) : undefined;
  if (key !== undefined) {
    const problem = encryptionKeyProblem(key);
    if (problem) {
      out.push(
        diagnostic(
          'encryption-key-invalid',
          `The encryption key ${problem}. ${GENERATE}, or use a placeholder ($secret{encryption_key}).`,
          { path: setting },
        ),
      );
    } else if (!isPlaceholder(key)) {
      out.push(
        diagnostic(
          'plaintext-password',
          `The encryption key is written in plain text on every node. Use $secret{encryption_key} (the bundle ` +
            `adds the [secrets] entry for the cipher tool) or $env{…}.`,
          { path: setting },
        ),
      );
    }
  }
  const symmetric = nodes.filter((n) => !rsa(n));
  if (symmetric.length === 0) return out;
  if (symmetric.length < nodes.length) {
    for (const n of symmetric) {
      out.push(
        diagnostic(
          'encryption-key-differs',
          `${n.name} encrypts with the symmetric key while ${nodes
            .filter(rsa)
            .map((r) => r.name)
            .join(', ')} keep${nodes.filter(rsa).length > 1 ? '' : 's'} RSA (their extraConfig's ` +
            `org.wso2.CipherTransformation): data one encrypts, the others cannot read. Use one mode on every node.`,
          at(n),
        ),
      );
    }
    return out;
  }
  const effective = nodes.map((n) => ({ node: n, key: own(n) ?? key }));
  const missing = effective.filter((e) => e.key === undefined);
  if (missing.length === nodes.length) {
    out.push(
      nodes.length > 1
        ? diagnostic(
            'encryption-key-missing',
            `API-M ${model.version.version} encrypts with a symmetric key that every node must share, and none is ` +
              `set: each node would create a random key of its own at its first start and could not read what ` +
              `the others encrypt. ${GENERATE}, and set it as the topology's encryption key.`,
            { path: setting },
          )
        : diagnostic(
            'encryption-key-generated',
            `No encryption key is set: ${nodes[0]?.name ?? 'the node'} creates a random one at its first start and ` +
              `appends it to its deployment.toml. Keep that file's key; set one here before adding a second node.`,
            { path: setting },
          ),
    );
    return out;
  }
  const common = mostCommon(effective.flatMap((e) => (e.key === undefined ? [] : [e.key])));
  for (const { node, key: k } of effective) {
    if (k === common) continue;
    out.push(
      diagnostic(
        k === undefined ? 'encryption-key-missing' : 'encryption-key-differs',
        k === undefined
          ? `${node.name} has no encryption key while the other nodes share one: it would create its own at its ` +
              `first start and could not read what they encrypt. Set the topology's encryption key.`
          : `${node.name} has its own encryption key (its extraConfig's [encryption] key), not the one the other ` +
              `nodes share: data one encrypts, the others cannot read. Remove it from its extraConfig.`,
        at(node),
      ),
    );
  }
  return out;
}
