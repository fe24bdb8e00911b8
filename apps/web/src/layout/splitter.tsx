/**
 * A panel's resize handle (WAI-ARIA window splitter): drag it, or focus it and use the arrow keys
 * (Shift for bigger steps), Home and End.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export function Splitter(props: {
  label: string;
  /** `vertical`: a bar between columns (resizes a width); `horizontal`: between rows. */
  orientation: 'vertical' | 'horizontal';
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right/down grows the panel, -1 when it shrinks it. */
  direction: 1 | -1;
  onChange: (value: number) => void;
  controls?: string;
}) {
  const start = useRef<{ at: number; value: number } | null>(null);
  const clamp = (v: number) => Math.round(Math.min(props.max, Math.max(props.min, v)));
  const axis = (e: PointerEvent) => (props.orientation === 'vertical' ? e.clientX : e.clientY);
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 64 : 16;
    const grow =
      props.orientation === 'vertical' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
    if (e.key === grow[0]) props.onChange(clamp(props.value + step * props.direction));
    else if (e.key === grow[1]) props.onChange(clamp(props.value - step * props.direction));
    else if (e.key === 'Home') props.onChange(props.min);
    else if (e.key === 'End') props.onChange(props.max);
    else return;
    e.preventDefault();
  };
  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={props.label}
      aria-orientation={props.orientation}
      aria-valuenow={Math.round(props.value)}
      aria-valuemin={Math.round(props.min)}
      aria-valuemax={Math.round(props.max)}
      aria-controls={props.controls}
      className={`splitter splitter-${props.orientation}`}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { at: axis(e), value: props.value };
      }}
      onPointerMove={(e) => {
        const s = start.current;
        if (s) props.onChange(clamp(s.value + (axis(e) - s.at) * props.direction));
      }}
      onPointerUp={() => (start.current = null)}
      onPointerCancel={() => (start.current = null)}
    />
  );
}
