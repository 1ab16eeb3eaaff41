import { SHIPMENT_MODES, type ShipmentMode } from '@tradewind/domain';
import { App, Button, Card, DatePicker, Form, InputNumber, Input, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { createShipment, shipmentProblem, type ShipmentProblem } from '../../stores/shipment-store.ts';
import { useWorkspace } from '../../workspace.tsx';
import { useProducts } from '../orders/data.ts';
import { ProductScanInput } from '../orders/ProductScanInput.tsx';
import { addSku, cartonOf, newCartonDraft, type CartonDraft } from './carton-draft.ts';
import { useStockLines, warehousesOf } from './data.ts';
import { DataTable } from '../../components/DataTable.tsx';

/** What a make-up shipment starts from (the shortfall of a received one). */
export interface ShipmentPrefill {
  warehouse: string;
  lines: { sku: string; quantity: number }[];
}

export function NewShipmentScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { store, profile } = useWorkspace();
  const prefill = useLocation().state as ShipmentPrefill | null;
  const products = useProducts();
  const warehouses = warehousesOf(useStockLines() ?? []);
  const [warehouse, setWarehouse] = useState<string | undefined>(prefill?.warehouse);
  const [mode, setMode] = useState<ShipmentMode>('sea_lcl');
  const [eta, setEta] = useState<string | undefined>();
  const [cartons, setCartons] = useState<CartonDraft[]>(() => [{ ...newCartonDraft(0), lines: prefill?.lines ?? [] }]);
  const [problem, setProblem] = useState<{ problem: ShipmentProblem | 'no_warehouse'; carton?: string } | null>(null);

  const totals = useMemo(
    () => ({
      cartons: cartons.length,
      units: cartons.reduce((sum, carton) => sum + carton.lines.reduce((units, line) => units + line.quantity, 0), 0),
      kg: Math.round(cartons.reduce((sum, carton) => sum + carton.weightKg, 0) * 10) / 10,
    }),
    [cartons],
  );

  const changeCarton = (index: number, change: (carton: CartonDraft) => CartonDraft) => setCartons((all) => all.map((carton, i) => (i === index ? change(carton) : carton)));

  const save = async () => {
    const target = warehouses.find((w) => w.warehouse === warehouse);
    if (!target) return setProblem({ problem: 'no_warehouse' });
    const draft = { mode, warehouse: target.warehouse, provider: target.provider, eta, cartons: cartons.map(cartonOf) };
    const found = shipmentProblem(draft);
    if (found) return setProblem({ problem: found.problem, carton: found.carton });
    const shipment = await createShipment(store, profile.numberPrefix, draft);
    void message.success(t('warehouse.shipments.created', { reference: shipment.reference }));
    navigate(`/shipments/${shipment.id}`);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 960 }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('warehouse.shipments.new')}
      </Typography.Title>
      <Form layout="vertical">
        <Space wrap size="large">
          <Form.Item label={t('warehouse.form.warehouse')} required>
            <Select
              value={warehouse}
              onChange={setWarehouse}
              placeholder={t('warehouse.form.pickWarehouse')}
              style={{ width: 260 }}
              data-testid="shipment-warehouse"
              options={warehouses.map((w) => ({ value: w.warehouse, label: `${w.warehouse} · ${t(`warehouse.providers.${w.provider}`)} (${w.market})` }))}
            />
          </Form.Item>
          <Form.Item label={t('warehouse.form.mode')} required>
            <Select value={mode} onChange={setMode} style={{ width: 180 }} data-testid="shipment-mode" options={SHIPMENT_MODES.map((m) => ({ value: m, label: t(`warehouse.modes.${m}`) }))} />
          </Form.Item>
          <Form.Item label={t('warehouse.form.eta')}>
            <DatePicker onChange={(date) => setEta(date ? date.format('YYYY-MM-DD') : undefined)} data-testid="shipment-eta" />
          </Form.Item>
        </Space>
      </Form>
      {cartons.map((carton, index) => (
        <Card
          key={index}
          size="small"
          data-testid={`carton-${index + 1}`}
          title={
            <Input
              value={carton.number}
              onChange={(e) => changeCarton(index, (c) => ({ ...c, number: e.target.value }))}
              style={{ width: 140 }}
              aria-label={t('warehouse.form.cartonNumber')}
              data-testid="carton-number"
            />
          }
          extra={
            <Space>
              <Button onClick={() => setCartons((all) => [...all, newCartonDraft(all.length, carton)])} data-testid="carton-copy">
                {t('warehouse.form.copyCarton')}
              </Button>
              {cartons.length > 1 && (
                <Button danger onClick={() => setCartons((all) => all.filter((_, i) => i !== index))}>
                  {t('warehouse.form.removeCarton')}
                </Button>
              )}
            </Space>
          }
        >
          <Space wrap>
            {(['lengthCm', 'widthCm', 'heightCm', 'weightKg'] as const).map((field) => (
              <Space key={field} orientation="vertical" size={0}>
                <Typography.Text type="secondary">{t(`warehouse.form.${field === 'weightKg' ? 'weight' : field.replace('Cm', '')}`)}</Typography.Text>
                <InputNumber min={0.1} value={carton[field]} onChange={(value) => changeCarton(index, (c) => ({ ...c, [field]: value ?? 0 }))} data-testid={`carton-${field}`} />
              </Space>
            ))}
          </Space>
          <div style={{ marginTop: 12 }}>
            <ProductScanInput products={products} large={false} onPick={(pick) => changeCarton(index, (c) => addSku(c, pick.variant?.sku ?? pick.product.sku))} />
          </div>
          <DataTable
            rowKey="sku"
            dataSource={carton.lines}
            style={{ marginTop: 8 }}
            columns={[
              { title: 'SKU', dataIndex: 'sku' },
              {
                title: t('warehouse.form.quantity'),
                render: (_, line) => (
                  <InputNumber
                    min={1}
                    precision={0}
                    value={line.quantity}
                    data-testid={`carton-qty-${line.sku}`}
                    onChange={(value) => changeCarton(index, (c) => ({ ...c, lines: c.lines.map((l) => (l.sku === line.sku ? { ...l, quantity: value ?? 0 } : l)) }))}
                  />
                ),
              },
              {
                title: '',
                render: (_, line) => (
                  <Button type="link" danger onClick={() => changeCarton(index, (c) => ({ ...c, lines: c.lines.filter((l) => l.sku !== line.sku) }))}>
                    {t('warehouse.form.removeLine')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      ))}
      <Button onClick={() => setCartons((all) => [...all, newCartonDraft(all.length)])} data-testid="carton-add">
        {t('warehouse.form.addCarton')}
      </Button>
      <Typography.Text data-testid="shipment-totals">{t('warehouse.form.totals', totals)}</Typography.Text>
      {problem && (
        <Typography.Text type="danger" data-testid="shipment-problem">
          {t(`warehouse.form.problems.${problem.problem}`, { carton: problem.carton })}
        </Typography.Text>
      )}
      <Button type="primary" size="large" onClick={() => void save()} data-testid="shipment-save">
        {t('warehouse.form.save')}
      </Button>
    </Space>
  );
}
