/**
 * The part of autocannon's programmatic API the bench uses. autocannon ships no types and
 * @types/autocannon describes 7.x; this is checked against 9.0.0's lib/init.js and lib/run.js.
 */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Options {
      url: string;
      method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
      headers?: Record<string, string>;
      body?: string | Buffer;
      connections?: number;
      /** Seconds. */
      duration?: number;
      timeout?: number;
    }

    interface Result {
      /** Responses whose status is not 2xx. */
      non2xx: number;
      errors: number;
      timeouts: number;
      /** Seconds the run lasted. */
      duration: number;
      '2xx': number;
    }

    /** An EventEmitter that is also the promise of the result (no callback passed). */
    interface Instance extends EventEmitter, PromiseLike<Result> {
      on(
        event: 'response',
        listener: (
          client: unknown,
          statusCode: number,
          resBytes: number,
          responseTime: number,
        ) => void,
      ): this;
    }
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
