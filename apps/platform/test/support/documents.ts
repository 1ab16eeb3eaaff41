import { newId } from '@tradewind/domain';
import { aBuyer, aQuote } from '@tradewind/domain/testing';
import type { ReplicatedDoc } from '@tradewind/sync';
import { productFixture } from '../../../../test-support/product-fixture.ts';

/** `fields` as a device would push a document it just made: a fresh id and timestamps, not deleted. */
function madeNow(fields: Record<string, unknown>, overrides: Record<string, unknown>, id = newId()): ReplicatedDoc {
  const now = new Date().toISOString();
  return { ...fields, id, updatedAt: now, ...('createdAt' in fields ? { createdAt: now } : {}), ...overrides, _deleted: false };
}

/** A valid new product document as a device would create it. */
export function newProduct(overrides: Record<string, unknown> = {}): ReplicatedDoc {
  const id = newId();
  return madeNow(productFixture(id), overrides, id);
}

/** A valid new filing document as a device would create it. */
export function newFiling(overrides: Record<string, unknown> = {}): ReplicatedDoc {
  const fields = { kind: 'export-9710', status: 'draft', title: 'Test filing', orderIds: [], payload: {}, createdAt: '', revision: 1, customsStatus: 'none', receipts: [], messages: [] };
  return madeNow(fields, overrides);
}

let ordersMade = 0;

/**
 * A valid new fair quote of one line (200 × USD 6.50, so a 30 % deposit is USD 390.00), the domain's
 * test quote, with a number of its own (numbers are unique per tenant).
 */
export function newOrder(overrides: Record<string, unknown> = {}): ReplicatedDoc {
  const quote = aQuote();
  return madeNow({ ...quote, number: `TV01-${String(++ordersMade).padStart(6, '0')}`, lines: quote.lines.slice(0, 1) }, overrides);
}

/** A valid new buyer captured at a fair, the domain's test buyer. */
export function newBuyer(overrides: Record<string, unknown> = {}): ReplicatedDoc {
  return madeNow({ ...aBuyer() }, overrides);
}

/** A later edit of a document (new updatedAt plus the given fields). */
export function edited(doc: ReplicatedDoc, fields: Record<string, unknown>): ReplicatedDoc {
  return { ...doc, updatedAt: new Date(Date.now() + 1000).toISOString(), ...fields };
}

/** A document as the app inserts it into a local collection (RxDB keeps `_deleted` itself). */
export const local = ({ _deleted, ...doc }: ReplicatedDoc): Omit<ReplicatedDoc, '_deleted'> => doc;
