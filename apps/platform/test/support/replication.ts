import type { Checkpoint, PullResponse, PushRow, ReplicatedDoc } from '@tradewind/sync';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { api } from './http.ts';
import { sleep } from './sleep.ts';

export function pullUrl(collection: string, checkpoint: Checkpoint | null | string = null, batchSize?: number | string): string {
  const query = new URLSearchParams();
  if (checkpoint !== null) query.set('checkpoint', typeof checkpoint === 'string' ? checkpoint : JSON.stringify(checkpoint));
  if (batchSize !== undefined) query.set('batchSize', String(batchSize));
  const qs = query.toString();
  return `/api/sync/${collection}/pull${qs ? `?${qs}` : ''}`;
}

/** One pull page; fails the test unless it is a 200. */
export async function pull(app: FastifyInstance, token: string, collection: string, checkpoint: Checkpoint | null = null, batchSize?: number): Promise<PullResponse> {
  const response = await api<PullResponse>(app, 'GET', pullUrl(collection, checkpoint, batchSize), { token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** Pulls pages from `checkpoint` until the platform has nothing more; returns everything and the last checkpoint. */
export async function pullAll(app: FastifyInstance, token: string, collection: string, checkpoint: Checkpoint | null = null, batchSize = 1000): Promise<PullResponse> {
  const documents: ReplicatedDoc[] = [];
  let position = checkpoint;
  for (;;) {
    const page = await pull(app, token, collection, position, batchSize);
    documents.push(...page.documents);
    position = page.checkpoint;
    if (page.documents.length < batchSize) return { documents, checkpoint: position };
  }
}

/**
 * Pulls everything from `checkpoint`, retrying until `until` holds (or 5 s pass). On PostgreSQL a
 * committed change is handed out only once every older transaction of the cluster has finished,
 * so a test running in parallel that holds a transaction open may delay it; it may never be lost.
 */
export async function pullAllUntil(
  app: FastifyInstance,
  token: string,
  collection: string,
  checkpoint: Checkpoint | null,
  until: (documents: ReplicatedDoc[]) => boolean,
  timeoutMs = 5000,
): Promise<PullResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await pullAll(app, token, collection, checkpoint);
    if (until(result.documents) || Date.now() > deadline) return result;
    await sleep(50);
  }
}

/** Pushes rows; fails the test unless it is a 200; returns the conflicts. */
export async function push(app: FastifyInstance, token: string, collection: string, rows: PushRow[]): Promise<ReplicatedDoc[]> {
  const response = await api<ReplicatedDoc[]>(app, 'POST', `/api/sync/${collection}/push`, { token, body: rows });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

export const ids = (docs: { id: string }[]): string[] => docs.map((doc) => doc.id).sort();
