/**
 * Keyboard shortcuts. Undo and redo work over the whole page except while typing in a field or in a
 * dialog; copy, paste and delete act on the canvas only when focus is on it (or on nothing), so that
 * Backspace on a toolbar button or Ctrl+C on selected preview text does what the browser does.
 */
import { useEffect } from 'react';
import type { Actions } from './use-actions.js';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Focus is on the canvas (a node, an edge, the pane) or on nothing in particular. */
function onCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  return target === document.body || target.closest('.react-flow, #canvas') !== null;
}

/** The node a key event's target is (a canvas node has keyboard focus), if any. */
function focusedNode(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest('.react-flow__node')?.getAttribute('data-id') ?? undefined;
}

function textSelected(): boolean {
  const selection = window.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().length > 0;
}

export function useShortcuts(actions: Actions, readOnly: boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || readOnly) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') actions[e.shiftKey ? 'redo' : 'undo']();
      else if (mod && key === 'y') actions.redo();
      else if (mod && key === 'c' && !textSelected() && onCanvas(e.target)) actions.copy();
      else if (mod && key === 'v' && onCanvas(e.target)) actions.paste();
      else if (mod && key === 'a' && onCanvas(e.target)) actions.selectAll();
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace') && onCanvas(e.target))
        actions.deleteSelection(focusedNode(e.target));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, readOnly]);
}
