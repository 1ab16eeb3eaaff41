import {
  CHANNEL_LIMITS,
  CONTENT_LANGUAGES,
  CURRENCIES,
  checkListing,
  isoDate,
  nextListingStatuses,
  productTextIn,
  publishBlockers,
  untranslatedFrom,
  toMajorUnits,
  toMinorUnits,
  type ListingDoc,
  type ListingStatus,
  type ProductDoc,
} from '@tradewind/domain';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Result, Row, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RxDocument } from 'rxdb';
import { useObservable } from '../../hooks/useObservable.ts';
import { saveListingContent, setListingStatus } from '../../stores/listing-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { CompliancePanel } from './CompliancePanel.tsx';
import { VerdictTag } from './VerdictTag.tsx';
import { moneyInputProps } from '../../components/money.ts';

/** The button for each step a listing can take; publishing is disabled while something blocks it. */
const STATUS_BUTTONS: Record<ListingStatus, (onClick: () => void, blocked: boolean) => ReactNode> = {
  published: (onClick, blocked) => <PublishButton key="published" onClick={onClick} blocked={blocked} />,
  paused: (onClick) => <StatusButton key="paused" onClick={onClick} label="catalogue.listing.pause" testId="listing-pause" />,
  draft: (onClick) => <StatusButton key="draft" onClick={onClick} label="catalogue.listing.toDraft" />,
};

function PublishButton({ onClick, blocked }: { onClick: () => void; blocked: boolean }) {
  const { t } = useTranslation();
  return (
    <Button type="primary" disabled={blocked} onClick={onClick} data-testid="listing-publish">
      {t('catalogue.listing.publish')}
    </Button>
  );
}

function StatusButton({ onClick, label, testId }: { onClick: () => void; label: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Button onClick={onClick} data-testid={testId}>
      {t(label)}
    </Button>
  );
}

interface ContentValues {
  title: string;
  bullets: string[];
  description: string;
  priceMajor: number;
  currency: string;
  language: ListingDoc['language'];
}

/** Warns while the title is still the product's text in another language than the listing's. */
function UntranslatedAlert({ title, language, product }: { title: string; language: ListingDoc['language']; product: ProductDoc }) {
  const { t } = useTranslation();
  const from = untranslatedFrom(title, language, product);
  if (!from) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="listing-untranslated"
      title={t('catalogue.listing.untranslated', { from: t(`catalogue.languages.${from}`), to: t(`catalogue.languages.${language}`) })}
      action={<Link to={`/products/${product.id}?tab=translations`}>{t('catalogue.tabs.translations')}</Link>}
    />
  );
}

function ListingContent({ listing, product }: { listing: RxDocument<ListingDoc>; product: ProductDoc | null }) {
  const { t } = useTranslation();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const limits = CHANNEL_LIMITS[listing.channel];
  const [form] = Form.useForm<ContentValues>();
  const title = Form.useWatch('title', form) ?? listing.title;
  const currency = Form.useWatch('currency', form) ?? listing.price.currency;
  const language = Form.useWatch('language', form) ?? listing.language;
  /** A new language takes the product's own text in it, unless the seller already wrote their own title. */
  const changeLanguage = (next: ListingDoc['language']) => {
    const text = product && productTextIn(product, next);
    if (!text || !untranslatedFrom(form.getFieldValue('title') ?? '', next, product)) return;
    form.setFieldsValue({ title: text.title, description: text.description });
    void message.info(t('catalogue.listing.translationFilled', { language: t(`catalogue.languages.${next}`) }));
  };
  const save = async (values: ContentValues) => {
    await saveListingContent(store, listing.id, {
      title: values.title,
      bullets: (values.bullets ?? []).map((bullet) => bullet ?? ''),
      description: values.description ?? '',
      price: { amount: toMinorUnits(values.priceMajor, values.currency), currency: values.currency },
      language: values.language,
    });
    void message.success(t('products.saved'));
  };
  return (
    <Form<ContentValues>
      form={form}
      layout="vertical"
      initialValues={{ ...listing.toJSON(), bullets: [...listing.bullets], priceMajor: toMajorUnits(listing.price.amount, listing.price.currency), currency: listing.price.currency }}
      onFinish={save}
      onValuesChange={(changed: Partial<ContentValues>) => changed.language && changeLanguage(changed.language)}
    >
      {product && <UntranslatedAlert title={title} language={language} product={product} />}
      <Form.Item
        name="title"
        label={t('catalogue.listing.title')}
        extra={t('catalogue.listing.titleCount', { length: title.length, max: limits.titleMax })}
        rules={[{ required: true, message: t('products.validation.required') }]}
      >
        <Input.TextArea autoSize maxLength={500} data-testid="listing-title" />
      </Form.Item>
      {limits.bullets && (
        <Form.List name="bullets">
          {(fields, { add, remove }) => (
            <Form.Item label={t('catalogue.listing.bullets', { max: limits.bullets!.max })}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((field, index) => (
                  <Space.Compact key={field.key} style={{ width: '100%' }}>
                    <Form.Item name={field.name} noStyle>
                      <Input maxLength={1000} data-testid={`listing-bullet-${index}`} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)}>{t('catalogue.remove')}</Button>
                  </Space.Compact>
                ))}
                <Button onClick={() => add('')} disabled={fields.length >= limits.bullets!.max} data-testid="listing-bullet-add">
                  {t('catalogue.listing.addBullet')}
                </Button>
              </Space>
            </Form.Item>
          )}
        </Form.List>
      )}
      <Form.Item name="description" label={t('products.description')}>
        <Input.TextArea rows={4} maxLength={10000} data-testid="listing-description" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="priceMajor" label={t('products.price')} rules={[{ required: true, message: t('products.validation.required') }]}>
          <InputNumber {...moneyInputProps(currency)} data-testid="listing-price" />
        </Form.Item>
        <Form.Item name="currency" label={t('products.currency')}>
          <Select style={{ width: 100 }} options={CURRENCIES.map((c) => ({ value: c, label: c }))} data-testid="listing-currency" />
        </Form.Item>
        <Form.Item name="language" label={t('catalogue.listing.language')}>
          <Select style={{ width: 140 }} data-testid="listing-language" options={CONTENT_LANGUAGES.map((language) => ({ value: language, label: t(`catalogue.languages.${language}`) }))} />
        </Form.Item>
      </Space>
      <Button type="primary" htmlType="submit" data-testid="listing-save">
        {t('products.save')}
      </Button>
    </Form>
  );
}

