import type { FieldSpec } from '../xsd/xsd-fields.ts';
import { FIELDS } from './fields.generated.ts';

export type ElementName = keyof typeof FIELDS;
type Spec<E extends ElementName> = (typeof FIELDS)[E];
type RequiredKeys<E extends ElementName> = { [K in keyof Spec<E>]: Spec<E>[K] extends { required: true } ? K : never }[keyof Spec<E>];
type OptionalKeys<E extends ElementName> = Exclude<keyof Spec<E>, RequiredKeys<E>>;

/** The text values of one XSD element's fields, as they go into the XML; optional fields may be left out. */
export type ElementValues<E extends ElementName> = { [K in RequiredKeys<E>]: string } & { [K in OptionalKeys<E>]?: string };

/** Which XSD elements make up each message's documents. */
export const MESSAGE_LAYOUT = {
  CEB303: { document: 'Order', head: 'OrderHead', lines: 'OrderList' },
  CEB603: { document: 'Inventory', head: 'InventoryHead', lines: 'InventoryList' },
  CEB605: { document: 'InvtCancel' },
  CEB607: { document: 'WayBill', head: 'WayBillHead', lines: 'WayBillList' },
  CEB701: { document: 'SummaryApply', head: 'SummaryApplyHead', lines: 'SummaryApplyList' },
  CEB213: { document: 'InvtRefund', head: 'InvtRefundHead', lines: 'InvtRefundList' },
} as const satisfies Record<string, { document: string; head?: ElementName; lines?: ElementName }>;

export type CebKind = keyof typeof MESSAGE_LAYOUT;

export interface HeadAndLines<H, L> {
  head: H;
  lines: L[];
}

/** A lined message's document is its head and lines; a flat one's is the element it names. */
type DocumentOfLayout<L> = L extends { head: infer H extends ElementName; lines: infer Lines extends ElementName }
  ? HeadAndLines<ElementValues<H>, ElementValues<Lines>>
  : L extends { document: infer D extends ElementName }
    ? ElementValues<D>
    : never;

/** The message of one kind, its documents shaped by `MESSAGE_LAYOUT`. */
export interface CebMessage<K extends CebKind> {
  kind: K;
  /** Root guid (upper case, spec 2.x: 英文字母大写). */
  guid: string;
  documents: DocumentOfLayout<(typeof MESSAGE_LAYOUT)[K]>[];
  transfer: ElementValues<'BaseTransfer'>;
}

export type AnyCebMessage = { [K in CebKind]: CebMessage<K> }[CebKind];

export type FieldInfo = FieldSpec;

export const fieldsOf = (element: ElementName): Record<string, FieldInfo> => FIELDS[element] as Record<string, FieldInfo>;
