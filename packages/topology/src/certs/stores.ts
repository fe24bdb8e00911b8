/**
 * The stores a design on several hosts starts from, as certs/make-certs.sh makes them: a TLS keystore
 * per node (`tls.jks`), one primary keystore shared by every node (`primary.jks`), and every store
 * password a `$secret{}` placeholder (never WSO2's published `wso2carbon`). Plain data, no zod: the
 * designer's first paint uses it (the `/meta` entry). New designs, the HA template, the designer's
 * "a primary keystore of its own" and the shared-tls-keystore quick fix all take it from here.
 */
export const SEPARATE_STORES = {
  keystore: {
    fileName: 'tls.jks',
    type: 'JKS',
    password: '$secret{keystore_password}',
    alias: 'wso2carbon',
    keyPassword: '$secret{keystore_password}',
  },
  primaryKeystore: {
    fileName: 'primary.jks',
    type: 'JKS',
    password: '$secret{primary_keystore_password}',
    alias: 'primary',
    keyPassword: '$secret{primary_keystore_password}',
  },
  truststore: {
    fileName: 'client-truststore.jks',
    type: 'JKS',
    password: '$secret{truststore_password}',
  },
} as const;
