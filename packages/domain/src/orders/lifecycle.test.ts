import { describe, expect, it } from 'vitest';
import { nextStatuses, transitionBlocker } from './lifecycle.ts';
import { lineAmount } from './lines.ts';
import { canRecordPayment, recordPayment, suggestedPayment } from './payments.ts';
import { aQuote } from '../testing/orders.ts';
import { orderTotals } from './totals.ts';

const deposit = (amount: number) => ({ id: `d${amount}`, kind: 'deposit' as const, amount, at: '2026-11-21T08:00:00.000Z' });
const balance = (amount: number) => ({ id: `b${amount}`, kind: 'balance' as const, amount, at: '2026-12-21T08:00:00.000Z' });

describe('orderTotals', () => {
  it('adds lines and freight, asks the deposit percent of the total, and counts payments by kind', () => {
    const order = aQuote({ freight: 16_000, payments: [deposit(50_000), balance(10_000)] });
    expect(orderTotals(order)).toEqual({ subtotal: 234_000, freight: 16_000, total: 250_000, depositDue: 75_000, depositPaid: 50_000, balancePaid: 10_000, paid: 60_000, balanceDue: 190_000 });
  });

  it('rounds the deposit to a minor unit and never shows a negative balance', () => {
    const odd = aQuote({ lines: [{ id: 'l', productId: 'p', sku: 'S', name: 'n', quantity: 1, unitPrice: 1001 }], depositPercent: 30, payments: [balance(2000)] });
    expect(orderTotals(odd)).toMatchObject({ depositDue: 300, balanceDue: 0 });
  });
});

describe('order lifecycle', () => {
  it('moves a quote only to confirmed or cancelled', () => {
    expect(nextStatuses(aQuote())).toEqual(['confirmed', 'cancelled']);
    expect(transitionBlocker(aQuote(), 'shipped')).toBe('order_transition');
  });

  it('needs the deposit recorded before "deposit received" and before production', () => {
    const confirmed = aQuote({ status: 'confirmed' });
    expect(transitionBlocker(confirmed, 'deposit_received')).toBe('deposit_not_received');
    expect(transitionBlocker(confirmed, 'in_production')).toBe('deposit_not_received');
    expect(nextStatuses(confirmed)).toEqual(['cancelled']);
    const paid = { ...confirmed, payments: [deposit(70_200)] };
    expect(nextStatuses(paid)).toEqual(['deposit_received', 'cancelled']);
  });

  it('lets an order without deposit terms go straight into production', () => {
    expect(nextStatuses(aQuote({ status: 'confirmed', depositPercent: 0 }))).toEqual(['in_production', 'cancelled']);
  });

  it('completes a shipped order only when the balance is paid', () => {
    const shipped = aQuote({ status: 'shipped', payments: [deposit(70_200)] });
    expect(transitionBlocker(shipped, 'completed')).toBe('balance_outstanding');
    expect(transitionBlocker({ ...shipped, payments: [deposit(70_200), balance(163_800)] }, 'completed')).toBeNull();
  });

  it('ends at completed and cancelled', () => {
    expect(nextStatuses(aQuote({ status: 'completed' }))).toEqual([]);
    expect(nextStatuses(aQuote({ status: 'cancelled' }))).toEqual([]);
  });
});

describe('recordPayment', () => {
  it('appends the payment event and moves a confirmed order on when the deposit is covered', () => {
    const confirmed = aQuote({ status: 'confirmed' });
    expect(recordPayment(confirmed, deposit(40_000))).toEqual({ payments: [deposit(40_000)], status: 'confirmed' });
    const covered = recordPayment({ ...confirmed, payments: [deposit(40_000)] }, deposit(30_200));
    expect(covered).toEqual({ payments: [deposit(40_000), deposit(30_200)], status: 'deposit_received' });
  });

  it('keeps the status for a balance payment and refuses an amount that is not positive whole minor units', () => {
    expect(recordPayment(aQuote({ status: 'shipped' }), balance(100)).status).toBe('shipped');
    expect(() => recordPayment(aQuote(), deposit(0))).toThrow(RangeError);
    expect(() => recordPayment(aQuote(), { ...deposit(1), amount: 1.5 })).toThrow(RangeError);
  });
});

describe('payments the order page offers', () => {
  it('records payments only between confirmation and full payment, never on a quote or a cancelled order', () => {
    expect(canRecordPayment(aQuote())).toBe(false);
    expect(canRecordPayment(aQuote({ status: 'confirmed' }))).toBe(true);
    expect(canRecordPayment(aQuote({ status: 'cancelled' }))).toBe(false);
    expect(canRecordPayment(aQuote({ status: 'shipped', payments: [balance(234_000)] }))).toBe(false);
  });

  it('proposes the deposit still outstanding, then the balance', () => {
    expect(suggestedPayment(aQuote({ status: 'confirmed' }))).toEqual({ kind: 'deposit', amount: 70_200 });
    expect(suggestedPayment(aQuote({ status: 'confirmed', payments: [deposit(50_000)] }))).toEqual({ kind: 'deposit', amount: 20_200 });
    expect(suggestedPayment(aQuote({ status: 'in_production', payments: [deposit(70_200)] }))).toEqual({ kind: 'balance', amount: 163_800 });
  });

  it('prices a line as quantity times unit price', () => {
    expect(lineAmount({ quantity: 200, unitPrice: 650 })).toBe(130_000);
  });
});
