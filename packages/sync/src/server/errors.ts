/** An error the platform answers with `{error:{code,message}}` and the given HTTP status. */
export class SyncError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
