import { customsNote } from '@tradewind/customs';
import type { NoticeDoc } from '@tradewind/domain';
import { customsLanguage } from './customs-language.ts';

/**
 * A notice's params with customs' note (`message` of a customs notice, in Chinese as customs wrote it) in
 * the reader's language, as the customs desk shows a receipt's: verbatim in Chinese; in English translated
 * where customs' wording is known, else explained, with customs' own words as `original`.
 */
export function withCustomsNote(notice: Pick<NoticeDoc, 'messageKey' | 'params'>, language: string): { params: NoticeDoc['params']; original?: string } {
  const { message, code = '' } = notice.params;
  const note = notice.messageKey.startsWith('notice.customs.') && message !== undefined ? customsNote({ code, message }, customsLanguage(language)) : undefined;
  return note ? { params: { ...notice.params, message: note.text }, original: note.original } : { params: notice.params };
}
