/** Every kind the core registers has its canvas node and its form here (docs/extending.md). */
import { NODE_KINDS } from '@apim-designer/topology/meta';
import { describe, expect, it } from 'vitest';
import { nodeForms } from './forms.js';
import { nodeTypes } from './registry.js';

describe('the designer knows every kind', () => {
  it.each(NODE_KINDS)('%s has a canvas node and an inspector form', (kind) => {
    expect(typeof nodeTypes[kind]).not.toBe('undefined');
    expect(typeof nodeForms[kind]).toBe('function');
  });
  it('and no kind the core does not have', () => {
    expect(Object.keys(nodeTypes).sort()).toEqual([...NODE_KINDS].sort());
    expect(Object.keys(nodeForms).sort()).toEqual([...NODE_KINDS].sort());
  });
});
