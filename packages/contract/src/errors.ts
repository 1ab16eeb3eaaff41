/** Every error code the platform answers with, by the endpoints that give it. */
export const ERROR_CODES = {
  /** Any endpoint. */
  any: ['bad_request', 'not_found', 'too_large', 'internal', 'unauthorized', 'device_revoked', 'forbidden', 'no_tenant'],
  login: ['bad_credentials', 'locked_out', 'too_many_attempts', 'pending_approval', 'registration_rejected', 'bad_device_key'],
  refresh: ['bad_refresh_token', 'bad_proof', 'device_key_required', 'too_many_attempts'],
  registration: ['invalid_uscc', 'already_registered', 'code_taken', 'too_many_attempts', 'bad_credentials', 'not_rejected'],
  adminRegistrations: ['unknown_registration'],
  merchantIdentity: ['unknown_merchant', 'invalid_uscc', 'uscc_taken', 'bad_identity'],
  devices: ['unknown_device'],
  rates: ['no_rates'],
  parkConsole: [
    'bad_announcement',
    'unknown_merchants',
    'unknown_announcement',
    'bad_attachment',
    'unsupported_attachment',
    'attachment_not_its_type',
    'unknown_alert',
    'alert_transition',
    'unknown_merchant',
    'unknown_contest',
    'contest_answered',
    'merchant_only',
  ],
  images: ['bad_digest', 'unsupported_image', 'not_an_image', 'digest_mismatch', 'image_quota', 'rate_limited'],
  customsCredentials: ['owner_only', 'bad_signing_credentials', 'no_signing_credentials'],
  warehouseAccounts: ['owner_only', 'unknown_provider', 'bad_warehouse_account'],
  sync: [
    'unknown_collection',
    'bad_checkpoint',
    'sync_epoch_changed',
    'bad_batch_size',
    'bad_push',
    'too_deep',
    'rate_limited',
    'over_budget',
    'missing_image_data',
    'bad_schema_version',
    'schema_outdated',
    'schema_ahead',
  ],
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES][number];

/** The body of every non-2xx answer. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * A platform answer that is not 2xx, on both sides: the platform throws it and answers
 * `{error:{code,message}}` with `status`; the client's `Transport` rebuilds it from that answer
 * (`http_<status>` when the body names no code).
 */
export class PlatformError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | `http_${number}`,
    message: string,
    /** Extra answer details, e.g. `retryAfter` seconds for a 429. */
    readonly details: { retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}
