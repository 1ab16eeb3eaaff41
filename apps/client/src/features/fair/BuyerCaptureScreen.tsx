import { CameraOutlined } from '@ant-design/icons';
import { BUYER_TIERS, countryMatches, countryOptions, DOCUMENT_LANGUAGES, documentLanguageForCountry, findPossibleDuplicates, type BuyerDoc, type DocumentLanguage } from '@tradewind/domain';
import { Alert, App, Button, Input, Segmented, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createBuyer } from '../../stores/buyer-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useBuyers } from '../orders/data.ts';
import { compressCardPhoto } from './card-photo.ts';
import { loadFairEvent } from './fair-event.ts';

/** Buyer capture in under 30 seconds: only the company is required; duplicates show as you type. */
export function BuyerCaptureScreen() {
  const { t, i18n } = useTranslation();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const buyers = useBuyers();
  const [company, setCompany] = useState('');
  const [contactName, setContactName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [country, setCountry] = useState('');
  const [metAt, setMetAt] = useState(loadFairEvent);
  const [notes, setNotes] = useState('');
  const [language, setLanguage] = useState<DocumentLanguage | null>(null);
  const [priceTier, setPriceTier] = useState<BuyerDoc['priceTier']>('list');
  const [cardPhoto, setCardPhoto] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const countries = useMemo(() => countryOptions(i18n.language).map((c) => ({ value: c.code, label: `${c.name} · ${c.code}`, country: c })), [i18n.language]);
  const duplicates = findPossibleDuplicates({ company, email, phone }, buyers);

  const takePhoto = async (file: File | undefined) => {
    if (!file) return;
    try {
      setCardPhoto(await compressCardPhoto(file));
    } catch {
      void message.error(t('fair.photoFailed'));
    }
  };
  const save = async (then: 'home' | 'order') => {
    if (!company.trim()) return void message.error(t('fair.companyRequired'));
    setSaving(true);
    try {
      const buyer = await createBuyer(store, {
        company,
        contactName,
        email,
        phone,
        country,
        address: '',
        metAt,
        notes,
        language: language ?? documentLanguageForCountry(country),
        priceTier,
        cardPhoto,
      });
      void message.success(t('fair.buyerSaved', { company: buyer.company }));
      navigate(then === 'order' ? `/fair/orders/new?buyer=${buyer.id}` : '/fair');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('fair.newBuyer')}
      </Typography.Title>
      <Input size="large" autoFocus placeholder={t('fair.company')} maxLength={200} value={company} onChange={(e) => setCompany(e.target.value)} data-testid="buyer-company" />
      <Input size="large" placeholder={t('fair.contactName')} maxLength={200} value={contactName} onChange={(e) => setContactName(e.target.value)} data-testid="buyer-contact" />
      <Select
        size="large"
        showSearch={{ filterOption: (input, option) => Boolean(option && countryMatches(option.country, input)) }}
        allowClear
        placeholder={t('fair.country')}
        value={country || undefined}
        onChange={(code?: string) => setCountry(code ?? '')}
        options={countries}
        data-testid="buyer-country"
      />
      <Space.Compact style={{ width: '100%' }}>
        <Input size="large" type="email" inputMode="email" placeholder={t('fair.email')} maxLength={200} value={email} onChange={(e) => setEmail(e.target.value)} data-testid="buyer-email" />
        <Input size="large" type="tel" inputMode="tel" placeholder={t('fair.phone')} maxLength={60} value={phone} onChange={(e) => setPhone(e.target.value)} data-testid="buyer-phone" />
      </Space.Compact>
      {duplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="buyer-duplicates"
          title={t('fair.possibleDuplicates')}
          description={
            <Space orientation="vertical">
              {duplicates.map(({ buyer, reasons }) => (
                <Space key={buyer.id} wrap>
                  <Typography.Text strong>{buyer.company}</Typography.Text>
                  <Typography.Text type="secondary">{reasons.map((r) => t(`fair.duplicateReasons.${r}`)).join(', ')}</Typography.Text>
                  <Link to={`/fair/orders/new?buyer=${buyer.id}`} data-testid="buyer-duplicate-use">
                    {t('fair.useThisBuyer')}
                  </Link>
                </Space>
              ))}
            </Space>
          }
        />
      )}
      <Input size="large" placeholder={t('fair.metAt')} maxLength={200} value={metAt} onChange={(e) => setMetAt(e.target.value)} data-testid="buyer-met-at" />
      <Space wrap align="center">
        <Typography.Text>{t('fair.documentLanguage')}</Typography.Text>
        <Segmented
          size="large"
          value={language ?? documentLanguageForCountry(country)}
          onChange={(value) => setLanguage(value as DocumentLanguage)}
          options={DOCUMENT_LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
          data-testid="buyer-language"
        />
      </Space>
      <Space wrap align="center">
        <Typography.Text>{t('fair.priceTier')}</Typography.Text>
        <Segmented
          size="large"
          value={priceTier}
          onChange={(value) => setPriceTier(value as BuyerDoc['priceTier'])}
          options={BUYER_TIERS.map((tier) => ({ value: tier, label: t(`fair.tiers.${tier}`) }))}
          data-testid="buyer-tier"
        />
      </Space>
      <Input.TextArea rows={2} placeholder={t('fair.notes')} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} data-testid="buyer-notes" />
      <Space wrap align="center">
        <label className="ant-btn ant-btn-default ant-btn-lg" style={{ display: 'inline-flex', alignItems: 'center', gap: 8, cursor: 'pointer' }}>
          <CameraOutlined />
          {cardPhoto ? t('fair.retakeCard') : t('fair.photographCard')}
          <input type="file" accept="image/*" capture="environment" hidden onChange={(e) => void takePhoto(e.target.files?.[0])} data-testid="buyer-card-photo" />
        </label>
        {cardPhoto && <img src={cardPhoto} alt={t('fair.cardPhoto')} style={{ height: 64, borderRadius: 4 }} data-testid="buyer-card-preview" />}
      </Space>
      <Space wrap style={{ width: '100%' }}>
        <Button size="large" type="primary" loading={saving} onClick={() => save('order')} style={{ height: 56, minWidth: 200 }} data-testid="buyer-save-order">
          {t('fair.saveAndOrder')}
        </Button>
        <Button size="large" loading={saving} onClick={() => save('home')} style={{ height: 56 }} data-testid="buyer-save">
          {t('fair.saveBuyer')}
        </Button>
      </Space>
    </Space>
  );
}
