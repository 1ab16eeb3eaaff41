/** An error the platform answers with `{error:{code,message}}` and the given HTTP status. */
export class SyncError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra answer details, e.g. `retryAfter` seconds for a 429. */
    readonly details: { retryAfter?: number } = {},
  ) {
    super(message);
  }
}
