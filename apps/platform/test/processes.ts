/** Real platform processes (`npx tsx apps/platform/src/main.ts`) for multi-process tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from './support/demo-accounts.ts';
import { sleep } from './support/sleep.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface PlatformProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (for failure messages). */
  output(): string;
  exited(): boolean;
  stop(): Promise<void>;
  /** SIGKILL to the whole process group: the platform dies mid-work, as in a power cut. */
  kill(): Promise<void>;
}

/**
 * Starts one platform process on `databaseUrl` (or, when it is undefined, on PGlite in
 * `env.TRADEWIND_DATA_DIR`); does not wait for it to be ready.
 */
export async function spawnPlatform(databaseUrl: string | undefined, env: Record<string, string> = {}): Promise<PlatformProcess> {
  const port = await freePort();
  const child = spawn('npx', ['tsx', 'apps/platform/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), TRADEWIND_CLIENT_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops npx's and tsx's children.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited: () => exited,
    async stop() {
      if (exited) return;
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    },
    async kill() {
      if (exited) return;
      signal('SIGKILL');
      await exit;
    },
  };
}

/** Waits until GET /api/health answers 200; throws with the process output if it exits or times out. */
export async function waitHealthy(platform: PlatformProcess, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (platform.exited()) throw new Error(`platform process exited before it was healthy:\n${platform.output().slice(-4000)}`);
    try {
      const response = await fetch(`${platform.url}/api/health`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`platform process not healthy after ${timeoutMs} ms:\n${platform.output().slice(-4000)}`);
}

export async function httpLogin(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD, deviceName: 'multi-process test' }),
  });
  if (response.status !== 200) throw new Error(`login ${username} on ${baseUrl}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}
