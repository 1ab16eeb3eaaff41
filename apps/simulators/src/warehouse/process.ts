// The simulator as a real child process, for tests and benchmarks in other workspaces.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Faults } from './faults.ts';
import type { SimProvider } from './seed.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_SEED = fileURLToPath(new URL('../../seeds/warehouse-demo.json', import.meta.url));

export interface SimInboundSummary {
  provider: SimProvider;
  accountId: string;
  code: string;
  sellerRef: string;
  warehouse: string;
  stage: string;
  lostCartons: string[];
}

export interface RunningSimulator {
  url: string;
  advanceClock(days: number): Promise<string>;
  setFaults(provider: SimProvider, faults: Partial<Faults>): Promise<void>;
  clearFaults(provider: SimProvider): Promise<void>;
  inboundOrders(): Promise<SimInboundSummary[]>;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `main.ts` on a free loopback port and resolves once it prints its address. */
export async function startWarehouseSimulator(seed = DEMO_SEED, timeoutMs = 30_000): Promise<RunningSimulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/warehouse/main.ts', '--port', '0', '--seed', seed], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`warehouse simulator did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /warehouse simulators on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => reject(new Error(`warehouse simulator exited:\n${output}`)));
  });
  const admin = async (method: string, path: string, body?: object) => {
    const response = await fetch(`${url}/admin${path}`, { method, ...(body && { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
    if (!response.ok) throw new Error(`simulator admin ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    url,
    advanceClock: async (days) => ((await admin('POST', '/clock/advance', { days })) as { now: string }).now,
    setFaults: async (provider, faults) => void (await admin('PUT', `/faults/${provider}`, faults)),
    clearFaults: async (provider) => void (await admin('DELETE', `/faults/${provider}`)),
    inboundOrders: async () => (await admin('GET', '/inbound')) as SimInboundSummary[],
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
