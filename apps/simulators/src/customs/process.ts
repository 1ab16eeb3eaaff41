// The single-window simulator as a real child process, for tests in other workspaces.
import { spawnSimulator } from '../spawn-simulator.ts';
import type { RejectableType } from './single-window.ts';

export interface SimDeclaration {
  messageGuid: string;
  type: string;
  orderNo: string;
  copNo: string;
  /** CEB701: the inventories it asks to summarise. */
  invtNos: string[];
  ebcCode: string;
  appType: string;
  /** How many times this message arrived (a resend after a lost answer counts, but is no new declaration). */
  received: number;
  statuses: string[];
}

export interface RunningCustomsSimulator {
  url: string;
  registerCertificate(copCode: string, certificate: string): Promise<void>;
  advanceClock(minutes: number): Promise<string>;
  rejectNext(count: number, reason: string, type?: RejectableType): Promise<void>;
  loseAnswers(count: number): Promise<void>;
  deliverMalformedReceipt(receiver: string): Promise<void>;
  declarations(): Promise<SimDeclaration[]>;
  output(): string;
  stop(): Promise<void>;
}

/** Starts `src/customs/main.ts` on `port` (default: a free one), its clock at `clockStart` (default: now), and resolves once it listens. */
export async function startCustomsSimulator(options: { port?: number; clockStart?: string } = {}): Promise<RunningCustomsSimulator> {
  const child = await spawnSimulator('src/customs/main.ts', ['--port', String(options.port ?? 0), ...(options.clockStart ? ['--clock-start', options.clockStart] : [])]);
  const admin = async (method: string, path: string, body?: object) => {
    const response = await fetch(`${child.url}/admin${path}`, { method, ...(body && { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
    if (!response.ok) throw new Error(`customs simulator admin ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return {
    ...child,
    registerCertificate: async (copCode, certificate) => void (await admin('POST', '/certificates', { copCode, certificate })),
    advanceClock: async (minutes) => ((await admin('POST', '/clock/advance', { minutes })) as { now: string }).now,
    rejectNext: async (count, reason, type) => void (await admin('POST', '/reject-next', { count, reason, type })),
    loseAnswers: async (count) => void (await admin('POST', '/faults', { loseAnswers: count })),
    deliverMalformedReceipt: async (receiver) => void (await admin('POST', '/receipts/malformed', { receiver })),
    declarations: async () => (await admin('GET', '/declarations')) as SimDeclaration[],
  };
}
