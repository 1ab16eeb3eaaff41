import { tradeModeOf, type FilingDoc } from '@tradewind/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A filing kind by its name and its customs supervision mode (9610, 9710, 9810). */
export function FilingKind({ kind }: { kind: FilingDoc['kind'] }) {
  const { t } = useTranslation();
  const mode = tradeModeOf(kind);
  return (
    <span data-testid={`filing-kind-${kind}`}>
      {t(`filings.kinds.${kind}`)}
      {mode && <Tag style={{ marginInlineStart: 6 }}>{mode}</Tag>}
    </span>
  );
}
