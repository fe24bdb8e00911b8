/**
 * The `compose` target: the design as one compose.yaml, beside the same deployment.toml and nginx.conf
 * files the vm target writes, each node's folder mounted into its container.
 */
import { nodeFolder } from '../../bundle-paths.js';
import { isDatabase, isLoadBalancer } from '../../kinds/guards.js';
import type { TopologyModel } from '../../model.js';
import type { BundleFile } from '../../render/bundle-file.js';
import { inputs } from './inputs.js';
import { TARGET_META } from '../meta.js';
import type { TargetDefinition } from '../types.js';
import { nginxFiles, nodeFiles, nodePreview } from '../vm.js';
import { databaseFiles } from './databases.js';
import { composeDiagnostics } from './diagnostics.js';
import { COMPOSE_FILE, composeFile } from './file.js';
import { composeCertificates, composePlan } from './plan.js';
import { composeReadme } from './readme.js';

function lbCertificateNotes(model: TopologyModel): BundleFile[] {
  return model.nodes.filter(isLoadBalancer).flatMap((lb) =>
    (model.clusterBehind(lb.id)?.members.length ?? 0) > 0
      ? [
          {
            path: `${nodeFolder(lb.name)}/ssl/README.md`,
            contents:
              `# TLS of load balancer ${lb.name.replace(/[\r\n]+/g, ' ')}\n\n` +
              `Put the certificate for ${lb.host} and its key here, as nginx.conf names them (mounted at /etc/nginx/ssl).\n`,
          },
        ]
      : [],
  );
}

export const composeTarget: TargetDefinition = {
  name: 'compose',
  ...TARGET_META.compose,
  diagnostics: composeDiagnostics,
  // Containers reach each other by host name (an alias); the service name is a name too.
  certificates: (model) => composeCertificates(model),
  readme: (model, diagnostics) =>
    composeReadme(model, composePlan(model), diagnostics, inputs(model)),
  files: (model) => {
    const plan = composePlan(model);
    return [
      { path: COMPOSE_FILE, contents: composeFile(model, plan, inputs(model)) },
      ...model.apimNodes().flatMap((n) => nodeFiles(model, n)),
      ...nginxFiles(model),
      ...lbCertificateNotes(model),
      ...model.nodes.filter(isDatabase).flatMap((db) => databaseFiles(model, db)),
    ];
  },
  // A node's own file, as on the vm target (compose.yaml is in the bundle's file list).
  preview: nodePreview,
};
