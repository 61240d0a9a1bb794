import { spawn } from 'node:child_process';

/**
 * Starts a tiny detached shell that waits for this Node process to end and then signals the
 * given processes. Ctrl-C and normal exits stop children through our own handlers; this guard
 * covers the rest (a crash, SIGKILL of the parent) so no `postgres` or `meilisearch` is orphaned.
 */
export function guardChildProcess(pid: number, signal: 'INT' | 'TERM' = 'TERM'): void {
  const parent = process.pid;
  const script = `while kill -0 ${parent} 2>/dev/null; do sleep 1; done; kill -${signal} ${pid} 2>/dev/null; exit 0`;
  const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
  child.unref();
}
