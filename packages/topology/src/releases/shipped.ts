/**
 * WSO2's shipped defaults per release and node kind: the settings of the template each node would
 * start from (the pack's deployment.toml, ≤4.4 the profile's template, 4.5+ the component's) that do
 * not depend on the topology, e.g. the self-sign-up `[[event_handler]]`, `[service_provider]
 * sp_name_regex`, the gateway's caches. The bundle replaces the whole file, so it keeps them
 * (scripts/wso2-baseline extracts them from product-apim; `_templates` names each source).
 */
import type { TomlTable } from '../toml.js';
import type { ApimVersion } from './facts.js';
import shipped from './shipped-defaults.json' with { type: 'json' };

type Shipped = Readonly<Record<string, Readonly<Record<string, TomlTable>> | undefined>> & {
  readonly _templates: Readonly<Record<string, Readonly<Record<string, string>>>>;
};

const SHIPPED = shipped as unknown as Shipped;

/** The shipped defaults of a node of `kind` in a release, if the release has a template for it. */
export function shippedDefaults(version: ApimVersion, kind: string): TomlTable | undefined {
  return SHIPPED[version]?.[kind];
}

/** The WSO2 file they come from (`wso2/product-apim@<commit>:<path>`). */
export function shippedTemplate(version: ApimVersion, kind: string): string | undefined {
  return SHIPPED._templates[version]?.[kind];
}
