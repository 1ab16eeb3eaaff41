import { localize, type LocalText } from '@tradewind/domain';
import { useTranslation } from 'react-i18next';

/** Picks the user's language from data that carries both (rules, templates, evidence). */
export function useLocalize(): (text: LocalText | undefined) => string {
  const { i18n } = useTranslation();
  return (text) => (text ? localize(text, i18n.language) : '');
}
