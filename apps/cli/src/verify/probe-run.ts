/**
 * Runs a probe plan from this machine: a TCP connect, a TLS handshake (the chain checked against the
 * given CAs, the name against the host the design uses), and for WSO2's admin services one GET of the
 * `Version` status URL. Each probe has a time limit, the run has a total one, a few run at once, and
 * nothing is retried: one connection per probe, closed as soon as it has answered.
 */
import { connect as tcpConnect, isIP, type LookupFunction, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { Probe } from '@apim-designer/topology';

export type ProbeStatus =
  'reached' | 'refused' | 'timed-out' | 'tls-failed' | 'unresolved' | 'unreachable' | 'not-run';

export interface ProbeResult {
  readonly probe: Probe;
  readonly status: ProbeStatus;
  /** What happened, in words: the TLS error, the HTTP status, how long it took. */
  readonly detail: string;
  readonly ms: number;
}

export interface ProbeOptions {
  /** Per probe, from the first byte of DNS to the HTTP status line. */
  readonly timeoutMs: number;
  /** The whole run: probes not started by then are `not-run`, running ones are stopped. */
  readonly budgetMs: number;
  readonly concurrency: number;
  /** PEM certificates to trust instead of Node's bundled roots. */
  readonly ca?: readonly string[];
  /** For tests: name resolution. */
  readonly lookup?: LookupFunction;
}

export const DEFAULT_PROBE_OPTIONS: ProbeOptions = {
  timeoutMs: 3000,
  budgetMs: 30000,
  concurrency: 8,
};

const TRUST_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_UNTRUSTED',
]);

function codeOf(e: unknown): string {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : '';
}

/** A TLS failure in an operator's words. */
function tlsReason(e: unknown, host: string, trusted: boolean): string {
  const code = codeOf(e);
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return `wrong name: the certificate is not for ${host} (${message})`;
  if (TRUST_CODES.has(code))
    return `unknown CA: the certificate chain is not trusted (${code})${trusted ? '' : "; pass the deployment's CA with --ca or --truststore"}`;
  if (code === 'CERT_HAS_EXPIRED') return 'the certificate has expired';
  if (code === 'CERT_NOT_YET_VALID') return 'the certificate is not valid yet';
  if (code === 'ECONNRESET')
    return 'the connection was closed during the handshake (not a TLS port?)';
  return `${code ? `${code}: ` : ''}${message}`;
}

function connectError(
  e: unknown,
  host: string,
  port: number,
): { status: ProbeStatus; detail: string } {
  const code = codeOf(e);
  if (code === 'ECONNREFUSED')
    return { status: 'refused', detail: `nothing listens on ${host}:${port} (connection refused)` };
  if (
    code === 'ENOTFOUND' ||
    code === 'EAI_AGAIN' ||
    code === 'EAI_NONAME' ||
    code === 'EAI_NODATA'
  )
    return { status: 'unresolved', detail: `${host} does not resolve (${code})` };
  if (code === 'ETIMEDOUT')
    return { status: 'timed-out', detail: `no answer from ${host}:${port}` };
  return {
    status: 'unreachable',
    detail: `${code || 'error'}: ${e instanceof Error ? e.message : String(e)}`,
  };
}

/** One probe: resolves, never rejects. */
export function runProbe(
  probe: Probe,
  options: ProbeOptions,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    let phase: 'connect' | 'tls' | 'http' = 'connect';
    let secure: TLSSocket | undefined;
    let done = false;
    const finish = (status: ProbeStatus, detail: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      secure?.destroy();
      raw.destroy();
      resolve({ probe, status, detail, ms: Date.now() - started });
    };
    const limit = `${options.timeoutMs} ms`;
    const timer = setTimeout(() => {
      if (phase === 'connect')
        finish('timed-out', `no connection to ${probe.host}:${probe.port} within ${limit}`);
      else if (phase === 'tls')
        finish('timed-out', `connected, but the TLS handshake did not finish within ${limit}`);
      else
        finish(
          'reached',
          `TLS verified; no HTTP answer to GET ${probe.path ?? '/'} within ${limit}`,
        );
    }, options.timeoutMs);
    const abort = () => finish('not-run', 'stopped: the total time budget was spent');
    signal?.addEventListener('abort', abort, { once: true });
    const trusted = options.ca !== undefined && options.ca.length > 0;

    const http = (socket: TLSSocket) => {
      phase = 'http';
      let head = '';
      socket.setEncoding('latin1');
      socket.on('data', (chunk: string) => {
        head += chunk;
        const end = head.indexOf('\r\n');
        if (end >= 0 || head.length > 4096) {
          const status = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(head.slice(0, end >= 0 ? end : 64));
          finish(
            'reached',
            status
              ? `TLS verified; GET ${probe.path} → ${status[1]}`
              : 'TLS verified; the answer to GET is not HTTP',
          );
        }
      });
      socket.on('end', () =>
        finish(
          'reached',
          `TLS verified; the server closed the connection without answering GET ${probe.path}`,
        ),
      );
      const host = isIP(probe.host) === 6 ? `[${probe.host}]` : probe.host;
      socket.write(
        `GET ${probe.path} HTTP/1.1\r\nHost: ${host}:${probe.port}\r\nUser-Agent: apim-designer-verify\r\nAccept: */*\r\nConnection: close\r\n\r\n`,
      );
    };

    const raw: Socket = tcpConnect({
      host: probe.host,
      port: probe.port,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    });
    raw.on('error', (e) => {
      if (phase === 'connect') {
        const r = connectError(e, probe.host, probe.port);
        finish(r.status, r.detail);
      } else if (phase === 'tls') finish('tls-failed', tlsReason(e, probe.host, trusted));
    });
    raw.once('connect', () => {
      if (probe.protocol === 'tcp') {
        finish('reached', `connected to ${probe.host}:${probe.port}`);
        return;
      }
      phase = 'tls';
      secure = tlsConnect({
        socket: raw,
        // SNI takes a name, never an address; the certificate is still checked against the address.
        ...(isIP(probe.host) ? {} : { servername: probe.host }),
        host: probe.host,
        rejectUnauthorized: true,
        ...(trusted ? { ca: [...(options.ca ?? [])] } : {}),
      });
      secure.on('error', (e) => {
        if (phase === 'tls') finish('tls-failed', tlsReason(e, probe.host, trusted));
        else
          finish(
            'reached',
            `TLS verified; then ${codeOf(e) || 'an error'} during GET ${probe.path}`,
          );
      });
      secure.once('secureConnect', () => {
        if (!secure) return;
        if (probe.protocol === 'https' && probe.path) http(secure);
        else finish('reached', `TLS verified (${secure.getProtocol() ?? 'TLS'})`);
      });
    });
  });
}

/** Runs every probe, a few at a time, within the total budget; results in plan order. */
export async function runProbes(
  probes: readonly Probe[],
  options: ProbeOptions,
): Promise<ProbeResult[]> {
  const results: (ProbeResult | undefined)[] = probes.map(() => undefined);
  const budget = new AbortController();
  const deadline = setTimeout(() => budget.abort(), options.budgetMs);
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const i = next++;
      const probe = probes[i];
      if (!probe) continue;
      results[i] = budget.signal.aborted
        ? { probe, status: 'not-run', detail: 'not run: the total time budget was spent', ms: 0 }
        : await runProbe(probe, options, budget.signal);
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(options.concurrency, probes.length)) }, worker),
    );
  } finally {
    clearTimeout(deadline);
  }
  return results.filter((r): r is ProbeResult => r !== undefined);
}
