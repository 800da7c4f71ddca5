/** Stopping a server child process, and making sure it does not outlive this process. */
import type { ChildProcess } from 'node:child_process';

const STOP_GRACE_MS = 5_000;

/** SIGTERM, wait for exit, SIGKILL after STOP_GRACE_MS. */
export function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const killTimer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    if (!child.kill('SIGTERM') && (child.exitCode !== null || child.signalCode !== null)) {
      clearTimeout(killTimer);
      resolve();
    }
  });
}

const FATAL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Running FerretDB children of this process; the process-wide hooks below are installed while it is non-empty. */
const liveChildren = new Set<ChildProcess>();

const isAlive = (child: ChildProcess): boolean => child.exitCode === null && child.signalCode === null;

// Nothing asynchronous can run in an 'exit' listener, so no graceful stop there.
const killAllOnExit = (): void => {
  for (const child of liveChildren) if (isAlive(child)) child.kill('SIGKILL');
};

/**
 * A fatal signal nobody else handles would end this process and orphan the server: stop it,
 * then re-raise the signal without us (Node's default: terminate). When someone else listens
 * (the bot's graceful shutdown), the server is theirs to stop by closing the database, after
 * they are done with it. Installed first in line, so a `once` listener is still counted.
 */
const stopAllOnSignal = (signal: NodeJS.Signals): void => {
  if (process.listenerCount(signal) > 1) return;
  for (const child of liveChildren) if (isAlive(child)) child.kill('SIGTERM');
  for (const s of FATAL_SIGNALS) process.off(s, stopAllOnSignal);
  process.kill(process.pid, signal);
};

/**
 * Makes sure the child does not outlive this process: it gets SIGKILL on process 'exit', and
 * SIGTERM on a SIGINT/SIGTERM/SIGHUP that nothing else handles. (Nothing helps if this process
 * itself is SIGKILLed.)
 */
export function installExitGuard(child: ChildProcess): { dispose(): void } {
  if (liveChildren.size === 0) {
    process.on('exit', killAllOnExit);
    for (const s of FATAL_SIGNALS) process.prependListener(s, stopAllOnSignal);
  }
  liveChildren.add(child);
  return {
    dispose(): void {
      if (!liveChildren.delete(child) || liveChildren.size > 0) return;
      process.off('exit', killAllOnExit);
      for (const s of FATAL_SIGNALS) process.off(s, stopAllOnSignal);
    },
  };
}
