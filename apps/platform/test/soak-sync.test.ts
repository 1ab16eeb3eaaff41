/**
 * The short fault-injection soak in `npm test`: 20 fixed seeds on PGlite with the platform as a
 * real child process (killed with SIGKILL in some runs), three device workers, lost answers,
 * duplicated and reordered pushes, dropped and half-open streams, offline periods, skewed clocks,
 * devices reinstalled (a fresh first pull mid-run), product pictures added and removed (attachments
 * and a keyed array), order lines added, removed and their quantities edited concurrently (a keyed array). `npm run soak:sync` runs more.
 * Seeds 1–2 replay the run that found a silent overwrite after a restore (seed 2: a device that
 * started over pushed without a base; fixed in merge.ts and the carried assumed states). Seed 64
 * found the ABA gap of a merge on values (fixed by per-field revisions); its timing makes the run
 * meet it about one time in three, so field-revisions.test.ts replays the case step by step.
 */
import { describe, expect, it } from 'vitest';
import { soak } from '../../../test-support/soak/soak.ts';

describe('sync soak (PGlite)', () => {
  it('converges with no silent loss over 20 seeded runs with faults', async () => {
    const report = await soak({ runs: 20, seed: 1 });
    expect(report.violations).toEqual([]);
    expect(report.faults['platform SIGKILL + restart']).toBeGreaterThan(0);
    expect(report.faults['response lost after commit']).toBeGreaterThan(0);
    expect(report.faults['duplicated push']).toBeGreaterThan(0);
    expect(report.faults['reordered push (older after newer)']).toBeGreaterThan(0);
    expect(report.faults['half-open stream']).toBeGreaterThan(0);
    expect(report.faults['device reinstalled (fresh first pull)']).toBeGreaterThan(0);
    expect(report.writes['picture added']).toBeGreaterThan(0);
    expect(report.writes['picture removed']).toBeGreaterThan(0);
    expect(report.writes['order line quantity edited']).toBeGreaterThan(0);
    expect(report.writes['order line removed']).toBeGreaterThan(0);
  }, 300_000);

  it('replays seed 64 with no silent loss', async () => {
    expect((await soak({ runs: 1, seed: 64 })).violations).toEqual([]);
  }, 120_000);
});
