import { XMLParser } from 'fast-xml-parser';

/** The fields of a received CEB declaration the single window's checks and receipts need. */
export interface ReceivedDeclaration {
  type: 'CEB303' | 'CEB603' | 'CEB605' | 'CEB701' | string;
  messageGuid: string;
  documentGuid: string;
  copCode: string;
  appType: string;
  orderNo: string;
  copNo: string;
  ebcCode: string;
  ebcName: string;
  ebpCode: string;
  agentCode: string;
  agentName: string;
  /** CEB701: the 报关单位 that files the summary declaration. */
  declAgentCode: string;
  declAgentName: string;
  statisticsFlag: string;
  customsCode: string;
  invtNo: string;
  /** CEB701: the inventories to summarise. */
  invtNos: string[];
  logisticsNo: string;
  /** Kilograms as the message writes them (decimal text). */
  grossWeight: string;
  netWeight: string;
  lines: { gnum: string; gcode: string; unit1: string }[];
}

const LISTS = new Set(['InventoryList', 'OrderList', 'SummaryApplyList']);
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => LISTS.has(name) });

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Reads a schema-valid CEB303/603/605/701 message (one document each, as the platform sends them). */
export function readDeclaration(xml: string): ReceivedDeclaration {
  const parsed = parser.parse(xml) as Record<string, Record<string, unknown>>;
  const [rootName, root] = Object.entries(parsed).find(([name]) => name.endsWith('Message'))!;
  const documentName = ['Order', 'Inventory', 'InvtCancel', 'SummaryApply'].find((name) => root[name] !== undefined)!;
  const document = root[documentName] as Record<string, unknown>;
  const head = (document.OrderHead ?? document.InventoryHead ?? document.SummaryApplyHead ?? document) as Record<string, unknown>;
  const transfer = (root.BaseTransfer ?? {}) as Record<string, unknown>;
  const lines = ((document.InventoryList ?? []) as Record<string, unknown>[]).map((line) => ({ gnum: text(line.gnum), gcode: text(line.gcode), unit1: text(line.unit1) }));
  return {
    type: rootName.replace('Message', ''),
    messageGuid: text(root['@guid']),
    documentGuid: text(head.guid),
    copCode: text(transfer.copCode),
    appType: text(head.appType),
    orderNo: text(head.orderNo),
    copNo: text(head.copNo),
    ebcCode: text(head.ebcCode),
    ebcName: text(head.ebcName),
    ebpCode: text(head.ebpCode),
    agentCode: text(head.agentCode),
    agentName: text(head.agentName),
    declAgentCode: text(head.declAgentCode),
    declAgentName: text(head.declAgentName),
    statisticsFlag: text(head.statisticsFlag),
    customsCode: text(head.customsCode),
    invtNo: text(head.invtNo),
    invtNos: ((document.SummaryApplyList ?? []) as Record<string, unknown>[]).map((line) => text(line.invtNo)),
    logisticsNo: text(head.logisticsNo),
    grossWeight: text(head.grossWeight),
    netWeight: text(head.netWeight),
    lines,
  };
}
