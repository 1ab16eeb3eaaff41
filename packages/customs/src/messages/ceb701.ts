import { countryCode, linedMessage, parties } from './common.ts';
import type { DeclarationInput, MessageIds, Party, Submission, TradeMode } from './declaration.ts';
import type { CebMessage } from './elements.ts';

/** A released B-flag inventory, with the head facts a summary declaration (报关单) is one of. */
export interface SummaryCandidate {
  invtNo: string;
  statisticsFlag: 'A' | 'B';
  customsCode: string;
  agent: Party;
  ebc: Party;
  owner: Party;
  tradeMode: TradeMode;
  trafMode: string;
  /** Customs country code of 运抵国. */
  country: string;
  portCode: string;
  loctNo?: string;
  /** ISO date of export. */
  exportDate: string;
}

/** The summary facts of a declared inventory customs numbered `invtNo`. */
export function summaryCandidate(input: DeclarationInput, invtNo: string): SummaryCandidate {
  const { statisticsFlag, customsCode, agent, ebc, owner, tradeMode, portCode, loctNo, exportDate } = input;
  return { invtNo, statisticsFlag, customsCode, agent, ebc, owner, tradeMode, trafMode: input.logistics.trafMode, country: countryCode(input.destinationCountry), portCode, loctNo, exportDate };
}

/** 1: one summary per consignor; 2: per consignor and producer (spec: summaryFlag). */
export type SummaryFlag = '1' | '2';

export interface SummaryGroup {
  key: string;
  month: string;
  first: SummaryCandidate;
  invtNos: string[];
}

/**
 * Groups inventories into summary requests. A CEB701 head carries one declaring customs, agent,
 * consignor and supervised site, and the 报关单 it becomes has one trade mode, transport mode, 运抵国
 * and 出境关别 — the summary rule (同一收发货人、同一运输方式、同一生产销售单位 (flag 2)、同一运抵国、
 * 同一出境关别) — and summaries are made per calendar month. Only B-flag (汇总申报) inventories are summarised.
 */
export function summaryGroups(candidates: SummaryCandidate[], summaryFlag: SummaryFlag): SummaryGroup[] {
  const groups = new Map<string, SummaryGroup>();
  for (const candidate of candidates) {
    if (candidate.statisticsFlag !== 'B') continue;
    const month = candidate.exportDate.slice(0, 7);
    const parts = [candidate.customsCode, candidate.agent.code, candidate.ebc.code, candidate.tradeMode, candidate.trafMode, candidate.country, candidate.portCode, candidate.loctNo ?? '', month];
    if (summaryFlag === '2') parts.push(candidate.owner.code);
    const key = parts.join('|');
    const group = groups.get(key) ?? { key, month, first: candidate, invtNos: [] };
    if (!group.invtNos.includes(candidate.invtNo)) group.invtNos.push(candidate.invtNo);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export interface SummaryRequest {
  copNo: string;
  /** 报关单位 that will file the 报关单. */
  declAgent: Party;
  summaryFlag: SummaryFlag;
  /** true: summarise by the inventories' own item names (itemNameFlag 1). */
  byItemName: boolean;
  note?: string;
}

/** CEB701 汇总申请单 for one group, listing its inventory numbers. */
export function buildCeb701(group: SummaryGroup, request: SummaryRequest, submission: Submission, ids: MessageIds): CebMessage<'CEB701'> {
  const { first } = group;
  return linedMessage(
    'CEB701',
    submission,
    ids,
    {
      customsCode: first.customsCode,
      copNo: request.copNo,
      ...parties({ agent: first.agent, ebc: first.ebc, declAgent: request.declAgent }),
      loctNo: first.loctNo,
      summaryFlag: request.summaryFlag,
      // The spec: 填1 按清单原始商品名相同汇总，不填则按商品综合分类名汇总; the XSD requires the element, so 0 means "not 1".
      itemNameFlag: request.byItemName ? '1' : '0',
      msgCount: '1',
      msgSeqNo: '1',
      note: request.note,
    },
    group.invtNos.map((invtNo) => ({ invtNo })),
  );
}
