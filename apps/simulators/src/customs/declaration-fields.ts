import { XMLParser } from 'fast-xml-parser';

/** The fields of a received CEB declaration the single window's checks and receipts need. */
export interface ReceivedDeclaration {
  type: 'CEB303' | 'CEB603' | 'CEB605' | string;
  messageGuid: string;
  documentGuid: string;
  copCode: string;
  appType: string;
  orderNo: string;
  copNo: string;
  ebcCode: string;
  ebpCode: string;
  agentCode: string;
  statisticsFlag: string;
  customsCode: string;
  invtNo: string;
  lines: { gnum: string; gcode: string; unit1: string }[];
}

const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'InventoryList' || name === 'OrderList' });

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Reads a schema-valid CEB303/603/605 message (one document each, as the platform sends them). */
export function readDeclaration(xml: string): ReceivedDeclaration {
  const parsed = parser.parse(xml) as Record<string, Record<string, unknown>>;
  const [rootName, root] = Object.entries(parsed).find(([name]) => name.endsWith('Message'))!;
  const documentName = ['Order', 'Inventory', 'InvtCancel'].find((name) => root[name] !== undefined)!;
  const document = root[documentName] as Record<string, unknown>;
  const head = (document.OrderHead ?? document.InventoryHead ?? document) as Record<string, unknown>;
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
    ebpCode: text(head.ebpCode),
    agentCode: text(head.agentCode),
    statisticsFlag: text(head.statisticsFlag),
    customsCode: text(head.customsCode),
    invtNo: text(head.invtNo),
    lines,
  };
}
