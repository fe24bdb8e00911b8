import { describe, expect, it } from 'vitest';
import { formatRecord, listeningLine, logDestination, resolveLogFormat } from './log.js';

function sink() {
  const out = { text: '', write: (s: string) => void (out.text += s) };
  return out;
}

const access = {
  level: 30,
  time: Date.UTC(2026, 0, 2, 3, 4, 5),
  pid: 1,
  hostname: 'h',
  reqId: 'req-1',
  req: { method: 'POST', url: '/api/v1/validate' },
  res: { statusCode: 200 },
  responseTime: 3.14159,
  msg: 'request completed',
};

describe('log format', () => {
  it('is human on a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    expect(resolveLogFormat(undefined, true)).toBe('pretty');
    expect(resolveLogFormat(undefined, false)).toBe('json');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
  });

  it('writes an access record as one short line in pretty mode, and passes JSON through as is', () => {
    const pretty = sink();
    logDestination('pretty', pretty).write(`${JSON.stringify(access)}\n`);
    expect(pretty.text).toMatch(/^\d\d:\d\d:\d\d INFO {2}POST \/api\/v1\/validate 200 3\.1 ms\n$/);
    expect(pretty.text).not.toContain('{');

    const json = sink();
    logDestination('json', json).write(`${JSON.stringify(access)}\n`);
    expect(JSON.parse(json.text)).toEqual(access);
  });

  it("keeps other fields and an error's stack in pretty mode", () => {
    const line = formatRecord({
      level: 50,
      msg: 'request failed',
      err: { message: 'boom', stack: 'Error: boom\n    at x' },
      signal: 'SIGTERM',
    });
    expect(line).toMatch(/ ERROR request failed signal=SIGTERM\nError: boom\n {4}at x\n$/);
  });

  it("drops Fastify's own listening line in both formats (server.ts prints the URL itself)", () => {
    for (const format of ['json', 'pretty'] as const) {
      const out = sink();
      logDestination(format, out).write(
        `${JSON.stringify({ level: 30, msg: 'Server listening at http://127.0.0.1:1' })}\n`,
      );
      expect(out.text).toBe('');
    }
  });

  it('prints the listening line as a JSON record or a plain line', () => {
    const url = 'http://127.0.0.1:8080';
    expect(listeningLine('pretty', url)).toBe(`apim-designer listening on ${url}\n`);
    const record: unknown = JSON.parse(listeningLine('json', url, 5));
    expect(record).toMatchObject({
      level: 30,
      time: 5,
      msg: `apim-designer listening on ${url}`,
      url,
    });
  });
});
