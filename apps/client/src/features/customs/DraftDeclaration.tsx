import type { FilingDeclaration, FilingDoc, OrderDoc, Role } from '@tradewind/domain';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { discardDraft, saveDraftChanges, submitDraft } from '../../stores/filing-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { EditDeclaration } from './EditDeclaration.tsx';
import { precheckPassed, SendButton } from './SendButton.tsx';
import { useEditedDeclaration } from './use-edited-declaration.ts';

/** A draft declaration: fair staff prepare and save it, the owner checks it and sends it (offline too); either may discard it. */
export function DraftDeclaration({ filing, orders }: { filing: FilingDoc & { declaration: FilingDeclaration }; orders: OrderDoc[] }) {
  const { t } = useTranslation();
  const { store, profile } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const edited = useEditedDeclaration(filing, orders);
  const role = profile.user.role as Role;
  const save = async () => {
    await saveDraftChanges(store, role, filing.id, edited.declaration);
    void message.success(t('customsDesk.draft.saved', { title: filing.title }));
  };
  const send = async () => {
    await submitDraft(store, role, filing.id, edited.declaration);
    void message.success(t('customsDesk.submitted', { title: filing.title }));
  };
  const discard = async () => {
    await discardDraft(store, filing.id);
    void message.success(t('customsDesk.draft.discarded', { title: filing.title }));
    void navigate('/customs');
  };
  return (
    <>
      <EditDeclaration filing={filing} orders={orders} edited={edited} />
      <Space wrap>
        <SendButton ready={precheckPassed(edited.precheck)} label={t('customsDesk.submit')} testId="declaration-submit" onSend={send} />
        <Button onClick={() => void save()} data-testid="declaration-save-draft">
          {t('customsDesk.draft.saveChanges')}
        </Button>
        <Button danger onClick={() => void discard()} data-testid="declaration-discard">
          {t('customsDesk.draft.discard')}
        </Button>
      </Space>
    </>
  );
}
