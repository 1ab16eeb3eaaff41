// The SMTP simulator as a real child process, for tests in other workspaces.
import { spawnSimulator } from '../spawn-simulator.ts';
import type { ReceivedMessage } from './mailbox.ts';
import type { SmtpFault } from './server.ts';

export interface RunningSmtpSimulator {
  /** The HTTP side. */
  url: string;
  /** Where to send mail, with the credentials: `smtp://user:password@127.0.0.1:port`. */
  smtpUrl: string;
  messages(): Promise<ReceivedMessage[]>;
  /** How many messages were offered (DATA finished), kept or not. */
  attempts(): Promise<number>;
  fault(fault: SmtpFault): Promise<void>;
  clear(): Promise<void>;
  output(): string;
  stop(): Promise<void>;
}

export const SMTP_SIMULATOR_USER = { user: 'tradewind', password: 'tradewind-smtp' } as const;

/** Starts `src/smtp/main.ts` on free ports and resolves once it listens. */
export async function startSmtpSimulator(options: { sizeLimit?: number } = {}): Promise<RunningSmtpSimulator> {
  const child = await spawnSimulator('src/smtp/main.ts', ['--port', '0', '--http-port', '0', ...(options.sizeLimit ? ['--size-limit', String(options.sizeLimit)] : [])]);
  const smtpAddress = / smtp:\/\/(\S+)/.exec(child.output())![1]!;
  const call = async <T>(method: string, path: string, body?: object): Promise<T> => {
    const response = await fetch(`${child.url}${path}`, { method, ...(body && { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
    if (!response.ok) throw new Error(`SMTP simulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<T>;
  };
  return {
    ...child,
    smtpUrl: `smtp://${SMTP_SIMULATOR_USER.user}:${SMTP_SIMULATOR_USER.password}@${smtpAddress}`,
    messages: () => call<ReceivedMessage[]>('GET', '/messages'),
    attempts: async () => (await call<{ count: number }>('GET', '/attempts')).count,
    fault: async (fault) => void (await call('POST', '/faults', fault)),
    clear: async () => void (await call('DELETE', '/messages')),
  };
}
