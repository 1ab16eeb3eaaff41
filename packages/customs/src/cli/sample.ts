import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newId } from '@tradewind/domain';
import { lifecycleMessages } from '../messages/all-messages.ts';
import { buildCeb701, summaryCandidate, summaryGroups } from '../messages/ceb701.ts';
import type { Submission } from '../messages/declaration.ts';
import type { AnyCebMessage } from '../messages/elements.ts';
import { buildExportDeclaration } from '../messages/export-declaration.ts';
import { toXml } from '../messages/xml.ts';
import { precheckDeclaration } from '../precheck/precheck.ts';
import { renderIssue } from '../precheck/messages.ts';
import { validateMessages } from '../xsd/validator.ts';
import { demoParkDeclarations } from './demo-park.ts';

const ids = () => ({ messageGuid: newId(), documentGuid: newId() });

/** Inventory numbers customs would give (4-digit customs + year + E + serial); the sample has no receipts yet. */
const standInInvtNo = (customsCode: string, exportDate: string, serial: number) => `${customsCode}${exportDate.slice(0, 4)}E${String(serial).padStart(9, '0')}`;

/**
 * `sample OUT_DIR`: writes the messages the product generates for the demo park's shipments — order and
 * inventory per shipment (every message kind for each merchant's first one), the monthly CEB701 summary
 * requests, and the pre-check of each — then validates all of them against the XSD.
 */
export async function sampleCommand(args: string[]): Promise<number> {
  const [outDir] = args;
  if (!outDir) {
    console.error('usage: npm run customs -- sample OUT_DIR');
    return 2;
  }
  const at = new Date().toISOString();
  const written: { name: string; xml: string }[] = [];
  const write = (tenant: string, name: string, message: AnyCebMessage) => {
    mkdirSync(join(outDir, tenant), { recursive: true });
    const xml = toXml(message);
    writeFileSync(join(outDir, tenant, name), xml);
    written.push({ name: `${tenant}/${name}`, xml });
  };
  const declarations = demoParkDeclarations();
  const tenants = [...new Set(declarations.map((declaration) => declaration.tenant))];
  for (const tenant of tenants) {
    const mine = declarations.filter((declaration) => declaration.tenant === tenant);
    const submission: Submission = { at, appType: '1', appStatus: '2', sender: { copCode: mine[0]!.merchant.customsCode, copName: mine[0]!.merchant.name, dxpId: 'DXPENT0000000001' } };
    const released = mine.map(({ input }, index) => ({ input, invtNo: standInInvtNo(input.customsCode, input.exportDate, index + 1) }));
    for (const [index, { input, invtNo }] of released.entries()) {
      const precheck = precheckDeclaration(input);
      mkdirSync(join(outDir, tenant), { recursive: true });
      writeFileSync(
        join(outDir, tenant, `${input.orderNo}-precheck.json`),
        `${JSON.stringify({ ...precheck, texts: precheck.issues.map((found) => ({ 'zh-CN': renderIssue(found, 'zh-CN'), en: renderIssue(found, 'en') })) }, null, 2)}\n`,
      );
      // The first shipment shows every message kind; summaries are written per group below.
      const messages = index === 0 ? lifecycleMessages(input, invtNo, submission, ids).filter((message) => message.kind !== 'CEB701') : builtDeclaration(input, submission);
      for (const message of messages) write(tenant, `${input.orderNo}-${message.kind}.xml`, message);
      console.log(
        `${tenant} ${input.orderNo} ${input.tradeMode}: ${messages.map((message) => message.kind).join(', ')}${precheck.route === 'customs_declaration' ? ' — above RMB 5,000: 报关单 referencing this order number' : ''}`,
      );
    }
    const candidates = released.filter(({ input }) => buildableInventory(input)).map(({ input, invtNo }) => summaryCandidate(input, invtNo));
    for (const [index, group] of summaryGroups(candidates, '1').entries()) {
      const first = group.first;
      write(
        tenant,
        `summary-${group.month}-${index + 1}-CEB701.xml`,
        buildCeb701(group, { copNo: `SUM-${group.month}-${index + 1}`, declAgent: first.agent, summaryFlag: '1', byItemName: true }, submission, ids()),
      );
    }
  }
  const results = await validateMessages(written);
  const invalid = results.filter((result) => !result.valid);
  for (const result of invalid) console.log(`INVALID ${result.name}: ${result.errors.map((error) => error.message).join('; ')}`);
  console.log(`${written.length} messages written to ${outDir}; ${written.length - invalid.length} valid against the XSD`);
  return invalid.length === 0 ? 0 : 1;
}

function builtDeclaration(input: Parameters<typeof buildExportDeclaration>[0], submission: Submission): AnyCebMessage[] {
  const declaration = buildExportDeclaration(input, submission, { order: ids(), inventory: ids() });
  return declaration.route === 'inventory' ? [declaration.order, declaration.inventory] : [declaration.order];
}

const buildableInventory = (input: Parameters<typeof buildExportDeclaration>[0]) => precheckDeclaration(input).route === 'inventory';
