/** What the platform needs from a SQL database; one implementation per engine (PGlite, PostgreSQL). */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(work: (q: Queryable) => Promise<T>): Promise<T>;
  /** Calls `listener` with the payload of every NOTIFY on `channel`; returns an unsubscribe. */
  listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
