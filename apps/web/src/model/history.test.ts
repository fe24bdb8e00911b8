import { describe, expect, it } from 'vitest';
import { checkpoint, commit, createHistory, redo, replace, undo } from './history.js';

describe('history', () => {
  it('undoes and redoes commits in order', () => {
    let h = createHistory('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('drops the redo branch on a new commit', () => {
    const h = commit(undo(commit(createHistory(1), 2)), 3);
    expect(h.future).toEqual([]);
    expect(undo(h).present).toBe(1);
  });

  it('merges commits with the same key into one step', () => {
    let h = createHistory('');
    h = commit(h, 'g', 'name');
    h = commit(h, 'gw', 'name');
    h = commit(h, 'gw1', 'host');
    expect(undo(h).present).toBe('gw');
    expect(undo(undo(h)).present).toBe('');
  });

  it('makes a drag one step: checkpoint then replaces', () => {
    let h = checkpoint(createHistory({ x: 0 }));
    h = replace(h, { x: 5 });
    h = replace(h, { x: 9 });
    expect(h.present).toEqual({ x: 9 });
    expect(undo(h).present).toEqual({ x: 0 });
  });
});
