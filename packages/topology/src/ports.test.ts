import { describe, expect, it } from 'vitest';
import { MAX_OFFSET, PORTS, listeningPorts, portAt } from './ports.js';

describe('ports and offsets', () => {
  it('moves every port but Hazelcast by the offset, as the 3.x guide samples show', () => {
    // Traffic Manager at offset 3 (documents 002/004).
    expect(portAt('https', 3)).toBe(9446);
    expect(portAt('amqp', 3)).toBe(5675);
    expect(portAt('binary', 3)).toBe(9614);
    expect(portAt('binarySsl', 3)).toBe(9714);
    // Gateway at offset 4.
    expect(portAt('passthroughHttp', 4)).toBe(8284);
    expect(portAt('passthroughHttps', 4)).toBe(8247);
    expect(portAt('https', 4)).toBe(9447);
    expect(portAt('websocket', 4)).toBe(9103);
    expect(portAt('websocketSecure', 4)).toBe(8103);
    expect(portAt('http', 1)).toBe(9764);
    expect(portAt('jmxRegistry', 2)).toBe(10001);
    expect(portAt('hazelcast', 7)).toBe(4000);
  });

  it('knows which role listens where', () => {
    const names = (roles: Parameters<typeof listeningPorts>[0], clustering = false) =>
      listeningPorts(roles, 0, clustering).map((p) => p.name);
    expect(names(['gateway'])).toEqual(
      expect.arrayContaining([
        'https',
        'http',
        'passthroughHttp',
        'passthroughHttps',
        'websocket',
        'websocketSecure',
      ]),
    );
    expect(names(['gateway'])).not.toContain('amqp');
    expect(names(['traffic-manager'])).toEqual(
      expect.arrayContaining(['amqp', 'binary', 'binarySsl', 'https']),
    );
    expect(names(['key-manager'])).not.toContain('passthroughHttp');
    expect(names(['key-manager'])).not.toContain('hazelcast');
    expect(names(['key-manager'], true)).toContain('hazelcast');
  });

  it('bounds offsets so that every port stays a TCP port', () => {
    const highest = Math.max(...Object.values(PORTS).map((p) => p.base));
    expect(highest + MAX_OFFSET).toBe(65535);
  });
});
