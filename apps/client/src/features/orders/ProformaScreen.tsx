import { buildProforma, DOCUMENT_LANGUAGES, documentLanguageForCountry, proformaAsText, proformaFileName, type DocumentLanguage } from '@tradewind/domain';
import { Alert, Button, Result, Segmented, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { platform } from '../../platform';
import { useBuyers, useMerchantProfile, useOrder } from './data.ts';
import { PaymentGapsAlert } from './PaymentGapsAlert.tsx';
import { ProformaEmailPanel } from './ProformaEmailPanel.tsx';
import { ProfileNotOnDevice } from '../profile/ProfileNotOnDevice.tsx';
import { ProformaDocumentView } from '@tradewind/proforma-view';
import '@tradewind/proforma-view/proforma.css';

const isLanguage = (value: string | null): value is DocumentLanguage => DOCUMENT_LANGUAGES.includes(value as DocumentLanguage);

/** The proforma of an order in the buyer's language, ready to print, save as PDF or share. */
export function ProformaScreen() {
  const { t } = useTranslation();
  // Said beside the button, not in a toast: a toast would sit over the language switch and the print button.
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const order = useOrder(id);
  const merchant = useMerchantProfile();
  const buyers = useBuyers();
  if (order === undefined) return <Spin fullscreen />;
  if (order === null) return <Result status="404" title={t('orderDesk.notFound')} />;
  if (merchant === undefined) return <Spin fullscreen />;
  if (merchant === null) return <ProfileNotOnDevice />;
  const buyer = buyers.find((b) => b.id === order.buyerId);
  const requested = params.get('lang');
  const language = isLanguage(requested) ? requested : (buyer?.language ?? documentLanguageForCountry(order.buyerCountry));
  const doc = buildProforma({ order, merchant, buyer, language, issuedOn: new Date().toISOString().slice(0, 10) });
  const fileName = proformaFileName(order.number, language);

  const print = async () => {
    const outcome = await platform.print(fileName);
    setSavedAs(outcome === 'saved' ? fileName : null);
  };

  return (
    <div className="proforma-page">
      <Space wrap className="no-print" style={{ maxWidth: '210mm', margin: '0 auto 12px', display: 'flex' }}>
        <Button onClick={() => navigate(-1)} data-testid="proforma-back">
          ← {t('orderDesk.back')}
        </Button>
        <Segmented
          value={language}
          onChange={(value) => setParams({ lang: String(value) }, { replace: true })}
          options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
          data-testid="proforma-languages"
        />
        <Button type="primary" onClick={print} data-testid="proforma-print">
          {platform.kind === 'electron' ? t('orderDesk.savePdf') : t('orderDesk.printOrPdf')}
        </Button>
        {savedAs && (
          <Typography.Text type="success" data-testid="proforma-saved">
            {t('orderDesk.pdfSaved', { name: savedAs })}
          </Typography.Text>
        )}
        {platform.share && (
          <Button onClick={() => void platform.share?.({ title: `${doc.texts.title} ${order.number}`, text: proformaAsText(doc) })} data-testid="proforma-share">
            {t('orderDesk.share')}
          </Button>
        )}
      </Space>
      <Space orientation="vertical" className="no-print" style={{ maxWidth: '210mm', margin: '0 auto 12px', display: 'flex' }}>
        <ProformaEmailPanel orderId={order.id} language={language} buyerEmail={buyer?.email ?? ''} />
      </Space>
      <PaymentGapsAlert merchant={merchant} currency={order.currency} />
      {!order.incotermPlace && (
        <Alert
          className="no-print"
          type="warning"
          showIcon
          title={t('orderDesk.noNamedPlace', { incoterm: order.incoterm })}
          action={
            <Button size="small" onClick={() => navigate(`/orders/${order.id}/edit`)}>
              {t('orderDesk.addNamedPlace')}
            </Button>
          }
          style={{ maxWidth: '210mm', margin: '0 auto 12px' }}
          data-testid="proforma-no-named-place"
        />
      )}
      <ProformaDocumentView doc={doc} />
    </div>
  );
}
