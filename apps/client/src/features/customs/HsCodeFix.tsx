import type { ProductDoc, Role } from '@tradewind/domain';
import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvalidHsCodeError, saveHsCode } from '../../stores/product-store.ts';
import { useWorkspace } from '../../workspace.tsx';

/** The product's HS code, edited right beside the finding that asks for it; the pre-check runs again on save. */
export function HsCodeFix({ product }: { product: ProductDoc }) {
  const { t } = useTranslation();
  const { store, profile } = useWorkspace();
  const { message } = App.useApp();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    try {
      await saveHsCode(store, profile.user.role as Role, product.id, value);
      setProblem(null);
      void message.success(t('customsDesk.hsFix.saved', { sku: product.sku }));
    } catch (error) {
      if (!(error instanceof InvalidHsCodeError)) throw error;
      setProblem(t(`customsDesk.hsFix.invalid.${error.problem}`));
    }
  };
  return (
    <Space wrap>
      <Input
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onPressEnter={() => void save()}
        placeholder={t('customsDesk.hsFix.label')}
        maxLength={16}
        status={problem ? 'error' : undefined}
        style={{ width: 180 }}
        aria-label={t('customsDesk.hsFix.label')}
        data-testid={`hs-fix-${product.sku}`}
      />
      <Button onClick={() => void save()} data-testid={`hs-fix-save-${product.sku}`}>
        {t('customsDesk.hsFix.save')}
      </Button>
      {problem && <span role="alert">{problem}</span>}
    </Space>
  );
}
