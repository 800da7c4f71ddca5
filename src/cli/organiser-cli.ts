import { ConfigError } from '../config.js';
import { OrganiserAuthError } from '../plans/organiser-tokens.js';

/** Prints an organiser CLI's usage and exits 64 (EX_USAGE). */
export function exitWithUsage(usage: string): never {
  console.error(usage);
  process.exit(64);
}

/**
 * Runs an organiser CLI's main: a refused token exits 77 (EX_NOPERM), a bad configuration 78
 * (EX_CONFIG), each with its own message; anything else 1.
 */
export function runOrganiserCli(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof OrganiserAuthError || err instanceof ConfigError) {
      console.error(err.message);
      process.exit(err instanceof OrganiserAuthError ? 77 : 78);
    }
    console.error('failed:', err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
