import { startCustomsSimulator } from '@tradewind/simulators/customs';
import { expect, it } from 'vitest';
import { submittedFiling } from './customs-helpers.ts';
import { startCustomsProcess } from './customs-process.ts';
import { sleep } from './support/sleep.ts';

const ORDERS = 3;
const poll = { timeout: 90_000, interval: 200 };

it('a platform killed while it sends a summary and again while its receipts arrive sends the CEB701 once and applies each receipt once', async () => {
  // Customs' clock in October: the inventories are released then, so November's summary run is due at once.
  const simulator = await startCustomsSimulator({ clockStart: '2026-10-20T01:00:00Z' });
  const platform = await startCustomsProcess(simulator);
  try {
    const ids = await platform.submitOrders(
      Array.from({ length: ORDERS }, (_, i) => `YJ01-00090${i}`),
      (order, i) => {
        const waybills = { [order.id]: `LX11890${i}00CN` };
        return submittedFiling([order.id], waybills, { declaration: { ...(submittedFiling([], waybills).declaration as object), statisticsFlag: 'B', exportDate: '2026-10-20' } });
      },
    );
    await expect.poll(async () => (await platform.filings()).filter((filing) => ids.includes(filing.id)).map((filing) => filing.messages.length), poll).toEqual(Array(ORDERS).fill(2));

    // Released in October; killed as soon as the summary request reached the single window.
    await simulator.advanceClock(90);
    await expect.poll(async () => (await simulator.declarations()).filter((declaration) => declaration.type === 'CEB701').length, { timeout: 90_000, interval: 10 }).toBeGreaterThan(0);
    await platform.restart();
    const summaries = async () => (await platform.filings()).filter((filing) => filing.kind === 'ceb701-summary');
    await expect.poll(async () => (await summaries()).map((summary) => summary.messages.length), poll).toEqual([1]);
    const summaryRequests = (await simulator.declarations()).filter((declaration) => declaration.type === 'CEB701');
    expect(summaryRequests).toHaveLength(1);
    expect(summaryRequests[0]!.invtNos).toHaveLength(ORDERS);
    expect(summaryRequests[0]!.statuses).not.toContainEqual(expect.stringMatching(/^(-|100)/));

    // The CEB702 and CEB792 arrive while the platform is killed again.
    await simulator.advanceClock(60);
    await sleep(300);
    await platform.restart();
    await expect.poll(async () => (await summaries())[0]!.receipts.map((receipt) => `${receipt.type} ${receipt.code}`), poll).toEqual(['CEB702 2', 'CEB702 120', 'CEB702 399', 'CEB792 1']);
    await sleep(500);
    for (const filing of (await platform.filings()).filter((candidate) => ids.includes(candidate.id))) {
      expect(filing.receipts.filter((receipt) => receipt.type === 'CEB702' || receipt.type === 'CEB792').map((receipt) => `${receipt.type} ${receipt.code}`)).toEqual(['CEB702 399', 'CEB792 1']);
    }
    expect(await summaries()).toHaveLength(1);
  } finally {
    await platform.stop();
    await simulator.stop();
  }
}, 300_000);
