/** Test helpers for the customs pipeline: a declared order, its filing, the merchant registered at the simulator. */
import type { FilingDoc, NoticeDoc, ProductDoc } from '@tradewind/domain';
import { newId } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import { startCustomsSimulator, type RunningCustomsSimulator } from '@tradewind/simulators/customs';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newFiling, newOrder } from './support/documents.ts';
import { api, login } from './support/http.ts';
import { startPlatform, type Engine, type TestPlatform } from './support/platform.ts';
import { pullAll } from './support/replication.ts';

export const YANGJIANG_CUSTOMS_CODE = '4417960B2C';
export const YANGJIANG_DXP_ID = `DXPENT${YANGJIANG_CUSTOMS_CODE}`;

/** A 9610 filing of one order as the filing screen submits it. */
export function submittedFiling(orderIds: string[], waybills: Record<string, string>, overrides: Record<string, unknown> = {}): ReplicatedDoc {
  return newFiling({
    kind: 'ceb603-inventory',
    status: 'submitted',
    title: '9610 Amazon 测试批次',
    orderIds,
    declaration: {
      mode: '9610',
      statisticsFlag: 'A',
      customsCode: '6870',
      portCode: '5141',
      exportDate: '2026-12-03',
      platform: { code: '无', name: 'Amazon.com Services LLC' },
      logistics: { carrierCode: '4417980012', carrierName: '阳江市邮政速递物流有限公司', waybillNos: waybills, trafMode: '5', wrapType: '2', packages: 1 },
    },
    ...overrides,
  });
}

/** A marketplace order of the demo chef's knife, as the device stores it. */
export async function knifeOrder(app: FastifyInstance, token: string, number: string): Promise<ReplicatedDoc> {
  const products = (await pullAll(app, token, 'products')).documents as unknown as ProductDoc[];
  const knife = products.find((product) => product.sku === 'LF-CH8')!;
  return newOrder({
    number,
    channel: 'amazon',
    status: 'confirmed',
    buyerName: 'Michael Turner',
    buyerCountry: 'US',
    lines: [{ id: newId(), productId: knife.id, sku: 'LF-CH8-G10', name: knife.name, quantity: 2, unitPrice: 2999 }],
    freight: 1250,
  });
}

export async function registerMerchant(app: FastifyInstance, token: string, simulator: RunningCustomsSimulator): Promise<void> {
  const credentials = await api<{ certificate: string; privateKey?: string }>(app, 'GET', '/api/customs/credentials', { token });
  expect(credentials.status).toBe(200);
  expect(credentials.body.privateKey).toBeUndefined();
  await simulator.registerCertificate(YANGJIANG_CUSTOMS_CODE, credentials.body.certificate);
}

/**
 * The simulator (its clock at `clockStart`), a platform on `engine` sending to it (receipts fetched
 * every `receiptPollMs`), and the Yangjiang merchant logged in and registered there.
 */
export async function startCustomsPlatform(
  engine: Engine,
  { receiptPollMs = 100, ...simulatorOptions }: { clockStart?: string; receiptPollMs?: number } = {},
): Promise<{ simulator: RunningCustomsSimulator; platform: TestPlatform; token: string }> {
  const simulator = await startCustomsSimulator(simulatorOptions);
  const platform = await startPlatform(engine, { platform: { customsGateway: { kind: 'single-window-http', url: simulator.url }, receiptPollMs, jobs: { pollMs: 100, backoffBaseMs: 100 } } });
  const token = await login(platform.app, YANGJIANG);
  await registerMerchant(platform.app, token, simulator);
  return { simulator, platform, token };
}

export const filingOf = async (app: FastifyInstance, token: string, id: string) =>
  (await pullAll(app, token, 'filings')).documents.find((doc) => doc.id === id) as unknown as FilingDoc & { _deleted: boolean };
export const noticesOf = async (app: FastifyInstance, token: string) => (await pullAll(app, token, 'notices')).documents as unknown as NoticeDoc[];
