/**
 * The CAs a TLS probe trusts: PEM files (`--ca`), or a Java truststore (`--truststore`, JKS or
 * PKCS12, such as WSO2's client-truststore.jks) listed as PEM by the JDK's `keytool`. The store's
 * password comes from the environment (TRUSTSTORE_PASSWORD), never from the command line, and is
 * handed to keytool the same way.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { InputError } from '../document.js';

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function pemCertificates(text: string): string[] {
  return [...text.matchAll(PEM)].map((m) => `${m[0]}\n`);
}

export async function readCaFile(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    throw new InputError(
      code === 'ENOENT' ? `--ca ${file}: no such file` : `--ca ${file}: cannot be read (${code})`,
    );
  }
  const certs = pemCertificates(text);
  if (certs.length === 0)
    throw new InputError(
      `--ca ${file}: no PEM certificate in it (-----BEGIN CERTIFICATE-----); for a JKS or PKCS12 truststore use --truststore`,
    );
  return certs;
}

/** WSO2's shipped truststore password, used when TRUSTSTORE_PASSWORD is not set. */
export const WSO2_DEFAULT_STOREPASS = 'wso2carbon';

export function readTruststore(
  file: string,
  password: string = WSO2_DEFAULT_STOREPASS,
  keytool = 'keytool',
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(
      keytool,
      ['-list', '-rfc', '-keystore', file, '-storepass:env', 'APIM_VERIFY_STOREPASS'],
      {
        env: { ...process.env, APIM_VERIFY_STOREPASS: password },
        timeout: 20000,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = 'code' in error ? error.code : undefined;
          if (code === 'ENOENT') {
            reject(
              new InputError(
                `--truststore: keytool (from a JDK) is not on the PATH; export the CA certificates as PEM (keytool -exportcert -rfc) and pass them with --ca`,
              ),
            );
            return;
          }
          const said = `${stdout}\n${stderr}`
            .split('\n')
            .find((l) => /error/i.test(l))
            ?.trim();
          reject(
            new InputError(
              `--truststore ${file}: keytool could not read it (${said ?? error.message}); is TRUSTSTORE_PASSWORD right?`,
            ),
          );
          return;
        }
        const certs = pemCertificates(stdout);
        if (certs.length === 0)
          reject(new InputError(`--truststore ${file}: it holds no certificate`));
        else resolve(certs);
      },
    );
  });
}
