import { DeleteOutlined, MinusOutlined, PlusOutlined } from '@ant-design/icons';
import {
  addPickToLines,
  autoUnitPrice,
  CURRENCIES,
  defaultIncotermPlace,
  followPriceList,
  INCOTERMS,
  incotermPlaceKind,
  lineAmount,
  moqShortfall,
  newId,
  ORDER_CHANNELS,
  orderTotals,
  toMajorUnits,
  toMinorUnits,
  type BuyerDoc,
  type OrderDoc,
  type OrderLine,
  type PricingContext,
  type ProductPick,
} from '@tradewind/domain';
import { Alert, App, AutoComplete, Button, Card, Descriptions, Input, InputNumber, Segmented, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney, moneyInputProps } from '../../components/money.ts';
import { BuyerPicker } from './BuyerPicker.tsx';
import { useBuyers, useMerchantProfile, useProducts } from './data.ts';
import type { OrderDraft } from '../../stores/order-store.ts';
import { ProductScanInput } from './ProductScanInput.tsx';
import { useRateTable } from '../../hooks/useRateTable.ts';

const DEPOSIT_CHOICES = [0, 30, 50, 100];
/** The desk form starts with one empty line to pick a product into; `productId` '' marks it. */
const emptyLine = (): OrderLine => ({ id: newId(), productId: '', sku: '', name: '', quantity: 1, unitPrice: 0 });

export interface OrderEditorProps {
  initial?: OrderDoc;
  /** Pre-selected captured buyer for a new order. */
  buyerId?: string;
  /** Fair mode: big touch targets, the fair channel, the scan box first. */
  fair: boolean;
  onSubmit: (draft: OrderDraft) => Promise<void>;
}

