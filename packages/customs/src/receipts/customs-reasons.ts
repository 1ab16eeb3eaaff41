import type { CustomsLanguage } from '../precheck/messages.ts';
import { BUSINESS_ERRORS } from './business-errors.ts';
import { RETURN_STATUSES } from './status-codes.ts';

/**
 * Customs' notes (returnInfo) that recur, as customs and its single window word them, with their
 * English: `$1`… are the parts customs fills in (numbers, codes; a Chinese part is translated in turn).
 */
const KNOWN_NOTES: ReadonlyArray<readonly [zh: RegExp, en: string]> = [
  [/^申报要素与商品编码不符，请核对后重新申报$/, 'The declaration elements do not match the HS code: check them and declare again'],
  [/^清单(.+?)为简化申报（A），不能汇总$/, 'Inventory $1 is a simplified declaration (A) and cannot go in a summary'],
  [/^清单(.+?)已在汇总申请单(.+?)中汇总$/, 'Inventory $1 is already in summary request $2'],
  [/^系统中不存在清单编号为(.+?)的已放行清单！$/, 'There is no released inventory numbered $1'],
  [/^汇总申请单(.+?)已经申报过，请勿重复申报$/, 'Summary request $1 was already declared: do not declare it twice'],
  [/^第(\d+)项法定计量单位(.+?)与商品编码(.+?)的(.+?)不符$/, 'line $1: legal unit $2 is not $4, the legal unit of HS code $3'],
  [/^订单已入库$/, 'Order accepted into the customs system'],
  [/^清单已入库$/, 'Inventory accepted into the customs system'],
  [/^撤销申请入库$/, 'Cancellation request accepted into the customs system'],
  [/^撤销审核通过$/, 'Cancellation approved'],
  [/^汇总申请入库$/, 'Summary request accepted into the customs system'],
  [/^汇总申请审核通过$/, 'Summary request approved'],
  [/^查验$/, 'Held for inspection'],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A spec text with `[*]` / `*` placeholders as a pattern (what customs adds after it is the last group) and its English with `$n`. */
function templateOf(zh: string, en: string): readonly [RegExp, string] {
  const pattern = escapeRegExp(zh).replace(/\\\[\\\*\\\]|\\\*/g, '(.+?)');
  // A placeholder at the end takes the rest of the note, so nothing follows it.
  const whole = pattern.endsWith('(.+?)') ? `${pattern.slice(0, -5)}(.+)()` : `${pattern}\\s*(.*)`;
  let n = 0;
  return [new RegExp(`^${whole}$`), en.replace(/\[\*\]|\*/g, () => `$${++n}`)];
}

const SPEC_TEMPLATES = new Map(BUSINESS_ERRORS.map(([code, zh, en]) => [String(code), templateOf(zh, en)]));
const STATUS_NOTES = new Map(Object.values(RETURN_STATUSES).map(({ zh, en }) => [zh, en]));
const HAS_CHINESE = /[\u3400-\u9fff\uff00-\uffef]/;

const inEnglish = (part: string) => (HAS_CHINESE.test(part) ? (translateNote(part) ?? part) : part);

/** The English with customs' parts put in (`$n`, each translated if Chinese); with `rest`, what follows the spec text is added after a colon. */
function fill(match: RegExpMatchArray, english: string, rest: boolean): string {
  const filled = english.replace(/\$(\d+)/g, (_, index: string) => inEnglish((match[Number(index)] ?? '').trim()));
  const extra = rest ? (match.at(-1) ?? '').trim() : '';
  return extra ? `${filled}: ${inEnglish(extra)}` : filled;
}

/** The English of a note customs wrote in Chinese, when it is one customs writes (spec §7 texts, the receipts' status words, KNOWN_NOTES). */
function translateNote(note: string, code?: string): string | undefined {
  const text = note.trim();
  const status = STATUS_NOTES.get(text);
  if (status) return status;
  for (const [zh, en] of KNOWN_NOTES) {
    const match = text.match(zh);
    if (match) return fill(match, en, false);
  }
  const template = code === undefined ? undefined : SPEC_TEMPLATES.get(code);
  const match = template && text.match(template[0]);
  return match ? fill(match, template[1], true) : undefined;
}

export interface CustomsNote {
  /** What the merchant reads in their language. */
  text: string;
  /** Customs' own words, shown beside a translation so nothing customs said is lost. */
  original?: string;
  /** False when the English is only an explanation: customs' words are not a note the product knows. */
  translated: boolean;
}

/**
 * A receipt's note (customs writes it in Chinese) for the merchant: verbatim in Chinese; in English
 * translated where customs' wording is known, else explained, with customs' words beside it.
 */
export function customsNote(receipt: { code: string; message: string; meaning?: { 'zh-CN': string; en: string } }, language: CustomsLanguage): CustomsNote | undefined {
  const original = receipt.message.trim();
  if (!original) return undefined;
  if (language === 'zh-CN' || !HAS_CHINESE.test(original)) return { text: original, translated: true };
  const translated = translateNote(original, receipt.code);
  if (translated && !HAS_CHINESE.test(translated)) return { text: translated, original, translated: true };
  const meaning = receipt.meaning?.en;
  return { text: `${meaning ? `${meaning}. ` : ''}Customs wrote its note in Chinese; show it to your customs broker if it is unclear`, original, translated: false };
}
