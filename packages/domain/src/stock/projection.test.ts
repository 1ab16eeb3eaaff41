import { describe, expect, it } from 'vitest';
import { InvalidStockError, type StockSnapshot } from './buckets.ts';
import { projectStock, type StockEvent } from './projection.ts';

const snapshot: StockSnapshot = {
  sku: 'YJ-KN-001',
  warehouse: 'gc-us-east',
  provider: 'goodcang',
  sellable: 10,
  reserved: 1,
  inbound: 0,
  pendingPutaway: 3,
  unsellable: 0,
  asOf: '2026-11-20T08:00:00Z',
};

describe('projectStock', () => {
  it('shows an offline order as a reservation taken from sellable', () => {
    const events: StockEvent[] = [{ kind: 'reservation', id: 'e1', at: '2026-11-21T09:00:00Z', orderId: 'o1', sku: 'YJ-KN-001', warehouse: 'gc-us-east', quantity: 4 }];
    const [row] = projectStock([snapshot], events);
    expect(row).toMatchObject({ sellable: 6, reserved: 5, oversold: 0, pendingEvents: 1, asOf: snapshot.asOf });
  });

  it('counts reservations beyond sellable as oversold instead of negative stock', () => {
    const events: StockEvent[] = [
      { kind: 'reservation', id: 'e1', at: '2026-11-21T09:00:00Z', orderId: 'o1', sku: 'YJ-KN-001', warehouse: 'gc-us-east', quantity: 8 },
      { kind: 'reservation', id: 'e2', at: '2026-11-21T10:00:00Z', orderId: 'o2', sku: 'YJ-KN-001', warehouse: 'gc-us-east', quantity: 5 },
    ];
    expect(projectStock([snapshot], events)[0]).toMatchObject({ sellable: 0, reserved: 14, oversold: 3 });
  });

  it('adds a created shipment to inbound, also for a SKU the warehouse has never held', () => {
    const events: StockEvent[] = [
      {
        kind: 'shipment_created',
        id: 'e1',
        at: '2026-11-21T09:00:00Z',
        shipmentId: 's1',
        warehouse: 'gc-us-east',
        lines: [
          { sku: 'YJ-KN-001', quantity: 60 },
          { sku: 'YJ-KN-NEW', quantity: 24 },
        ],
      },
    ];
    const rows = projectStock([snapshot], events);
    expect(rows.find((row) => row.sku === 'YJ-KN-001')?.inbound).toBe(60);
    expect(rows.find((row) => row.sku === 'YJ-KN-NEW')).toMatchObject({ inbound: 24, sellable: 0, asOf: null, pendingEvents: 1 });
  });

  it('applies an adjustment request to its bucket, never below zero', () => {
    const events: StockEvent[] = [
      { kind: 'adjustment_request', id: 'e1', at: '2026-11-21T09:00:00Z', sku: 'YJ-KN-001', warehouse: 'gc-us-east', bucket: 'unsellable', delta: 2, reason: 'damaged' },
      { kind: 'adjustment_request', id: 'e2', at: '2026-11-21T10:00:00Z', sku: 'YJ-KN-001', warehouse: 'gc-us-east', bucket: 'sellable', delta: -12, reason: 'count' },
    ];
    expect(projectStock([snapshot], events)[0]).toMatchObject({ unsellable: 2, sellable: 0 });
  });

  it('refuses events with zero, negative or fractional units, or no time, naming the event', () => {
    const reservation: StockEvent = { kind: 'reservation', id: 'e1', at: '2026-11-21T09:00:00Z', orderId: 'o1', sku: 'YJ-KN-001', warehouse: 'gc-us-east', quantity: 0 };
    expect(() => projectStock([snapshot], [reservation])).toThrow(/e1 \(reservation\) needs whole/);
    expect(() => projectStock([snapshot], [{ ...reservation, quantity: 1.5 }])).toThrow(InvalidStockError);
    expect(() => projectStock([snapshot], [{ kind: 'shipment_created', id: 'e2', at: '2026-11-21T09:00:00Z', shipmentId: 's', warehouse: 'w', lines: [{ sku: 'A', quantity: -3 }] }])).toThrow(/e2/);
    expect(() => projectStock([snapshot], [{ ...reservation, quantity: 1, at: 'soon' }])).toThrow(/no valid time/);
  });

  it('leaves the snapshot as it is without events, and other warehouses untouched', () => {
    const other = { ...snapshot, warehouse: 'winit-uk' };
    const events: StockEvent[] = [{ kind: 'reservation', id: 'e1', at: '2026-11-21T09:00:00Z', orderId: 'o1', sku: 'YJ-KN-001', warehouse: 'gc-us-east', quantity: 1 }];
    expect(projectStock([snapshot, other], events)[1]).toMatchObject({ sellable: 10, reserved: 1, pendingEvents: 0 });
    expect(projectStock([snapshot], [])[0]).toMatchObject({ sellable: 10, reserved: 1, pendingPutaway: 3 });
  });
});
