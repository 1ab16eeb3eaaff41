import { describe, expect, it } from 'vitest';
import type { ShipmentDoc } from '../collections/shipments.ts';
import type { StockEventDoc } from '../collections/stock-events.ts';
import { aReservation, aShipment } from '../testing/stock.ts';
import { validateDocument } from '../validate.ts';
import { businessRuleRefusal, existenceRefusal } from './index.ts';
import type { Doc } from './refusal.ts';

// Rules read documents as plain records.
const shipment: Doc & ShipmentDoc = { ...aShipment() };
const carton = shipment.cartons[0]!;
const reservation: Doc & StockEventDoc = { ...aReservation() };

describe('stock event rules', () => {
  it('accepts a new event and refuses any change or deletion of a recorded one', () => {
    expect(businessRuleRefusal('stockEvents', undefined, reservation)).toBeNull();
    expect(businessRuleRefusal('stockEvents', reservation, { ...reservation, quantity: 1 })).toEqual({ reason: 'stock_event_recorded', detail: 'e1' });
    expect(existenceRefusal('merchant_owner', 'stockEvents', 'delete', reservation)).toEqual({ reason: 'stock_event_recorded', detail: 'e1' });
  });

  it('needs the fields of its kind', () => {
    expect(validateDocument('stockEvents', reservation)).toBeNull();
    const { orderId: _, ...noOrder } = reservation;
    expect(validateDocument('stockEvents', noOrder)).toMatchObject({ message: expect.stringContaining('orderId') });
    expect(validateDocument('stockEvents', { ...reservation, kind: 'shipment_created' })).toMatchObject({ message: expect.stringContaining('shipmentId') });
    expect(validateDocument('stockEvents', { ...reservation, quantity: 0 })).toMatchObject({ path: '/quantity' });
  });
});

describe('shipment rules', () => {
  it('lets the device change or withdraw a shipment the provider does not hold yet', () => {
    expect(validateDocument('shipments', shipment)).toBeNull();
    expect(businessRuleRefusal('shipments', shipment, { ...shipment, mode: 'rail' })).toBeNull();
    expect(existenceRefusal('merchant_owner', 'shipments', 'delete', shipment)).toBeNull();
  });

  it('freezes what the provider was sent once it holds the inbound order', () => {
    const sent = { ...shipment, providerRef: 'RV0001', status: 'in_transit' };
    expect(businessRuleRefusal('shipments', sent, { ...sent, cartons: [carton, { ...carton, number: 'C2' }] })).toEqual({ reason: 'shipment_sent', detail: 'cartons' });
    expect(businessRuleRefusal('shipments', sent, { ...sent, warehouse: 'winit-ukma' })).toEqual({ reason: 'shipment_sent', detail: 'warehouse' });
    expect(existenceRefusal('merchant_owner', 'shipments', 'delete', sent)).toEqual({ reason: 'shipment_sent', detail: '_deleted' });
    expect(businessRuleRefusal('shipments', sent, { ...sent, eta: '2026-12-30' })).toBeNull();
  });

  it('refuses a carton without SKU lines', () => {
    expect(validateDocument('shipments', { ...shipment, cartons: [{ ...carton, lines: [] }] })).toMatchObject({ path: '/cartons/0/lines' });
  });
});
