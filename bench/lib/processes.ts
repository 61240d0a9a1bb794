import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export interface Child {
  url: string;
  pid: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Sends a message to a child and waits for its answer of type `until`. */
export function ask(child: Child, message: object, until: string, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.process.off('message', onMessage);
      reject(new Error(`no ${until} from the child within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (m: { type?: string }) => {
      if (m?.type !== until) return;
      clearTimeout(timer);
      child.process.off('message', onMessage);
      resolve();
    };
    child.process.on('message', onMessage);
    child.process.send(message);
  });
}

/**
 * Forks a TypeScript entry (`node --import tsx file`) with IPC, waits for its `{ type: 'ready', url }`,
 * and gives a `stop()` that asks it to close, then kills it if it has not gone within `graceMs`.
 */
export function startChild(
  file: string,
  env: NodeJS.ProcessEnv,
  opts: { timeoutMs?: number; graceMs?: number; silent?: boolean; execArgv?: string[] } = {},
): Promise<Child> {
  const child = fork(file, [], {
    execArgv: ['--import', 'tsx', ...(opts.execArgv ?? [])],
    env,
    stdio: opts.silent ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), opts.graceMs ?? 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.connected) child.send({ type: 'stop' }, () => undefined);
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${file} did not start within ${opts.timeoutMs ?? 120_000} ms`));
    }, opts.timeoutMs ?? 120_000);
    child.on('message', (m: { type?: string; url?: string; pid?: number; message?: string }) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve({ url: m.url!, pid: m.pid ?? child.pid!, process: child, stop });
      } else if (m?.type === 'failed') {
        clearTimeout(timer);
        void stop();
        reject(new Error(`${file} failed to start: ${m.message}`));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited (${code ?? signal}) before it was ready`));
    });
  });
}

export interface Memory {
  /** Resident set size now, MiB. */
  rssMb: number;
  /** Peak resident set size (VmHWM), MiB. */
  peakMb: number;
}

/** VmRSS and VmHWM of a process, from /proc (Linux); null elsewhere or once it has exited. */
export function memoryOf(pid: number): Memory | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs`, keeping the highest seen (covers platforms without VmHWM). */
export class MemoryWatch {
  private timer: NodeJS.Timeout;
  peakMb = 0;

  constructor(
    private readonly pid: number,
    everyMs = 250,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  sample(): Memory | null {
    const m = memoryOf(this.pid);
    if (m) this.peakMb = Math.max(this.peakMb, m.rssMb, Number.isFinite(m.peakMb) ? m.peakMb : 0);
    return m;
  }

  stop() {
    clearInterval(this.timer);
  }
}

/** CPU time (user + system) a process has used so far, in milliseconds; null when it cannot be read. */
export function cpuMsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
