import type { FieldSpec } from '../xsd/xsd-fields.ts';
import { FIELDS } from './fields.generated.ts';

export type ElementName = keyof typeof FIELDS;
type Spec<E extends ElementName> = (typeof FIELDS)[E];
type RequiredKeys<E extends ElementName> = { [K in keyof Spec<E>]: Spec<E>[K] extends { required: true } ? K : never }[keyof Spec<E>];
type OptionalKeys<E extends ElementName> = Exclude<keyof Spec<E>, RequiredKeys<E>>;

/** The text values of one XSD element's fields, as they go into the XML; optional fields may be left out. */
export type ElementValues<E extends ElementName> = { [K in RequiredKeys<E>]: string } & { [K in OptionalKeys<E>]?: string };

export type OrderHead = ElementValues<'OrderHead'>;
export type OrderList = ElementValues<'OrderList'>;
export type InventoryHead = ElementValues<'InventoryHead'>;
export type InventoryList = ElementValues<'InventoryList'>;
export type InvtCancel = ElementValues<'InvtCancel'>;
export type WayBillHead = ElementValues<'WayBillHead'>;
export type WayBillList = ElementValues<'WayBillList'>;
export type SummaryApplyHead = ElementValues<'SummaryApplyHead'>;
export type SummaryApplyList = ElementValues<'SummaryApplyList'>;
export type InvtRefundHead = ElementValues<'InvtRefundHead'>;
export type InvtRefundList = ElementValues<'InvtRefundList'>;
export type BaseTransfer = ElementValues<'BaseTransfer'>;

export interface HeadAndLines<H, L> {
  head: H;
  lines: L[];
}

interface CebMessage<K extends string, D> {
  kind: K;
  /** Root guid (upper case, spec 2.x: 英文字母大写). */
  guid: string;
  documents: D[];
  transfer: BaseTransfer;
}

export type Ceb303Message = CebMessage<'CEB303', HeadAndLines<OrderHead, OrderList>>;
export type Ceb603Message = CebMessage<'CEB603', HeadAndLines<InventoryHead, InventoryList>>;
export type Ceb605Message = CebMessage<'CEB605', InvtCancel>;
export type Ceb607Message = CebMessage<'CEB607', HeadAndLines<WayBillHead, WayBillList>>;
export type Ceb701Message = CebMessage<'CEB701', HeadAndLines<SummaryApplyHead, SummaryApplyList>>;
export type Ceb213Message = CebMessage<'CEB213', HeadAndLines<InvtRefundHead, InvtRefundList>>;

export type AnyCebMessage = Ceb303Message | Ceb603Message | Ceb605Message | Ceb607Message | Ceb701Message | Ceb213Message;
export type CebKind = AnyCebMessage['kind'];

/** Which XSD elements make up each message's documents. */
export const MESSAGE_LAYOUT = {
  CEB303: { document: 'Order', head: 'OrderHead', lines: 'OrderList' },
  CEB603: { document: 'Inventory', head: 'InventoryHead', lines: 'InventoryList' },
  CEB605: { document: 'InvtCancel' },
  CEB607: { document: 'WayBill', head: 'WayBillHead', lines: 'WayBillList' },
  CEB701: { document: 'SummaryApply', head: 'SummaryApplyHead', lines: 'SummaryApplyList' },
  CEB213: { document: 'InvtRefund', head: 'InvtRefundHead', lines: 'InvtRefundList' },
} as const satisfies Record<CebKind, { document: string; head?: ElementName; lines?: ElementName }>;

export type FieldInfo = FieldSpec;

export const fieldsOf = (element: ElementName): Record<string, FieldInfo> => FIELDS[element] as Record<string, FieldInfo>;
