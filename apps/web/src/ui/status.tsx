/**
 * Messages for the user: refused connections, import problems, save results. Announced politely,
 * errors assertively. Shown at the foot of the canvas, never over the panels; each dismisses itself
 * (later while the pointer or focus is on it), a repeat replaces its twin, and at most two show.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';

/** `quiet`: announced to screen readers only (the change is visible on the canvas). */
export type Tone = 'info' | 'error' | 'quiet';

export interface Message {
  readonly id: number;
  readonly tone: Tone;
  readonly title: string;
  readonly details: readonly string[];
}

interface StatusApi {
  notify(tone: Tone, title: string, details?: readonly string[]): void;
}

const LIFETIME: Record<Tone, number> = { quiet: 3000, info: 5000, error: 9000 };
const SHOWN = 2;

const StatusContext = createContext<StatusApi | null>(null);
const MessagesContext = createContext<{
  messages: readonly Message[];
  dismiss: (id: number) => void;
} | null>(null);

let nextId = 1;

export function StatusProvider(props: { children: ReactNode }) {
  const [messages, setMessages] = useState<readonly Message[]>([]);
  const dismiss = useCallback((id: number) => setMessages((m) => m.filter((x) => x.id !== id)), []);
  const notify = useCallback((tone: Tone, title: string, details: readonly string[] = []) => {
    const id = nextId++;
    setMessages((m) => [
      ...m.filter((x) => x.title !== title).slice(-(SHOWN - 1)),
      { id, tone, title, details },
    ]);
  }, []);
  const api = useMemo(() => ({ notify }), [notify]);
  const shown = useMemo(() => ({ messages, dismiss }), [messages, dismiss]);
  return (
    <StatusContext value={api}>
      <MessagesContext value={shown}>{props.children}</MessagesContext>
    </StatusContext>
  );
}

/** The messages, where the canvas puts them. */
export function Toasts() {
  const v = useContext(MessagesContext);
  if (!v) throw new Error('Toasts outside StatusProvider');
  const { messages, dismiss } = v;
  const errors = messages.filter((m) => m.tone === 'error');
  const infos = messages.filter((m) => m.tone === 'info');
  const quiet = messages.filter((m) => m.tone === 'quiet');
  return (
    <div className="toasts">
      <div role="alert">
        {errors.map((m) => (
          <Toast key={m.id} message={m} onDismiss={dismiss} />
        ))}
      </div>
      <div role="status">
        {infos.map((m) => (
          <Toast key={m.id} message={m} onDismiss={dismiss} />
        ))}
        {quiet.map((m) => (
          <Expiring key={m.id} message={m} onDismiss={dismiss} />
        ))}
      </div>
    </div>
  );
}

function useExpiry(message: Message, onDismiss: (id: number) => void, held: boolean) {
  useEffect(() => {
    if (held) return;
    const t = setTimeout(() => onDismiss(message.id), LIFETIME[message.tone]);
    return () => clearTimeout(t);
  }, [held, message, onDismiss]);
}

function Expiring(props: { message: Message; onDismiss: (id: number) => void }) {
  useExpiry(props.message, props.onDismiss, false);
  return <p className="visually-hidden">{props.message.title}</p>;
}

function Toast(props: { message: Message; onDismiss: (id: number) => void }) {
  const { message } = props;
  const [held, setHeld] = useState(false);
  useExpiry(message, props.onDismiss, held);
  return (
    <div
      className="toast"
      data-tone={message.tone}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <div className="toast-body">
        <strong>{message.title}</strong>
        {message.details.length > 0 && (
          <ul>
            {message.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        className="icon-button"
        aria-label={`Dismiss: ${message.title}`}
        onClick={() => props.onDismiss(message.id)}
      >
        ×
      </button>
    </div>
  );
}

export function useStatus(): StatusApi {
  const v = useContext(StatusContext);
  if (!v) throw new Error('useStatus outside StatusProvider');
  return v;
}
