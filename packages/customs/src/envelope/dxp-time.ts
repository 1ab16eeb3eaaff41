/** DXP CreatTime is `yyyy-mm-ddThh:mm:ss` in China Standard Time (UTC+8, no daylight saving), without an offset. */
const CST_OFFSET_MS = 8 * 3_600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function toCreatTime(instant: string): string | undefined {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms) || !WITH_OFFSET.test(instant)) return undefined;
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 19);
}

/** The ISO-8601 instant (UTC) of a CreatTime; one with an explicit offset is read as written. */
export function fromCreatTime(creatTime: string): string | undefined {
  if (WITH_OFFSET.test(creatTime)) {
    const ms = Date.parse(creatTime);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  const m = LOCAL.exec(creatTime);
  if (!m) return undefined;
  const ms = Date.parse(`${creatTime}+08:00`);
  return Number.isNaN(ms) || new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10) !== creatTime.slice(0, 10) ? undefined : new Date(ms).toISOString();
}