/** One listing: its content, its status, and the compliance check that decides whether it may go out. */
export function ListingScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { db, store } = useWorkspace();
  const { message } = App.useApp();
  const listing$ = useMemo(() => db.listings.findOne(id).$, [db, id]);
  const listing = useObservable(listing$, undefined as RxDocument<ListingDoc> | null | undefined);
  const productId = listing?.productId;
  const product$ = useMemo(() => db.products.findOne(productId ?? '').$, [db, productId]);
  const product = useObservable(product$, null as RxDocument<ProductDoc> | null);
  const [asOf, setAsOf] = useState(() => isoDate(new Date()));
  if (listing === undefined) return null;
  if (listing === null) return <Result status="404" title={t('catalogue.listing.notFound')} extra={<Link to="/listings">{t('catalogue.listing.back')}</Link>} />;
  const today = isoDate(new Date());
  const report = checkListing(listing.toJSON() as ListingDoc, asOf);
  const reportToday = asOf === today ? report : checkListing(listing.toJSON() as ListingDoc, today);
  const blockersToday = publishBlockers(reportToday);
  const blockerText = [
    ...blockersToday.filter((blocker) => !blocker.startsWith('channel:')),
    ...reportToday.channelProblems.map((problem) => t(`catalogue.channelProblem.${problem.code}`, problem.params)),
  ].join('; ');
  const setStatus = async (status: ListingStatus) => {
    await setListingStatus(store, listing.id, status);
    void message.success(t(`catalogue.listing.statusSaved.${status}`));
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Link to={`/products/${listing.productId}`}>← {listing.sku}</Link>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="listing-heading">
          {t(`orders.channels.${listing.channel}`)} · {t(`catalogue.markets.${listing.market}`)}
        </Typography.Title>
        <Space wrap>
          <Tag data-testid="listing-status">{t(`catalogue.status.${listing.status}`)}</Tag>
          <VerdictTag verdict={report.verdict} testId="listing-verdict" />
          {nextListingStatuses(listing.status).map((to) => STATUS_BUTTONS[to](() => void setStatus(to), blockersToday.length > 0))}
        </Space>
      </Space>
      {blockersToday.length > 0 && listing.status !== 'published' && (
        <Alert type="error" showIcon title={t('catalogue.listing.cannotPublish', { rules: blockerText })} data-testid="listing-cannot-publish" />
      )}
      {blockersToday.length > 0 && listing.status === 'published' && <Alert type="error" showIcon title={t('catalogue.listing.publishedButBlocked', { rules: blockerText })} />}
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('catalogue.listing.content')}>
            <ListingContent key={listing.id} listing={listing} product={product && (product.toJSON() as ProductDoc)} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={t('catalogue.compliance.title')}
            extra={
              <Space>
                <Typography.Text type="secondary">{t('catalogue.compliance.asOf')}</Typography.Text>
                <Input type="date" value={asOf} onChange={(event) => setAsOf(event.target.value || today)} style={{ width: 160 }} data-testid="compliance-as-of" />
              </Space>
            }
          >
            <CompliancePanel listing={listing} report={report} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
