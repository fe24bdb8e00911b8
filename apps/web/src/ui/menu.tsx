/**
 * A menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it on the first item,
 * arrows move between items, Escape closes it and returns focus to the button, Tab or a click
 * outside closes it. The menu is fixed-positioned, so a toolbar's overflow does not clip it.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  /** Shown after the label, e.g. "Ctrl+Z". */
  readonly hint?: string;
}

export interface MenuGroup {
  readonly label: string;
  readonly items: readonly MenuItem[];
}

export function MenuButton(props: {
  label: ReactNode;
  /** The button's accessible name when `label` is not text. */
  ariaLabel?: string;
  groups: readonly MenuGroup[];
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const items = () => [
    ...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? []),
  ];

  useLayoutEffect(() => {
    if (!open || !button.current || !menu.current) return;
    const r = button.current.getBoundingClientRect();
    const w = menu.current.offsetWidth;
    const left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    setPos({ top: r.bottom + 4, left });
  }, [open]);

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const away = (e: PointerEvent) => {
      if (!(e.target instanceof Node)) return;
      if (menu.current?.contains(e.target) || button.current?.contains(e.target)) return;
      setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    setPos(null);
    if (focusButton) button.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const list = items();
    const at = list.findIndex((el) => el === document.activeElement);
    const move = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(list.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className={props.className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        aria-label={props.ariaLabel}
        onClick={() => (open ? close(false) : setOpen(true))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {props.label}
      </button>
      {open && (
        <div
          ref={menu}
          id={id}
          role="menu"
          aria-label={
            props.ariaLabel ?? (typeof props.label === 'string' ? props.label : undefined)
          }
          className="menu"
          style={pos ? { top: pos.top, left: pos.left } : { visibility: 'hidden' }}
          onKeyDown={onKeyDown}
        >
          {props.groups.map((g) => (
            <div key={g.label} role="group" aria-label={g.label} className="menu-group">
              {props.groups.length > 1 && (
                <div className="menu-group-label" aria-hidden="true">
                  {g.label}
                </div>
              )}
              {g.items.map((item) => (
                <button
                  key={item.label}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  disabled={item.disabled}
                  onClick={() => {
                    close(true);
                    item.onSelect();
                  }}
                >
                  <span>{item.label}</span>
                  {item.hint && <span className="menu-hint">{item.hint}</span>}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
    </>
  );
}
