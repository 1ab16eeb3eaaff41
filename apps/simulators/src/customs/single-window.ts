import { randomUUID } from 'node:crypto';
import { buildReceipt, EnvelopeError, legalUnitsFor, unwrap, wrap, type ReceiptType } from '@tradewind/customs';
import { verifyMessage } from '@tradewind/customs/signing';
import { validateMessage } from '@tradewind/customs/xsd';
import { VirtualClock } from '../warehouse/clock.ts';
import { readDeclaration, type ReceivedDeclaration } from './declaration-fields.ts';
import { minutes, walkOf } from './timeline.ts';

/** The single window's own DXP id, the sender of its receipts (customs-facts §1.5, mock value). */
export const SINGLE_WINDOW_SENDER = 'DXPEDCCEB0000003';

/** A DXP refusal of the message itself: no receipt, the sender is told at once. */
export class DxpRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Declared {
  declaration: ReceivedDeclaration;
  senderId: string;
  serial: number;
  /** How many times this message (by guid) arrived. */
  received: number;
  receivedAt: number;
  statuses: string[];
}

interface Delivery {
  id: string;
  receiver: string;
  dueAt: number;
  xml: string;
}

const RECEIPT_OF: Record<string, ReceiptType> = { CEB303: 'CEB304', CEB603: 'CEB604', CEB605: 'CEB606' };