/** Order entry for the desk and the fair: buyer, products by scan or search, quantities with MOQ, prices from the buyer's price list, terms. */
export function OrderEditor({ initial, buyerId, fair, onSubmit }: OrderEditorProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const loadedProducts = useProducts();
  const products = useMemo(() => loadedProducts ?? [], [loadedProducts]);
  const buyers = useBuyers();
  const merchant = useMerchantProfile();
  const rates = useRateTable();
  const productsById = useMemo(() => new Map(products.map((p) => [p.id, p])), [products]);
  const startBuyer = buyers.find((b) => b.id === (initial?.buyerId ?? buyerId));

  const [buyer, setBuyer] = useState<BuyerDoc | undefined>(startBuyer);
  const [buyerName, setBuyerName] = useState(initial?.buyerName ?? startBuyer?.company ?? '');
  const [buyerCountry, setBuyerCountry] = useState(initial?.buyerCountry ?? startBuyer?.country ?? '');
  const [channel, setChannel] = useState<OrderDoc['channel']>(initial?.channel ?? (fair ? 'fair' : 'b2b'));
  const [currency, setCurrency] = useState(initial?.currency ?? 'USD');
  const [incoterm, setIncoterm] = useState<OrderDoc['incoterm']>(initial?.incoterm ?? 'FOB');
  // undefined until the seller types one: the term's default place (the profile loads after the first render).
  const [typedPlace, setTypedPlace] = useState(initial?.incotermPlace);
  const incotermPlace = typedPlace ?? defaultIncotermPlace(incoterm, merchant?.portsOfLoading);
  const changeIncoterm = (next: OrderDoc['incoterm']) => {
    if (incotermPlaceKind(next) !== incotermPlaceKind(incoterm)) setTypedPlace(undefined);
    setIncoterm(next);
  };
  const [depositPercent, setDepositPercent] = useState(initial?.depositPercent ?? 30);
  const [freight, setFreight] = useState(initial?.freight ?? 0);
  const [deliveryDate, setDeliveryDate] = useState(initial?.deliveryDate ?? '');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [lines, setLines] = useState<OrderLine[]>(initial?.lines ?? (fair ? [] : [emptyLine()]));
  const [saving, setSaving] = useState(false);

  // Captured buyers load after the first render; link the wanted one once it is there.
  const wantedBuyerId = initial?.buyerId ?? buyerId;
  useEffect(() => {
    const found = buyers.find((b) => b.id === wantedBuyerId);
    if (buyer || !found) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the buyers arrive from the database after the first render
    setBuyer(found);
    if (!initial) {
      setBuyerName(found.company);
      setBuyerCountry(found.country);
    }
  }, [buyers, buyer, wantedBuyerId, initial]);

  const context: PricingContext = { productsById, buyer, currency, rates };
  const large = fair;
  const size = large ? 'large' : 'middle';

  /** A change of buyer or currency re-prices lines that follow the price list. */
  const changeContext = (next: Partial<PricingContext>) => {
    const after = { ...context, ...next };
    setLines((current) => current.map((line) => followPriceList(line, line, context, after)));
  };
  const pickBuyer = (picked: BuyerDoc) => {
    changeContext({ buyer: picked });
    setBuyer(picked);
    setBuyerName(picked.company);
    setBuyerCountry(picked.country);
  };
  const typeBuyer = (name: string) => {
    if (buyer) changeContext({ buyer: undefined });
    setBuyer(undefined);
    setBuyerName(name);
  };
  const changeCurrency = (next: string) => {
    changeContext({ currency: next });
    setCurrency(next);
  };

  const priceOrZero = (line: OrderLine) => autoUnitPrice(context, line) ?? 0;
  const addPick = (pick: ProductPick) => {
    setLines((current) => {
      const withoutEmpty = current.filter((line) => line.productId !== '');
      const sku = pick.variant?.sku ?? pick.product.sku;
      const probe = { productId: pick.product.id, sku, quantity: pick.product.moq ?? 1 };
      const added = addPickToLines(withoutEmpty, pick, autoUnitPrice(context, probe) ?? 0);
      const before = withoutEmpty.find((line) => line.sku === sku);
      return added.map((line) => (before && line.id === before.id ? followPriceList(before, line, context, context) : line));
    });
  };
  const updateLine = (id: string, change: (line: OrderLine) => OrderLine) =>
    setLines((current) => current.map((line) => (line.id === id ? followPriceList(line, change(line), context, context) : line)));
  const chooseProduct = (id: string, value: string) => {
    const [productId, variantSku] = value.split('|');
    const product = productsById.get(productId!);
    if (!product) return;
    const variant = product.variants.find((v) => v.sku === variantSku);
    const [picked] = addPickToLines([], { product, variant }, 0);
    setLines((current) => current.map((line) => (line.id === id ? { ...picked!, id, unitPrice: priceOrZero(picked!) } : line)));
  };

  const chosen = lines.filter((line) => line.productId !== '');
  const totals = orderTotals({ lines: chosen, freight, depositPercent, payments: initial?.payments });
  const money = (minor: number) => formatMoney(minor, currency, i18n.language);
  const missingRate = chosen.some((line) => productsById.has(line.productId) && autoUnitPrice(context, line) === null);

  const submit = async () => {
    if (!buyerName.trim()) return void message.error(t('orderDesk.needBuyer'));
    if (chosen.length === 0) return void message.error(t('orderDesk.needLine'));
    if (buyerCountry && !/^[A-Za-z]{2}$/.test(buyerCountry)) return void message.error(t('orders.countryCode'));
    setSaving(true);
    try {
      await onSubmit({
        buyerId: buyer?.id,
        buyerName: buyerName.trim(),
        buyerCountry: buyerCountry.trim().toUpperCase(),
        channel,
        currency,
        incoterm,
        incotermPlace: incotermPlace.trim() || undefined,
        lines: chosen,
        notes,
        deliveryDate: deliveryDate || undefined,
        depositPercent,
        freight: freight > 0 ? freight : undefined,
      });
    } finally {
      setSaving(false);
    }
  };

  const productOptions = useMemo(
    () =>
      products.flatMap((product) => [
        { value: `${product.id}|`, label: `${product.sku} · ${product.name}` },
        ...product.variants.map((variant) => ({ value: `${product.id}|${variant.sku}`, label: `${variant.sku} · ${product.name} (${Object.values(variant.options).join(' / ')})` })),
      ]),
    [products],
  );

  const lineRows = lines.map((line, index) => {
    const product = productsById.get(line.productId);
    const short = moqShortfall(line.quantity, product?.moq);
    return (
      <Card key={line.id} size="small" data-testid={`order-line-${index}`} styles={{ body: { padding: large ? 12 : 8 } }}>
        <Space wrap align="center" style={{ width: '100%' }}>
          {line.productId === '' || !fair ? (
            <Select
              size={size}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: large ? '100%' : 320, minWidth: 240 }}
              placeholder={t('orderDesk.pickProduct')}
              value={line.productId ? `${line.productId}|${line.sku === product?.sku ? '' : line.sku}` : undefined}
              options={productOptions}
              onChange={(value: string) => chooseProduct(line.id, value)}
              data-testid={`order-line-product-${index}`}
            />
          ) : (
            <Typography.Text strong style={{ fontSize: large ? 16 : undefined }}>
              {line.sku} · {line.name}
            </Typography.Text>
          )}
          <Space.Compact>
            {large && (
              <Button
                size={size}
                icon={<MinusOutlined />}
                aria-label={t('orderDesk.less')}
                onClick={() => updateLine(line.id, (l) => ({ ...l, quantity: Math.max(1, l.quantity - (product?.moq ?? 1)) }))}
              />
            )}
            <InputNumber
              size={size}
              min={1}
              precision={0}
              value={line.quantity}
              onChange={(value) => typeof value === 'number' && updateLine(line.id, (l) => ({ ...l, quantity: value }))}
              style={{ width: large ? 110 : 120 }}
              data-testid={`order-line-quantity-${index}`}
            />
            {large && (
              <Button size={size} icon={<PlusOutlined />} aria-label={t('orderDesk.more')} onClick={() => updateLine(line.id, (l) => ({ ...l, quantity: l.quantity + (product?.moq ?? 1) }))} />
            )}
          </Space.Compact>
          <InputNumber
            size={size}
            {...moneyInputProps(currency)}
            prefix={currency}
            value={toMajorUnits(line.unitPrice, currency)}
            onChange={(value) => typeof value === 'number' && setLines((current) => current.map((l) => (l.id === line.id ? { ...l, unitPrice: toMinorUnits(value, currency) } : l)))}
            style={{ width: 150 }}
            data-testid={`order-line-price-${index}`}
          />
          <Typography.Text data-testid={`order-line-amount-${index}`}>{money(lineAmount(line))}</Typography.Text>
          <Button size={size} type="text" danger icon={<DeleteOutlined />} aria-label={t('orderDesk.removeLine')} onClick={() => setLines((current) => current.filter((l) => l.id !== line.id))} />
        </Space>
        {short > 0 && (
          <Typography.Text type="warning" data-testid={`order-line-moq-${index}`}>
            {t('orderDesk.belowMoq', { moq: product?.moq, unit: product?.unit ?? '' })}
          </Typography.Text>
        )}
      </Card>
    );
  });

  return (
    <Space orientation="vertical" size={large ? 'large' : 'middle'} style={{ width: '100%', maxWidth: 960 }}>
      <Card size="small" title={t('orderDesk.buyerSection')}>
        <Space wrap style={{ width: '100%' }}>
          <BuyerPicker buyers={buyers} name={buyerName} onType={typeBuyer} onPick={pickBuyer} large={large} />
          <Input
            size={size}
            maxLength={2}
            style={{ width: 90 }}
            placeholder={t('orderDesk.country')}
            value={buyerCountry}
            onChange={(e) => setBuyerCountry(e.target.value.toUpperCase())}
            data-testid="order-country"
          />
          {!fair && (
            <Select
              size={size}
              style={{ width: 170 }}
              value={channel}
              onChange={setChannel}
              options={ORDER_CHANNELS.map((c) => ({ value: c, label: t(`orders.channels.${c}`) }))}
              data-testid="order-channel"
            />
          )}
          {buyer && (
            <Typography.Text type="secondary">
              {t(`fair.tiers.${buyer.priceTier}`)}
              {buyer.discountPercent !== undefined ? ` · −${buyer.discountPercent}%` : ''}
            </Typography.Text>
          )}
        </Space>
      </Card>
      <Card size="small" title={t('orderDesk.linesSection')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <ProductScanInput products={loadedProducts} onPick={addPick} large={large} />
          {lineRows}
          {!fair && (
            <Button onClick={() => setLines((current) => [...current, emptyLine()])} data-testid="order-add-line">
              {t('orderDesk.addLine')}
            </Button>
          )}
          {missingRate && <Alert type="warning" showIcon title={t('orderDesk.noRate', { currency })} />}
        </Space>
      </Card>
      <Card size="small" title={t('orderDesk.termsSection')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Select size={size} style={{ width: 110 }} value={currency} onChange={changeCurrency} options={CURRENCIES.map((c) => ({ value: c, label: c }))} data-testid="order-currency" />
            <Segmented size={size} value={incoterm} onChange={(value) => changeIncoterm(value as OrderDoc['incoterm'])} options={[...INCOTERMS]} data-testid="order-incoterm" />
            <AutoComplete
              size={size}
              style={{ width: 220 }}
              value={incotermPlace}
              onChange={setTypedPlace}
              maxLength={80}
              placeholder={t(incotermPlaceKind(incoterm) === 'loading' ? 'orderDesk.placeLoading' : 'orderDesk.placeDestination')}
              options={incotermPlaceKind(incoterm) === 'loading' ? (merchant?.portsOfLoading ?? []).map((port) => ({ value: port })) : []}
              aria-label={t(incotermPlaceKind(incoterm) === 'loading' ? 'orderDesk.placeLoading' : 'orderDesk.placeDestination')}
              data-testid="order-incoterm-place"
            />
          </Space>
          <Space wrap align="center">
            <Typography.Text>{t('orderDesk.deposit')}</Typography.Text>
            <Segmented
              size={size}
              value={depositPercent}
              onChange={(value) => setDepositPercent(Number(value))}
              options={DEPOSIT_CHOICES.map((p) => ({ value: p, label: `${p}%` }))}
              data-testid="order-deposit"
            />
          </Space>
          <Space wrap>
            <label>
              <Typography.Text>{t('orderDesk.deliveryDate')} </Typography.Text>
              <Input size={size} type="date" value={deliveryDate} onChange={(e) => setDeliveryDate(e.target.value)} style={{ width: 180 }} data-testid="order-delivery-date" />
            </label>
            {(incoterm === 'CIF' || incoterm === 'DDP' || freight > 0) && (
              <label>
                <Typography.Text>{t('orderDesk.freight')} </Typography.Text>
                <InputNumber
                  size={size}
                  {...moneyInputProps(currency)}
                  prefix={currency}
                  value={toMajorUnits(freight, currency)}
                  onChange={(value) => setFreight(toMinorUnits(value ?? 0, currency))}
                  data-testid="order-freight"
                />
              </label>
            )}
          </Space>
          <Input.TextArea rows={2} maxLength={5000} placeholder={t('orderDesk.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} data-testid="order-notes" />
        </Space>
      </Card>
      <Descriptions size="small" bordered column={1} data-testid="order-totals">
        <Descriptions.Item label={t('orderDesk.subtotal')}>{money(totals.subtotal)}</Descriptions.Item>
        {totals.freight > 0 && <Descriptions.Item label={t('orderDesk.freight')}>{money(totals.freight)}</Descriptions.Item>}
        <Descriptions.Item label={t('orderDesk.total')}>
          <Typography.Text strong data-testid="order-total">
            {money(totals.total)}
          </Typography.Text>
        </Descriptions.Item>
        {totals.depositDue > 0 && <Descriptions.Item label={t('orderDesk.depositDue', { percent: depositPercent })}>{money(totals.depositDue)}</Descriptions.Item>}
      </Descriptions>
      <Button type="primary" size={size} block={large} loading={saving} onClick={submit} data-testid="order-save" style={large ? { height: 56, fontSize: 18 } : undefined}>
        {initial ? t('orderDesk.saveChanges') : t('orderDesk.save')}
      </Button>
    </Space>
  );
}
