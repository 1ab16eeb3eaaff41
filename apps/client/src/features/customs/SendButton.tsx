import type { FilingPrecheck } from '@tradewind/customs';
import { can, type Role } from '@tradewind/domain';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace.tsx';

/** The pre-check ran and found no error. */
export const precheckPassed = (precheck: FilingPrecheck | null): boolean => precheck !== null && 'ok' in precheck && precheck.ok;

/** Submits or resends a declaration or a summary request: only the owner may, and only once it is `ready` (the pre-check found no error). */
export function SendButton({ ready, label, testId, onSend }: { ready: boolean; label: string; testId: string; onSend: () => Promise<void> }) {
  const { t } = useTranslation();
  const { profile } = useWorkspace();
  const mayDo = can(profile.user.role as Role, 'submitFilings');
  return (
    <>
      {!mayDo && <Typography.Text type="secondary">{t('customsDesk.detail.staffNote')}</Typography.Text>}
      <Button type="primary" disabled={!mayDo || !ready} onClick={() => void onSend()} data-testid={testId}>
        {label}
      </Button>
    </>
  );
}
