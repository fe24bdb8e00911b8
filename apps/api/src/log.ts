/**
 * Where the server's log lines go and what they look like: JSON lines (pino's own) for machines,
 * short human lines for a terminal. `LOG_FORMAT` chooses; unset, a terminal gets human lines and
 * anything else (a pipe, a file, a container log) JSON.
 */
import type { Writable } from 'node:stream';

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** The format to use: the one asked for, else human lines on a terminal. */
export function resolveLogFormat(asked: LogFormat | undefined, isTty: boolean): LogFormat {
  return asked ?? (isTty ? 'pretty' : 'json');
}

/** Something pino can write JSON lines to. */
export interface LogDestination {
  write(line: string): void;
}

const LEVELS: Readonly<Record<number, string>> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};

/** Fastify's own "Server listening at …": server.ts prints the designer's URL, at any level. */
const FASTIFY_LISTENING = '"msg":"Server listening at ';

function field(record: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = record[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value))
    : undefined;
}

function clock(time: unknown): string {
  const d = typeof time === 'number' ? new Date(time) : new Date();
  return d.toTimeString().slice(0, 8);
}

const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'req', 'res', 'err']);

/** One pino record as one human line (plus an error's stack). */
export function formatRecord(record: Record<string, unknown>): string {
  const level = LEVELS[typeof record.level === 'number' ? record.level : 30] ?? 'INFO ';
  const req = field(record, 'req');
  const res = field(record, 'res');
  let text: string;
  if (req && res && typeof record.responseTime === 'number') {
    text = `${String(req.method)} ${String(req.url)} ${String(res.statusCode)} ${record.responseTime.toFixed(1)} ms`;
  } else {
    const extra = Object.entries(record)
      .filter(([k]) => !HIDDEN.has(k))
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
    text = [typeof record.msg === 'string' ? record.msg : '', ...extra].filter(Boolean).join(' ');
  }
  const err = field(record, 'err');
  const stack = err && typeof err.stack === 'string' ? `\n${err.stack}` : '';
  return `${clock(record.time)} ${level} ${text}${stack}\n`;
}

/** pino's JSON lines, written to `out` as they are (json) or as human lines (pretty). */
export function logDestination(format: LogFormat, out: Writable | LogDestination): LogDestination {
  return {
    write(line: string) {
      if (line.includes(FASTIFY_LISTENING)) return;
      if (format === 'json') {
        out.write(line);
        return;
      }
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        out.write(line);
        return;
      }
      out.write(
        typeof record === 'object' && record !== null
          ? formatRecord(Object.fromEntries(Object.entries(record)))
          : line,
      );
    },
  };
}

/** The line every start prints, whatever the level: where the designer is. */
export function listeningLine(format: LogFormat, url: string, now = Date.now()): string {
  const msg = `apim-designer listening on ${url}`;
  return format === 'json'
    ? `${JSON.stringify({ level: 30, time: now, pid: process.pid, msg, url })}\n`
    : `${msg}\n`;
}
