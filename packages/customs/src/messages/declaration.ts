/** A company as customs knows it: 10-character customs code or 18-character USCC, and its registered name. */
export interface Party {
  code: string;
  name: string;
}

export const TRADE_MODES = ['9610', '9710', '9810'] as const;
export type TradeMode = (typeof TRADE_MODES)[number];

export type StatisticsFlag = 'A' | 'B';

/** One order line with the product facts a declaration needs. */
export interface DeclarationLine {
  /** Where the line came from, so a problem can name it (order line id). */
  lineId: string;
  /** 企业商品货号: the SKU. */
  itemNo: string;
  /** 企业商品名称. */
  itemName: string;
  itemDescribe?: string;
  /** Empty when the product has none (the inventory then says 无). */
  barCode?: string;
  /** 10-digit HS code; empty when the product has none. */
  hsCode: string;
  /** 商品名称 declared to customs. */
  gname: string;
  /** 规格型号: the 申报要素 joined with "|". */
  gmodel: string;
  /** Customs unit code of the declared quantity. */
  unit: string;
  quantity: number;
  /** Minor units of the declaration's currency. */
  unitPrice: number;
  /** Legal unit and quantity (法定计量单位/数量), fixed by the HS code. */
  unit1: string;
  qty1: number;
  unit2?: string;
  qty2?: number;
  /** Net weight of one unit, when the product records it (the shipment's weights are summed from it). */
  netWeightG?: number;
  /** Bonded export only. */
  itemRecordNo?: string;
  note?: string;
}

export interface LogisticsFacts {
  carrier: Party;
  /** 物流运单编号. */
  waybillNo: string;
  /** JGS-20 transport mode code. */
  trafMode: string;
  trafName?: string;
  voyageNo?: string;
  billNo?: string;
  totalPackageNo?: string;
  /** 1-digit packaging code. */
  wrapType: string;
  packages: number;
  grossWeightG: number;
  netWeightG: number;
}

/** Everything one export declaration (order + inventory) is built from: explicit, no look-ups inside. */
export interface DeclarationInput {
  tradeMode: TradeMode;
  /** 订单编号 / 订仓单编号. */
  orderNo: string;
  /** 企业唯一编号 of the inventory. */
  copNo: string;
  /** ISO 4217 of all money fields. */
  currency: string;
  /** Goods value in CNY minor units, for the RMB 5,000 simplified-declaration threshold of 9710/9810. */
  goodsValueCny: number;
  /** ISO 3166 alpha-2 destination. */
  destinationCountry: string;
  freight: number;
  insuredFee: number;
  lines: DeclarationLine[];
  /** 电商企业 = 收发货人: the merchant. */
  ebc: Party;
  /** 电商平台 (or the overseas warehouse for 9810; code 无 for an overseas platform). */
  ebp: Party;
  /** 申报企业. */
  agent: Party;
  /** 生产销售企业 (code NO when not registered with customs). */
  owner: Party;
  logistics: LogisticsFacts;
  /** 申报地海关 and 出口口岸 (4-digit). */
  customsCode: string;
  portCode: string;
  /** 指运港 (3–4 characters). */
  pod: string;
  loctNo?: string;
  licenseNo?: string;
  statisticsFlag: StatisticsFlag;
  /** ISO date of export. */
  exportDate: string;
  note?: string;
}

/** The ids of one message, made by the caller (UUIDs) so the builders stay pure. */
export interface MessageIds {
  /** Root guid of the message. */
  messageGuid: string;
  /** guid of the document inside. */
  documentGuid: string;
}

/** When, how and by whom a message is sent: the caller's clock and sender, passed in. */
export interface Submission {
  /** ISO-8601 instant of the submission. */
  at: string;
  /** 1 new, 2 change, 3 delete. */
  appType: '1' | '2' | '3';
  /** 1 暂存 (saved), 2 申报 (declare). */
  appStatus: '1' | '2';
  sender: { copCode: string; copName: string; dxpId: string; note?: string };
}
