import { startCustomsSimulator } from '@tradewind/simulators/customs';
import { expect, it } from 'vitest';
import { submittedFiling } from './customs-helpers.ts';
import { startCustomsProcess } from './customs-process.ts';
import { sleep } from './support/sleep.ts';

const ORDERS = 4;

it('a platform killed mid-send and restarted sends every declaration once and applies every receipt once', async () => {
  const simulator = await startCustomsSimulator();
  const platform = await startCustomsProcess(simulator);
  try {
    const ids = await platform.submitOrders(
      Array.from({ length: ORDERS }, (_, i) => `YJ01-00070${i}`),
      (order, i) => submittedFiling([order.id], { [order.id]: `LX11820470${i}CN` }),
    );
    const filings = async () => (await platform.filings()).filter((doc) => ids.includes(doc.id));

    // Killed as soon as the first message reached the single window: the rest are in flight or waiting.
    await expect.poll(async () => (await simulator.declarations()).length, { timeout: 60_000, interval: 10 }).toBeGreaterThan(0);
    await platform.restart();
    await expect.poll(async () => (await filings()).map((filing) => filing.messages.length), { timeout: 90_000, interval: 200 }).toEqual(Array(ORDERS).fill(2));

    const declarations = await simulator.declarations();
    expect(declarations).toHaveLength(ORDERS * 2);
    expect(new Set(declarations.map((declaration) => `${declaration.type} ${declaration.orderNo}`)).size).toBe(ORDERS * 2);
    expect(declarations.flatMap((declaration) => declaration.statuses).filter((status) => status.startsWith('-'))).toEqual([]);

    // Receipts arrive while the platform is killed again.
    await simulator.advanceClock(90);
    await sleep(300);
    await platform.restart();
    await expect.poll(async () => (await filings()).map((filing) => filing.customsStatus), { timeout: 90_000, interval: 200 }).toEqual(Array(ORDERS).fill('800'));
    await sleep(500);
    for (const filing of await filings()) {
      const seen = filing.receipts.map((receipt) => `${receipt.type} ${receipt.code}`);
      expect(new Set(seen).size, filing.title).toBe(seen.length);
      expect(seen.filter((entry) => entry.startsWith('CEB604'))).toHaveLength(5);
      expect(seen.filter((entry) => entry.startsWith('CEB304'))).toHaveLength(2);
    }
  } finally {
    await platform.stop();
    await simulator.stop();
  }
}, 300_000);
