/** Messages for the user: refused connections, import problems, save results. Announced politely,
 *  errors assertively. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

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

const StatusContext = createContext<StatusApi | null>(null);

let nextId = 1;

export function StatusProvider(props: { children: ReactNode }) {
  const [messages, setMessages] = useState<readonly Message[]>([]);
  const dismiss = useCallback((id: number) => setMessages((m) => m.filter((x) => x.id !== id)), []);
  const notify = useCallback(
    (tone: Tone, title: string, details: readonly string[] = []) => {
      const id = nextId++;
      setMessages((m) => [...m.slice(-2), { id, tone, title, details }]);
      if (tone !== 'error') setTimeout(() => dismiss(id), tone === 'quiet' ? 3000 : 6000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  const errors = messages.filter((m) => m.tone === 'error');
  const infos = messages.filter((m) => m.tone === 'info');
  const quiet = messages.filter((m) => m.tone === 'quiet');
  return (
    <StatusContext value={api}>
      {props.children}
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
            <p key={m.id} className="visually-hidden">
              {m.title}
            </p>
          ))}
        </div>
      </div>
    </StatusContext>
  );
}

function Toast(props: { message: Message; onDismiss: (id: number) => void }) {
  const { message } = props;
  return (
    <div className="toast" data-tone={message.tone}>
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
