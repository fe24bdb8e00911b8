/**
 * One toolbar row at any width: the items that do not fit, lowest priority first, move into a
 * "More" menu. Item widths are measured while shown and remembered while hidden.
 */
import { useLayoutEffect, useRef, useState } from 'react';

const GAP = 6;
const MORE = 72;

export function useOverflow(keys: readonly string[], priority: (key: string) => number) {
  const container = useRef<HTMLDivElement>(null);
  const widths = useRef(new Map<string, number>());
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const signature = keys.join('|');

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const fit = () => {
      for (const child of el.querySelectorAll<HTMLElement>('[data-tool]')) {
        const key = child.dataset.tool;
        if (key) widths.current.set(key, child.offsetWidth);
      }
      const available = el.clientWidth;
      const total = keys.reduce((s, k) => s + (widths.current.get(k) ?? 80) + GAP, 0);
      const next = new Set<string>();
      if (total > available) {
        let used = total + MORE;
        for (const k of [...keys].sort((a, b) => priority(a) - priority(b))) {
          if (used <= available) break;
          next.add(k);
          used -= (widths.current.get(k) ?? 80) + GAP;
        }
      }
      setHidden((prev) =>
        prev.size === next.size && [...next].every((k) => prev.has(k)) ? prev : next,
      );
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(el);
    return () => ro.disconnect();
    // keys change when the toolbar's items do (read-only views have fewer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);

  return { container, hidden };
}
