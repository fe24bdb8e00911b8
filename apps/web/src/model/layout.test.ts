import { describe, expect, it } from 'vitest';
import { layoutTopology } from './layout.js';
import { highAvailability, multiGateway } from './templates.js';

describe('layoutTopology', () => {
  it('draws tiers top-down: load balancers, gateways, …, databases', async () => {
    const t = await layoutTopology(highAvailability());
    const y = (id: string) => t.nodes.find((n) => n.id === id)?.position?.y ?? Number.NaN;
    expect(y('lb-gw')).toBeLessThan(y('gw-1'));
    expect(y('gw-1')).toBeLessThan(y('pub-1'));
    expect(y('pub-1')).toBeLessThan(y('km-1'));
    expect(y('km-1')).toBeLessThan(y('db'));
  });

  it('puts every node somewhere of its own', async () => {
    const t = await layoutTopology(multiGateway());
    const spots = new Set(t.nodes.map((n) => `${n.position?.x},${n.position?.y}`));
    expect(spots.size).toBe(t.nodes.length);
  });
});
