import { randomUUID } from 'node:crypto';
import { buildReceipt, EnvelopeError, legalUnitsFor, unwrap, wrap, type ReceiptType } from '@tradewind/customs';
import { verifyMessage } from '@tradewind/customs/signing';
import { VirtualClock } from '../warehouse/clock.ts';
import { readDeclaration, type ReceivedDeclaration } from './declaration-fields.ts';
import { batchedSchemaCheck } from './schema-check.ts';
import { customsNumbers, summaryResult } from './summary-result.ts';
import { minutes, SUMMARY_RESULT_AFTER_MINUTES, walkOf } from './timeline.ts';

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
  /** An inventory: the virtual time of its 800 放行. */
  releasedAt?: number;
}

interface Delivery {
  id: string;
  receiver: string;
  dueAt: number;
  xml: string;
}

/** The declarations `/admin/reject-next` can turn down. */
export const REJECTABLE_TYPES = ['CEB603', 'CEB701'] as const;
export type RejectableType = (typeof REJECTABLE_TYPES)[number];

const RECEIPT_OF: Record<string, ReceiptType> = { CEB303: 'CEB304', CEB603: 'CEB604', CEB605: 'CEB606', CEB701: 'CEB702' };

/** What makes a declaration the same business document: the order number, the inventory a cancel cancels, a summary's copNo. */
const businessKey = (d: ReceivedDeclaration) => `${d.type} ${d.ebcCode} ${d.type === 'CEB605' ? d.invtNo : d.type === 'CEB701' ? d.copNo : d.orderNo}`;

const isRefused = (entry: Declared) => entry.statuses.some((s) => s === '100' || s.startsWith('-'));

