/** The keys an imported file had that the model does not cover, shown as the TOML they are written as. */
import { serializeToml, type TomlTable } from '@apim-designer/topology';

export function extraConfigText(extra: TomlTable): string {
  try {
    return serializeToml({ header: [], sections: [{ table: [], values: extra }] });
  } catch {
    // Not representable as TOML on its own (should not happen for imported keys): show the data.
    return JSON.stringify(extra, null, 2);
  }
}

/** Dotted paths of the leaves, for a one-line summary (`apim.oauth_config.revoke_endpoint`). */
export function extraConfigKeys(extra: TomlTable, prefix = ''): string[] {
  return Object.entries(extra).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'object' && !Array.isArray(v) ? extraConfigKeys(v, path) : [path];
  });
}
