import { setTimeout as sleep } from 'node:timers/promises';
import type { WarehouseProviderId } from '@tradewind/domain';
import { backoffMs } from '../jobs/queue.ts';
import { WarehouseError } from './errors.ts';

const DEFAULT_TIMEOUT_MS = 15_000;
const RATE_LIMIT_ATTEMPTS = 6;
const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 2_000;

export interface ProviderResponse {
  status: number;
  /** The provider's `Date` header as ISO, or the time we read the answer. */
  date: string;
  body: unknown;
}

/**
 * One call to a provider: a timeout, 429 waited out with backoff (then `rate_limited`), timeouts,
 * network failures and 5xx as `unavailable`, a body that is not JSON as `protocol`. Other statuses
 * come back for the adapter to read in its provider's terms.
 */
export async function callProvider(provider: WarehouseProviderId, url: string, init: RequestInit, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ProviderResponse> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      text = await response.text();
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `cannot reach ${new URL(url).host}: ${(error as Error).message}`;
      throw new WarehouseError(provider, 'unavailable', reason);
    }
    if (response.status === 429) {
      if (attempt >= RATE_LIMIT_ATTEMPTS) throw new WarehouseError(provider, 'rate_limited', `still over the rate limit after ${attempt} attempts`);
      await sleep(backoffMs(attempt, FIRST_BACKOFF_MS, MAX_BACKOFF_MS));
      continue;
    }
    if (response.status >= 500) throw new WarehouseError(provider, 'unavailable', `HTTP ${response.status}`);
    let body: unknown;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      throw new WarehouseError(provider, 'protocol', `HTTP ${response.status} answer is not JSON: ${text.slice(0, 120)}`);
    }
    const header = response.headers.get('date');
    const date = new Date(header && !Number.isNaN(Date.parse(header)) ? Date.parse(header) : Date.now()).toISOString();
    return { status: response.status, date, body };
  }
}

export function jsonInit(body: string, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body };
}
