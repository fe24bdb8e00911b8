/**
 * The result of "Check a deployment", shown on the canvas: each node and edge it says something
 * about gets a tone (its colour) and the lines the inspector lists. Only types come from the core
 * here: the check itself runs in the lazily loaded dialog (check-dialog-body.tsx).
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import './check.css';

/** ok / reached: green; drift, unreadable, unreachable: red; warning: amber; missing: grey. */
export type CheckTone = 'ok' | 'drift' | 'warning' | 'missing' | 'unreadable' | 'unreachable';

export interface CheckLine {
  readonly severity: 'error' | 'warning' | 'info';
  readonly text: string;
  /** Design value, live value, what it breaks. */
  readonly detail?: readonly string[];
}

export interface ElementCheck {
  readonly tone: CheckTone;
  /** One line: `drift: 1 error`, `reached`, `no live file`. */
  readonly summary: string;
  readonly lines: readonly CheckLine[];
}

export interface CheckView {
  /** What was checked: `3 files`, `live.zip and verify.json`. */
  readonly source: string;
  /** The design the check compared with (an edit after it makes the colours stale). */
  readonly design: unknown;
  readonly nodes: ReadonlyMap<string, ElementCheck>;
  /** By the canvas's edge id. */
  readonly edges: ReadonlyMap<string, ElementCheck>;
}

interface CheckState {
  readonly view: CheckView | null;
  readonly show: (view: CheckView | null) => void;
}

const CheckContext = createContext<CheckState>({ view: null, show: () => undefined });

export function CheckProvider(props: { children: ReactNode }) {
  const [view, show] = useState<CheckView | null>(null);
  const value = useMemo(() => ({ view, show }), [view]);
  return <CheckContext value={value}>{props.children}</CheckContext>;
}

export function useCheck(): CheckState {
  return useContext(CheckContext);
}

export function useNodeCheck(id: string): ElementCheck | undefined {
  return useContext(CheckContext).view?.nodes.get(id);
}

export function useEdgeCheck(id: string): ElementCheck | undefined {
  return useContext(CheckContext).view?.edges.get(id);
}

/** A check tone as words, for accessible names. */
export const TONE_WORDS: Readonly<Record<CheckTone, string>> = {
  ok: 'as designed',
  drift: 'drifts from the design',
  warning: 'differs in defaults',
  missing: 'no live file',
  unreadable: 'live file unreadable',
  unreachable: 'not reached',
};
