import { describe, expect, it } from 'vitest';
import type { OrderDoc } from '../collections/orders.ts';
import { aQuote } from '../testing/orders.ts';
import { orderTotals } from '../orders/totals.ts';
import { businessRuleRefusal } from './index.ts';

const doc = (order: OrderDoc) => ({ ...order, _deleted: false }) as unknown as Record<string, unknown>;
const check = (master: OrderDoc | undefined, next: OrderDoc) => businessRuleRefusal('orders', master && doc(master), doc(next));
const deposit = { id: 'pay1', kind: 'deposit' as const, amount: 70_200, at: '2026-11-21T08:00:00.000Z' };

describe('orders: the platform enforces the lifecycle on device writes', () => {
  it('creates orders as quotes or confirmed; imported marketplace orders in their marketplace state', () => {
    expect(check(undefined, aQuote())).toBeNull();
    expect(check(undefined, aQuote({ status: 'confirmed' }))).toBeNull();
    expect(check(undefined, aQuote({ status: 'shipped' }))).toEqual({ reason: 'order_transition', detail: '→ shipped' });
    const imported = aQuote({ status: 'shipped', channel: 'amazon', externalRef: 'amazon:1' });
    const paid = { id: 'pay-balance', kind: 'balance' as const, amount: orderTotals(imported).total, at: '2026-11-21T08:00:00.000Z' };
    expect(check(undefined, { ...imported, payments: [paid] })).toBeNull();
    expect(check(undefined, { ...imported, status: 'completed', payments: [paid] })).toBeNull();
  });

  it('refuses an order created past its money: shipped with no deposit, completed and unpaid', () => {
    const imported = aQuote({ channel: 'amazon', externalRef: 'amazon:2' });
    expect(check(undefined, { ...imported, status: 'shipped' })).toEqual({ reason: 'deposit_not_received', detail: '→ shipped' });
    expect(check(undefined, { ...imported, status: 'completed', payments: [deposit] })).toEqual({ reason: 'balance_outstanding', detail: '→ completed' });
    expect(check(undefined, { ...imported, status: 'cancelled' })).toBeNull();
    expect(check(undefined, aQuote({ status: 'completed', payments: [deposit] }))).toEqual({ reason: 'order_transition', detail: '→ completed' });
  });

  it('allows the lifecycle steps and refuses jumps', () => {
    expect(check(aQuote(), aQuote({ status: 'confirmed' }))).toBeNull();
    expect(check(aQuote(), aQuote({ status: 'completed' }))).toEqual({ reason: 'order_transition', detail: 'quote → completed' });
    expect(check(aQuote({ status: 'cancelled' }), aQuote({ status: 'quote' }))).toMatchObject({ reason: 'order_transition' });
  });

  it('accepts a deposit and "deposit received" in one write, refuses the status without the money', () => {
    const confirmed = aQuote({ status: 'confirmed' });
    expect(check(confirmed, aQuote({ status: 'deposit_received', payments: [deposit] }))).toBeNull();
    expect(check(confirmed, aQuote({ status: 'deposit_received' }))).toEqual({ reason: 'deposit_not_received', detail: 'confirmed → deposit_received' });
  });

  it('keeps payments as events: adding is fine, changing or removing one is refused', () => {
    const withDeposit = aQuote({ status: 'confirmed', payments: [deposit] });
    expect(check(withDeposit, aQuote({ status: 'confirmed', payments: [deposit, { ...deposit, id: 'pay2', amount: 5 }] }))).toBeNull();
    expect(check(withDeposit, aQuote({ status: 'confirmed', payments: [{ ...deposit, amount: 1 }] }))).toEqual({ reason: 'order_payment_rewritten', detail: 'pay1' });
    expect(check(withDeposit, aQuote({ status: 'confirmed', payments: [] }))).toEqual({ reason: 'order_payment_rewritten', detail: 'pay1' });
  });

  it('freezes the number and, once in production, lines and prices', () => {
    expect(check(aQuote(), aQuote({ number: 'YJ04-000001' }))).toEqual({ reason: 'order_identity', detail: 'number' });
    const quote = aQuote();
    expect(check(quote, { ...quote, lines: [{ ...quote.lines[0]!, quantity: 300 }, quote.lines[1]!] })).toBeNull();
    const producing = aQuote({ status: 'in_production', payments: [deposit] });
    expect(check(producing, { ...producing, lines: [producing.lines[0]!] })).toEqual({ reason: 'order_locked', detail: 'lines' });
    expect(check(producing, { ...producing, notes: 'pack 12 per carton' })).toBeNull();
  });
});
