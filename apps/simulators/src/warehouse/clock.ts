/**
 * The simulated warehouses' time: it runs with the wall clock and jumps forward when an admin
 * advances it, so a sea shipment reaches put-away in a test's seconds. Signature timestamp windows
 * are checked against the wall clock instead (they guard the transport, not the warehouse world).
 */
export class VirtualClock {
  #offsetMs: number;

  /** `startMs`: the virtual time now (default: the wall clock), e.g. a past month for a customs summary. */
  constructor(startMs?: number) {
    this.#offsetMs = startMs === undefined ? 0 : startMs - Date.now();
  }

  nowMs(): number {
    return Date.now() + this.#offsetMs;
  }

  now(): string {
    return new Date(this.nowMs()).toISOString();
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`the clock only moves forward; got ${ms} ms`);
    this.#offsetMs += ms;
  }
}
