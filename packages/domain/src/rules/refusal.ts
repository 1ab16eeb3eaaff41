/** Why the platform refuses a device's write; `reason` picks the notice text (`notice.pushRefused.<reason>`). */
export interface Refusal {
  reason: string;
  detail: string;
}

export type Doc = Record<string, unknown>;
