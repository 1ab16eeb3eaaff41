/** One unit of durable work, as stored in `jobs`. */
export interface Job<Payload = Record<string, unknown>> {
  id: string;
  kind: string;
  /** Unique: enqueueing the same key again adds nothing. */
  key: string;
  tenantId: string | null;
  payload: Payload;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
}

export interface NewJob {
  kind: string;
  key: string;
  tenantId?: string;
  payload: Record<string, unknown>;
  /** Not before this instant (default: now). */
  runAfter?: Date;
  maxAttempts?: number;
}

/** Thrown by a handler to say "not yet, try again later" without counting it as a failure's text. */
export class RetryLater extends Error {
  override readonly name = 'RetryLater';
}
