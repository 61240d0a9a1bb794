import { ConfigError, loadConfig, type Config } from '../platform/config';
import { createLogger, type Logger } from '../platform/logger';

/** Loads configuration or exits with a message naming the bad variable. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

/** Runs `cleanup` once on Ctrl-C, SIGTERM or a fatal error, then exits. */
export function onShutdown(logger: Logger, cleanup: () => Promise<void>): void {
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    try {
      await cleanup();
    } catch (err) {
      logger.error({ err }, 'error while stopping');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    void stop(1);
  });
  process.on('unhandledRejection', (err) => {
    logger.fatal({ err }, 'unhandled rejection');
    void stop(1);
  });
}

export function cliLogger(config: Config): Logger {
  return createLogger(config.LOG_LEVEL);
}
