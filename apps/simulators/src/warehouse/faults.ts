import type { SimProvider } from './seed.ts';

/** Faults sellers meet, switchable per provider through the admin endpoint. */
export interface Faults {
  /** Every provider call answers 503. */
  serverError: boolean;
  /** Every provider call is held this long before it is handled (0: off); longer than a client's timeout is a timeout. */
  delayMs: number;
  /** Hours (0: off): stock answers come from a copy frozen when this was switched on, dated this many hours before. */
  staleSnapshotHours: number;
  /** Each page after the first repeats the previous page's last row. */
  duplicatePages: boolean;
  /** Inbound orders received from now on are this many units short (taken from their first SKU). */
  shortUnits: number;
  /** Inbound orders received from now on lose this many cartons (their last ones). */
  lostCartons: number;
}

export const NO_FAULTS: Faults = { serverError: false, delayMs: 0, staleSnapshotHours: 0, duplicatePages: false, shortUnits: 0, lostCartons: 0 };

export class FaultBoard {
  readonly #faults = new Map<SimProvider, Faults>();

  get(provider: SimProvider): Faults {
    return this.#faults.get(provider) ?? NO_FAULTS;
  }

  /** Merges the switches given; throws on an unknown switch or a wrong type, changing nothing. */
  set(provider: SimProvider, changes: Record<string, unknown>): Faults {
    const next: Faults = { ...this.get(provider) };
    for (const [name, value] of Object.entries(changes)) {
      if (!(name in NO_FAULTS)) throw new TypeError(`unknown fault ${name}`);
      const expected = typeof NO_FAULTS[name as keyof Faults];
      if (typeof value !== expected || (expected === 'number' && !((value as number) >= 0))) throw new TypeError(`fault ${name} must be a ${expected}${expected === 'number' ? ' ≥ 0' : ''}`);
      Object.assign(next, { [name]: value });
    }
    this.#faults.set(provider, next);
    return next;
  }

  clear(provider: SimProvider): void {
    this.#faults.delete(provider);
  }
}
