/** Keyboard shortcuts over the whole page, except while typing in a field or in a dialog. */
import { useEffect } from 'react';
import type { Actions } from './use-actions.js';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(actions: Actions, readOnly: boolean): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(e.target) || readOnly) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 'z') actions[e.shiftKey ? 'redo' : 'undo']();
      else if (mod && key === 'y') actions.redo();
      else if (mod && key === 'c') actions.copy();
      else if (mod && key === 'v') actions.paste();
      else if (!mod && (e.key === 'Delete' || e.key === 'Backspace')) actions.deleteSelection();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, readOnly]);
}
