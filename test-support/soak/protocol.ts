/** Messages between the soak runner and its device workers. */

export interface DeviceSetup {
  name: string;
  /** One URL per platform process; the device sends each call to one of them. */
  baseUrls: string[];
  username: string;
  password: string;
  /** Days this device's clock is off (display timestamps only). */
  clockSkewDays: number;
}

/** Faults the device's transport injects while they are on. */
export interface DeviceFaults {
  /** Probability that a push's answer is lost after the platform committed it. */
  lostResponse: number;
  /** Probability that a push is sent twice (the second copy after the first answered). */
  duplicate: number;
  /** Probability that a live stream is dropped after a random while. */
  dropStream: number;
  /** Probability that an older push is delivered again after a newer one. */
  reorder: number;
  /** Probability that a live stream goes silent after a random while without closing. */
  halfOpenStream: number;
}

export type DeviceCommand =
  | { kind: 'create'; id: string; run: string; name: string }
  | { kind: 'edit'; id: string; field: 'name' | 'moq' | 'description'; value: string | number }
  | { kind: 'delete'; id: string }
  /** Adds or removes a product picture (bytes as attachments, the image in `images`). */
  | { kind: 'picture'; id: string; imageId: string; add: boolean }
  /** Makes a quote for the run's buyer with one line. */
  | { kind: 'order'; id: string; run: string; number: string; lineId: string; productId: string; quantity: number }
  /** Sets an order line's quantity, adds the line (with `productId`) or removes it (`quantity` null). */
  | { kind: 'line'; id: string; lineId: string; productId?: string; quantity: number | null }
  | { kind: 'offline' }
  | { kind: 'online' }
  | { kind: 'faults'; faults: DeviceFaults }
  | { kind: 'state'; run: string }
  /** Wiped and installed again once everything is pushed: a fresh first pull from the platform. */
  | { kind: 'reinstall' }
  /** What the device traced of these documents this run (test-support/soak/trace.ts); the trace then starts over. */
  | { kind: 'trace'; ids: string[] }
  | { kind: 'stop' };

/** What a device holds of one run: its products' and orders' content and its conflict records. */
export interface DeviceState {
  docs: Record<string, Record<string, unknown>>;
  /** `<product> <image>.<variant>` for each listed picture whose bytes the device does not hold. */
  missingBytes: string[];
  conflicts: { documentId: string; fields: string[] }[];
  pending: number;
  faults: Record<string, number>;
}

export type DeviceReply = { ok: true; state?: DeviceState; applied?: boolean; trace?: Record<string, string[]> } | { ok: false; error: string };
