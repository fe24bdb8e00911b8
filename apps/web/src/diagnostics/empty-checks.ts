/**
 * The checks of the document a new workspace starts from (EMPTY_TOPOLOGY), written out so that the
 * first paint — and the page prerendered at build time — shows them without the lazy core.
 * `empty-checks.test.ts` keeps them equal to what the core computes.
 */
import type { Diagnostic, DiagnosticGroup } from '@apim-designer/topology';
import { EMPTY_TOPOLOGY } from '../model/empty-topology.js';
import type { Checks } from './checks.js';

const PLACEHOLDERS =
  'Use a placeholder instead: $env{VARIABLE} (read from the environment at start-up) or $secret{alias} ' +
  '(encrypted with bin/ciphertool.sh; the bundle adds the [secrets] entry).';

export const EMPTY_DIAGNOSTICS: readonly Diagnostic[] = [
  {
    code: 'default-keystore-password',
    severity: 'warning',
    message:
      'A keystore or the truststore uses WSO2\'s published default password "wso2carbon". Set the store ' +
      'passwords here (placeholders work: certs/make-certs.sh reads them from the environment) and make the ' +
      'stores with certs/make-certs.sh.',
    path: ['settings', 'keystore', 'password'],
  },
  {
    code: 'default-admin-credentials',
    severity: 'warning',
    message:
      'The super admin is admin / admin, written in plain text on every node. Change the password ' +
      `before production. ${PLACEHOLDERS}`,
    path: ['settings', 'superAdmin', 'password'],
  },
];

const [keystore, admin] = EMPTY_DIAGNOSTICS;

/** Their groups (the core's groupDiagnostics): one each, with the obvious fixes. */
export const EMPTY_GROUPS: readonly DiagnosticGroup[] =
  keystore && admin
    ? [
        {
          key: 'default-keystore-password::settings.keystore.password',
          severity: 'warning',
          title: null,
          diagnostics: [keystore],
          fixes: [
            {
              type: 'settings',
              label: 'Open Settings',
              path: ['settings', 'keystore', 'password'],
            },
          ],
        },
        {
          key: 'default-admin-credentials::settings.superAdmin.password',
          severity: 'warning',
          title: null,
          diagnostics: [admin],
          fixes: [
            {
              type: 'set',
              label: 'Replace with a placeholder',
              path: ['settings', 'superAdmin', 'password'],
              value: '$env{APIM_SUPER_ADMIN_PASSWORD}',
            },
            {
              type: 'settings',
              label: 'Open Settings',
              path: ['settings', 'superAdmin', 'password'],
            },
          ],
        },
      ]
    : [];

export const EMPTY_CHECKS: Checks = {
  pending: false,
  topology: EMPTY_TOPOLOGY,
  diagnostics: EMPTY_DIAGNOSTICS,
  groups: EMPTY_GROUPS,
  ok: true,
  byNode: new Map(),
  byEdge: new Map(),
};