/** The single window's state: registered certificates, declarations received, receipts to deliver. */
export function createSingleWindow(options: { clockStartMs?: number } = {}) {
  const clock = new VirtualClock(options.clockStartMs);
  const certificates = new Map<string, string>();
  const declared = new Map<string, Declared>();
  /** Declarations by business document (businessKey), for the duplicate rule. */
  const byBusinessKey = new Map<string, Declared[]>();
  const schemaCheck = batchedSchemaCheck();
  let deliveries: Delivery[] = [];
  /** Declarations to turn down (100 with the reason) as they arrive, by message type: inventories (CEB603) or summary requests (CEB701). */
  const rejectNext = new Map<RejectableType, { count: number; reason: string }>();
  let serial = 0;

  const numbersOf = (entry: Declared) => customsNumbers(entry.declaration.customsCode, entry.receivedAt, entry.serial);
  const deliver = (entry: Declared, dueAt: number, receipt: string) => {
    const xml = wrap(receipt, { copMsgId: randomUUID(), senderId: SINGLE_WINDOW_SENDER, receiverIds: [entry.senderId], createdAt: new Date(dueAt).toISOString() });
    deliveries.push({ id: randomUUID(), receiver: entry.senderId, dueAt, xml });
  };
  /** The inventories customs released by now, by the invtNo it gave them. */
  const releasedInventory = (invtNo: string) =>
    [...declared.values()].find((entry) => entry.declaration.type === 'CEB603' && numbersOf(entry).invtNo === invtNo && entry.releasedAt !== undefined && entry.releasedAt <= clock.nowMs());

  const schedule = (entry: Declared, status: string, dueAt: number, message: string) => {
    const { declaration } = entry;
    const type = RECEIPT_OF[declaration.type]!;
    const { invtNo, preNo, sumNo } = numbersOf(entry);
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
          : type === 'CEB702'
            ? { agentCode: declaration.agentCode, ebcCode: declaration.ebcCode, copNo: declaration.copNo, preNo, ...(status === '2' ? {} : { sumNo }), msgSeqNo: '1' }
            : { agentCode: declaration.agentCode, copNo: declaration.copNo, preNo, invtNo: declaration.invtNo };
    deliver(entry, dueAt, buildReceipt(type, randomUUID().toUpperCase(), [{ guid: declaration.documentGuid, documents, at: new Date(dueAt).toISOString(), message, status } as never]));
    entry.statuses.push(status);
    if (type === 'CEB604' && status === '800') entry.releasedAt = dueAt;
  };
  const scheduleSummaryResult = (entry: Declared, dueAt: number) => {
    const inventories = entry.declaration.invtNos.map((invtNo) => ({ invtNo, declaration: releasedInventory(invtNo)!.declaration }));
    deliver(entry, dueAt, buildReceipt('CEB792', randomUUID().toUpperCase(), [summaryResult(entry.declaration, entry.serial, dueAt, inventories)]));
  };

  /** A summary request may name only released B-flag (汇总申报) inventories of its consignor, each summarised once. */
  const summaryError = (declaration: ReceivedDeclaration): { status: string; message: string } | undefined => {
    for (const invtNo of declaration.invtNos) {
      const inventory = releasedInventory(invtNo);
      if (!inventory || inventory.declaration.ebcCode !== declaration.ebcCode) return { status: '-623003', message: `系统中不存在清单编号为${invtNo}的已放行清单！` };
      if (inventory.declaration.statisticsFlag !== 'B') return { status: '100', message: `清单${invtNo}为简化申报（A），不能汇总` };
      const earlier = [...declared.values()].find((other) => other.declaration.type === 'CEB701' && other.declaration.invtNos.includes(invtNo) && !isRefused(other));
      if (earlier) return { status: '100', message: `清单${invtNo}已在汇总申请单${earlier.declaration.copNo}中汇总` };
    }
    return undefined;
  };

  /** Business rules (spec §7 negative codes): unknown enterprise, an order number already declared, legal unit not the HS code's. */
  const businessError = (declaration: ReceivedDeclaration): { status: string; message: string } | undefined => {
    if (!certificates.has(declaration.ebcCode)) return { status: '-10102', message: `无效企业代码 ${declaration.ebcCode}` };
    if (declaration.appType === '1') {
      const earlier = byBusinessKey.get(businessKey(declaration))?.find((other) => !isRefused(other));
      if (earlier)
        return declaration.type === 'CEB303'
          ? { status: '-301010', message: `已存在相同编号的订单 ${declaration.orderNo}` }
          : { status: '-621004', message: `${declaration.type === 'CEB701' ? '汇总申请单' : '清单'}${declaration.copNo}已经申报过，请勿重复申报` };
    }
    if (declaration.type === 'CEB701') return summaryError(declaration);
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
    rejectNext(count: number, reason: string, type: RejectableType = 'CEB603') {
      rejectNext.set(type, { count, reason });
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
      const schema = await schemaCheck(opened.messageXml);
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
      byBusinessKey.set(businessKey(declaration), [...(byBusinessKey.get(businessKey(declaration)) ?? []), entry]);
      if (refused) {
        schedule(entry, refused.status, clock.nowMs(), refused.message);
        return 'accepted';
      }
      const rejecting = rejectNext.get(declaration.type as RejectableType);
      const rejection = rejecting && rejecting.count > 0 ? rejecting.reason : undefined;
      if (rejecting && rejection !== undefined) rejecting.count -= 1;
      for (const step of walkOf(declaration, entry.serial, rejection)) schedule(entry, step.status, entry.receivedAt + minutes(step.afterMinutes), step.message);
      if (declaration.type === 'CEB701' && rejection === undefined) scheduleSummaryResult(entry, entry.receivedAt + minutes(SUMMARY_RESULT_AFTER_MINUTES));
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
      const handled = new Set(ids);
      deliveries = deliveries.filter((delivery) => delivery.receiver !== receiver || !handled.has(delivery.id));
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
        invtNos: entry.declaration.invtNos,
        ebcCode: entry.declaration.ebcCode,
        appType: entry.declaration.appType,
        received: entry.received,
        statuses: entry.statuses,
      }));
    },
  };
}

export type SingleWindow = ReturnType<typeof createSingleWindow>;
