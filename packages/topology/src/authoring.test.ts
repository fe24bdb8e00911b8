import { describe, expect, it } from 'vitest';
import { createNode, describeConnection, freeOffset, uniqueName } from './authoring.js';
import { validate } from './validate/index.js';
import { distributed, threeInstances } from '../test/topologies.js';

describe('new nodes', () => {
  const t = distributed('3.2.0');

  it('get a unique name and id, a host and offset 0 on a host of their own', () => {
    expect(uniqueName(t, 'km')).toBe('km-2');
    expect(uniqueName(t, 'lb')).toBe('lb');
    const node = createNode(t, 'key-manager', { x: 5, y: 6 });
    expect(node).toMatchObject({
      id: 'km-2',
      name: 'km-2',
      host: 'km-2.example.com',
      offset: 0,
      position: { x: 5, y: 6 },
    });
  });

  it('get a free offset on a shared host', () => {
    expect(freeOffset(t, 'km.wso2.com', 'gateway')).toBe(1);
    const three = threeInstances();
    expect(freeOffset(three, 'localhost', 'gateway')).toBe(3);
    expect(createNode(three, 'traffic-manager', undefined, 'localhost')).toMatchObject({
      host: 'localhost',
      offset: 3,
    });
  });

  it('a new gateway gets an environment name of its own', () => {
    const gw = createNode(t, 'gateway');
    const next = { ...t, nodes: [...t.nodes, gw] };
    expect(validate(next).map((d) => d.code)).not.toContain('duplicate-environment-name');
  });
});

describe('describeConnection', () => {
  const t = distributed('3.2.0');
  it('says what an edge carries, with the URL of the node it points at', () => {
    expect(describeConnection(t, 'gw', 'km')).toEqual([
      'key validation → https://km.wso2.com:9443/services/',
    ]);
    expect(describeConnection(t, 'km', 'gw')).toEqual([
      'key validation → https://km.wso2.com:9443/services/',
    ]);
    expect(describeConnection(t, 'pub', 'store')).toEqual([
      'Developer Portal link → https://store.wso2.com:9445/devportal',
    ]);
    expect(describeConnection(t, 'tm', 'gw')).toEqual([
      'throttle events → tcp://tm.wso2.com:9614; decisions ← tcp://tm.wso2.com:5675',
    ]);
  });
  it('is empty for nodes that are not connected', () => {
    expect(describeConnection(t, 'gw', 'store')).not.toEqual([]);
    expect(describeConnection(t, 'km', 'km')).toEqual([]);
    expect(describeConnection(t, 'km', 'nope')).toEqual([]);
  });
});
