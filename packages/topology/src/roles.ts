/** The API-M roles a node can play; an all-in-one node plays all of them. */
export const ROLES = [
  'key-manager',
  'traffic-manager',
  'publisher',
  'devportal',
  'gateway',
  'event-hub',
] as const;
export type Role = (typeof ROLES)[number];

/** How messages name a role. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  'key-manager': 'Key Manager',
  'traffic-manager': 'Traffic Manager',
  publisher: 'Publisher',
  devportal: 'Developer Portal',
  gateway: 'Gateway',
  'event-hub': 'Control Plane (event hub)',
};
