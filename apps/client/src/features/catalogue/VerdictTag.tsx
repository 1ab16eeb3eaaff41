import type { Verdict } from '@tradewind/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<Verdict, string> = { pass: 'green', warn: 'orange', block: 'red' };

export function VerdictTag({ verdict, testId }: { verdict: Verdict; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[verdict]} data-testid={testId} data-verdict={verdict}>
      {t(`catalogue.verdict.${verdict}`)}
    </Tag>
  );
}
