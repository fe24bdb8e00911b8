/**
 * Form fields that apply each change as it is typed. A field keeps the typed text while it is
 * invalid (and shows why inline); once valid, the document holds it and undo can change it back.
 * Leaving a field with invalid text puts the document's value back and says so: what the field
 * shows is what the bundle uses.
 */
import { useId, useState, type ReactNode } from 'react';

/** Returns an error message, or null when the value was applied. */
export type Apply = (text: string) => string | null;

interface FieldProps {
  readonly label: string;
  readonly value: string;
  readonly apply: Apply;
  readonly help?: ReactNode;
  readonly problems?: readonly string[];
  readonly readOnly?: boolean;
}

function Messages(props: {
  id: string;
  error: string | null;
  problems?: readonly string[];
  help?: ReactNode;
}) {
  return (
    <div id={props.id} className="field-messages">
      {props.error && <p className="field-error">{props.error}</p>}
      {props.problems?.map((p) => (
        <p key={p} className="field-problem">
          {p}
        </p>
      ))}
      {props.help && <p className="field-help">{props.help}</p>}
    </div>
  );
}

/**
 * `normalize` (for fields whose value is parsed, like a comma-separated list): a valid text is kept
 * as typed while it still means the document's value, so "a," does not lose its comma.
 */
function useDraft(apply: Apply, value: string, normalize?: (text: string) => string) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const change = (text: string) => {
    const err = apply(text);
    setError(err);
    setDraft(err === null && !normalize ? null : text);
  };
  const shown = draft !== null && (error !== null || normalize?.(draft) === value) ? draft : value;
  const blur = () => {
    if (error === null || draft === null) return;
    setError(`"${draft}" was not applied (${error.replace(/\.$/, '')}); it stays "${value}".`);
    setDraft(null);
  };
  return { shown, error, change, blur };
}

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'password';
    inputMode?: 'numeric';
    normalize?: (text: string) => string;
  },
) {
  const id = useId();
  const { shown, error, change, blur } = useDraft(props.apply, props.value, props.normalize);
  const invalid = error !== null || (props.problems?.length ?? 0) > 0;
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        value={shown}
        readOnly={props.readOnly}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-msg`}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => change(e.target.value)}
        onBlur={blur}
      />
      <Messages id={`${id}-msg`} error={error} problems={props.problems} help={props.help} />
    </div>
  );
}

/** Whole numbers: anything else is refused with a message before the schema sees it. */
export function integerApply(apply: (n: number) => string | null, allowEmpty = false): Apply {
  return (text) => {
    const t = text.trim();
    if (t === '' && allowEmpty) return apply(Number.NaN);
    if (!/^\d+$/.test(t)) return 'Enter a whole number.';
    return apply(Number(t));
  };
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  help?: ReactNode;
  readOnly?: boolean;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.readOnly}
        aria-describedby={props.help ? `${id}-msg` : undefined}
        onChange={(e) => {
          const next = props.options.find((o) => o.value === e.target.value);
          if (next) props.onChange(next.value);
        }}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.help && <Messages id={`${id}-msg`} error={null} help={props.help} />}
    </div>
  );
}

export function CheckboxField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  readOnly?: boolean;
}) {
  return (
    <div className="field field-check">
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          disabled={props.readOnly}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        {props.label}
      </label>
    </div>
  );
}
