import type { TomlSection } from '../toml.js';
import type { NodeContext } from './context.js';
import { databaseSections, identitySections, keystoreSections, serverSection } from './sections.js';

/** The sections every API-M node starts with: server, users, databases, keystores. */
export function baseSections(ctx: NodeContext): TomlSection[] {
  return [
    ...serverSection(ctx, ctx.serverRole),
    ...identitySections(ctx),
    ...databaseSections(ctx, ctx.roles),
    ...keystoreSections(ctx),
  ];
}
