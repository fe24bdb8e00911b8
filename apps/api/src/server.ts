/** Starts the server: reads the environment, builds the app, listens, and stops cleanly on signals. */
import { buildApp } from './app.js';
import { EnvError, loadConfig } from './env.js';
import { listeningLine, logDestination, resolveLogFormat } from './log.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const format = resolveLogFormat(config.logFormat, process.stdout.isTTY === true);
  const app = await buildApp({ config, logDestination: logDestination(format, process.stdout) });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  // Printed at any LOG_LEVEL: scripts and people wait for it.
  process.stdout.write(listeningLine(format, `http://${host}:${port}`));

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    // Give in-flight requests a moment; never hang forever.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: Ctrl+C under `npm start` reaches the server twice (from the terminal and
  // forwarded by scripts/run.mjs); the second must not kill a clean shutdown.
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof EnvError ? err.message : err);
  process.exit(1);
});
