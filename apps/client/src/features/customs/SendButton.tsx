import type { FilingPrecheck } from '@tradewind/customs';
import { can, type Role } from '@tradewind/domain';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../workspace.tsx';

/** Submits or resends a declaration: only the owner may, and only once the pre-check found no error. */
export function SendButton({ precheck, label, testId, onSend }: { precheck: FilingPrecheck | null; label: string; testId: string; onSend: () => Promise<void> }) {
  const { t } = useTranslation();
  const { profile } = useWorkspace();
  const mayDo = can(profile.user.role as Role, 'submitFilings');
  const passed = precheck !== null && 'ok' in precheck && precheck.ok;
  return (
    <>
      {!mayDo && <Typography.Text type="secondary">{t('customsDesk.detail.staffNote')}</Typography.Text>}
      <Button type="primary" disabled={!mayDo || !passed} onClick={() => void onSend()} data-testid={testId}>
        {label}
      </Button>
    </>
  );
}
