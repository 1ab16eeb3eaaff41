import type { WarehouseProviderId } from '@tradewind/domain';

/**
 * - credentials: the provider refused the key, token or signature; the merchant must fix the connection.
 * - rate_limited: still over the provider's limit after waiting and retrying; try later.
 * - unavailable: timeout, network failure or 5xx; try later.
 * - bad_request: the provider refused what we sent (unknown warehouse, mode it does not offer, bad field).
 * - not_found: no such inbound order.
 * - protocol: an answer we cannot read; a provider change or a bug.
 */
export type WarehouseErrorKind = 'credentials' | 'rate_limited' | 'unavailable' | 'bad_request' | 'not_found' | 'protocol';

const RETRYABLE: ReadonlySet<WarehouseErrorKind> = new Set(['rate_limited', 'unavailable']);

export class WarehouseError extends Error {
  override readonly name = 'WarehouseError';
  readonly retryable: boolean;

  constructor(
    readonly provider: WarehouseProviderId,
    readonly kind: WarehouseErrorKind,
    message: string,
  ) {
    super(`${provider}: ${kind}: ${message}`);
    this.retryable = RETRYABLE.has(kind);
  }
}

export function isWarehouseError(error: unknown, kind?: WarehouseErrorKind): error is WarehouseError {
  return error instanceof WarehouseError && (kind === undefined || error.kind === kind);
}