/** The single window's state: registered certificates, declarations received, receipts to deliver. */
export function createSingleWindow() {
  const clock = new VirtualClock();
  const certificates = new Map<string, string>();
  const declared = new Map<string, Declared>();
  let deliveries: Delivery[] = [];
  let rejectNext: { count: number; reason: string } = { count: 0, reason: '' };
  let serial = 0;

  const schedule = (entry: Declared, status: string, dueAt: number, message: string) => {
    const { declaration } = entry;
    const type = RECEIPT_OF[declaration.type]!;
    const invtNo = `${declaration.customsCode || '0000'}${new Date(entry.receivedAt).getUTCFullYear()}E${String(entry.serial).padStart(9, '0')}`;
    const preNo = `B${String(entry.serial).padStart(17, '0')}`;
    const documents =
      type === 'CEB304'
        ? { ebpCode: declaration.ebpCode, ebcCode: declaration.ebcCode, orderNo: declaration.orderNo }
        : type === 'CEB604'
          ? {
              agentCode: declaration.agentCode,
              copNo: declaration.copNo,
              preNo,
              invtNo,
              ebcCode: declaration.ebcCode,
              ebpCode: declaration.ebpCode,
              orderNo: declaration.orderNo,
              statisticsFlag: declaration.statisticsFlag,
            }
          : { agentCode: declaration.agentCode, copNo: declaration.copNo, preNo, invtNo: declaration.invtNo };
    const receipt = buildReceipt(type, randomUUID().toUpperCase(), [{ guid: declaration.documentGuid, documents, at: new Date(dueAt).toISOString(), message, status } as never]);
    const xml = wrap(receipt, { copMsgId: randomUUID(), senderId: SINGLE_WINDOW_SENDER, receiverIds: [entry.senderId], createdAt: new Date(dueAt).toISOString() });
    deliveries.push({ id: randomUUID(), receiver: entry.senderId, dueAt, xml });
    entry.statuses.push(status);
  };

  /** Business rules (spec §7 negative codes): unknown enterprise, an order number already declared, legal unit not the HS code's. */
  const businessError = (declaration: ReceivedDeclaration): { status: string; message: string } | undefined => {
    if (!certificates.has(declaration.ebcCode)) return { status: '-10102', message: `无效企业代码 ${declaration.ebcCode}` };
    if (declaration.appType === '1') {
      // The business key: the order number, for a cancel the inventory it cancels.
      const key = (d: ReceivedDeclaration) => `${d.type} ${d.ebcCode} ${d.type === 'CEB605' ? d.invtNo : d.orderNo}`;
      const earlier = [...declared.values()].find((other) => key(other.declaration) === key(declaration) && !other.statuses.some((s) => s === '100' || s.startsWith('-')));
      if (earlier)
        return declaration.type === 'CEB303'
          ? { status: '-301010', message: `已存在相同编号的订单 ${declaration.orderNo}` }
          : { status: '-621004', message: `清单${declaration.copNo}已经申报过，请勿重复申报` };
    }
    for (const line of declaration.lines) {
      const legal = legalUnitsFor(line.gcode);
      if (legal && legal.unit1 !== line.unit1) return { status: '-621001', message: `清单报文校验失败，第${line.gnum}项法定计量单位${line.unit1}与商品编码${line.gcode}的${legal.unit1}不符` };
    }
    return undefined;
  };

  return {
    clock,
    registerCertificate(copCode: string, certificate: string) {
      certificates.set(copCode, certificate);
    },
    rejectNext(count: number, reason: string) {
      rejectNext = { count, reason };
    },
    /** Checks and takes one DxpMsg; `duplicate` when this message guid arrived before. */
    async receive(envelope: string): Promise<'accepted' | 'duplicate'> {
      let opened: ReturnType<typeof unwrap>;
      try {
        opened = unwrap(envelope);
      } catch (error) {
        if (error instanceof EnvelopeError) throw new DxpRefusal(error.dxpCode, error.message);
        throw error;
      }
      const schema = await validateMessage(opened.messageXml, 'message.xml');
      if (!schema.valid) throw new DxpRefusal('0002', `schema: ${schema.errors[0]?.message ?? 'invalid'}`);
      const declaration = readDeclaration(opened.messageXml);
      if (!RECEIPT_OF[declaration.type]) throw new DxpRefusal('0999', `${declaration.type} is not a declaration this single window takes`);
      const certificate = certificates.get(declaration.copCode);
      if (!certificate) throw new DxpRefusal('1001', `no certificate registered for ${declaration.copCode}`);
      const verified = verifyMessage(opened.messageXml, certificate);
      if (!verified.ok) throw new DxpRefusal(verified.dxpCode, `signature: ${verified.reason} (${verified.detail})`);
      const known = declared.get(declaration.messageGuid);
      if (known) {
        known.received++;
        return 'duplicate';
      }
      const entry: Declared = { declaration, senderId: opened.info.senderId, serial: ++serial, received: 1, receivedAt: clock.nowMs(), statuses: [] };
      const refused = businessError(declaration);
      declared.set(declaration.messageGuid, entry);
      if (refused) {
        schedule(entry, refused.status, clock.nowMs(), refused.message);
        return 'accepted';
      }
      const rejection = declaration.type === 'CEB603' && rejectNext.count > 0 ? rejectNext.reason : undefined;
      if (rejection !== undefined) rejectNext = { ...rejectNext, count: rejectNext.count - 1 };
      for (const step of walkOf(declaration, entry.serial, rejection)) schedule(entry, step.status, entry.receivedAt + minutes(step.afterMinutes), step.message);
      return 'accepted';
    },
    /** Receipts due by the virtual clock for one receiver, oldest first, until acknowledged. */
    receiptsFor(receiver: string): { id: string; xml: string }[] {
      const now = clock.nowMs();
      return deliveries
        .filter((delivery) => delivery.receiver === receiver && delivery.dueAt <= now)
        .sort((a, b) => a.dueAt - b.dueAt)
        .map(({ id, xml }) => ({ id, xml }));
    },
    acknowledge(receiver: string, ids: string[]) {
      deliveries = deliveries.filter((delivery) => delivery.receiver !== receiver || !ids.includes(delivery.id));
    },
    /** A fault: a receipt that does not parse, delivered to `receiver` now. */
    deliverMalformed(receiver: string) {
      deliveries.push({ id: randomUUID(), receiver, dueAt: clock.nowMs(), xml: '<?xml version="1.0"?><CEB604Message xmlns="http://www.chinaport.gov.cn/ceb"><InventoryReturn><guid>broken' });
    },
    declarations() {
      return [...declared.values()].map((entry) => ({
        messageGuid: entry.declaration.messageGuid,
        type: entry.declaration.type,
        orderNo: entry.declaration.orderNo,
        copNo: entry.declaration.copNo,
        ebcCode: entry.declaration.ebcCode,
        appType: entry.declaration.appType,
        received: entry.received,
        statuses: entry.statuses,
      }));
    },
  };
}

export type SingleWindow = ReturnType<typeof createSingleWindow>;
