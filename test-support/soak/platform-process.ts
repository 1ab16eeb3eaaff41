/**
 * The platform as a real child process: `node --import tsx`, so the process that holds the
 * database is the one that gets SIGKILL (a `tsx` launcher would pass a kill on as a clean stop).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PORT_ATTEMPTS = 60;

export interface PlatformChild {
  url: string;
  /** The process that serves (and holds the database); changes with a restart. */
  pid(): number;
  /** SIGKILL, then a start on the same data and port. */
  killAndRestart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPlatformChild(options: { port: number; dataDir: string; databaseUrl?: string }): Promise<PlatformChild> {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess;
  let output = '';
  // While the platform is down, another process's outgoing connection may take its port for a while.
  const launch = async (): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await launchOnce();
      } catch (error) {
        if (!output.includes('EADDRINUSE') || attempt === PORT_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  };
  const launchOnce = async () => {
    output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'apps/platform/src/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        TRADEWIND_DATA_DIR: options.dataDir,
        TRADEWIND_CLIENT_DIR: '/nonexistent',
        ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATABASE_URL: '' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    // Generous: on a loaded machine PGlite's start (migrations, demo seed, recovery) takes minutes.
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`platform exited:\n${output.slice(-3000)}`);
      try {
        if ((await fetch(`${url}/api/health`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`platform not healthy:\n${output.slice(-3000)}`);
  };
  const exit = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  await launch();
  return {
    url,
    pid: () => child.pid!,
    async killAndRestart() {
      child.kill('SIGKILL');
      await exit();
      await launch();
    },
    async stop() {
      child.kill('SIGTERM');
      await exit();
    },
  };
}
