import { describe, expect, it } from 'vitest';
import { addNode, connect, emptyTopology, removeElements } from '../model/ops.js';
import { designerReducer, initialState } from './designer-reducer.js';

describe('designerReducer', () => {
  it('undoes an import and a delete, and prunes the selection', () => {
    const t0 = emptyTopology();
    const t1 = addNode(addNode(t0, 'key-manager', { x: 0, y: 0 }).topology, 'gateway', {
      x: 0,
      y: 0,
    }).topology;
    let s = initialState(t0);
    s = designerReducer(s, { type: 'commit', topology: t1, select: { nodes: ['gw'], edges: [] } });
    const joined = connect(t1, 'km', 'gw');
    if (!joined.ok) throw new Error(joined.reason);
    s = designerReducer(s, { type: 'commit', topology: joined.topology });
    s = designerReducer(s, {
      type: 'commit',
      topology: removeElements(joined.topology, new Set(['gw']), new Set()),
    });
    expect(s.selection.nodes).toEqual([]);
    s = designerReducer(s, { type: 'undo' });
    expect(s.history.present.edges).toHaveLength(1);
    s = designerReducer(s, { type: 'undo' });
    s = designerReducer(s, { type: 'undo' });
    expect(s.history.present.nodes).toEqual([]);
    s = designerReducer(s, { type: 'redo' });
    expect(s.history.present.nodes).toHaveLength(2);
  });

  it('applies selection changes from the canvas', () => {
    let s = initialState(emptyTopology());
    s = designerReducer(s, {
      type: 'select-changes',
      nodes: [
        { id: 'a', selected: true },
        { id: 'b', selected: true },
      ],
      edges: [{ id: 'e', selected: true }],
    });
    s = designerReducer(s, {
      type: 'select-changes',
      nodes: [{ id: 'a', selected: false }],
      edges: [],
    });
    expect(s.selection).toEqual({ nodes: ['b'], edges: ['e'] });
  });
});
