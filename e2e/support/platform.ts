import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningPlatform {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real platform process on a fresh embedded database, serving the built client
 * (apps/client/dist — `npm test` builds it first).
 */
export async function startPlatform(env: Record<string, string> = {}): Promise<RunningPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tradewind-e2e-'));
  const child: ChildProcess = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['apps/platform/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', TRADEWIND_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`platform did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Tradewind platform on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`platform exited with ${code}:\n${output}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The platform the tests of one spec file share: started before the first, stopped after the last. */
export function platformForFile(): { readonly url: string } {
  let running: RunningPlatform | undefined;
  test.beforeAll(async () => {
    running = await startPlatform();
  });
  test.afterAll(async () => {
    await running?.stop();
  });
  return {
    get url() {
      if (!running) throw new Error('the platform starts before the first test of the file');
      return running.url;
    },
  };
}
