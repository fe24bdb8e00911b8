/**
 * The templates the toolbar offers, without their documents (templates.ts builds those with the
 * core, loaded after first paint).
 */
export interface TemplateInfo {
  readonly id: 'all-in-one' | 'multi-gateway' | 'distributed' | 'high-availability';
  readonly label: string;
  readonly description: string;
}

export const TEMPLATE_LIST = [
  {
    id: 'all-in-one',
    label: 'All-in-one',
    description: 'One API-M node with every role (document 000).',
  },
  {
    id: 'multi-gateway',
    label: 'All-in-one + production and sandbox gateways',
    description: 'Three instances on one host at offsets 0, 1 and 2 (document 000).',
  },
  {
    id: 'distributed',
    label: 'Five-node distributed',
    description: 'Key Manager, Publisher, Developer Portal, Traffic Manager, Gateway (002/004).',
  },
  {
    id: 'high-availability',
    label: 'Fully distributed HA',
    description: 'Two of each role behind load balancers, two Traffic Managers, one database.',
  },
] as const satisfies readonly TemplateInfo[];
