import { App, Button, Empty, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { platform } from '../../platform';
import { useShipment } from './data.ts';
import './labels.css';

/** One A6 label per carton: reference, carton n of N, destination, contents, size and weight. Printed or saved as PDF through the platform seam. */
export function CartonLabelsScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const shipment = useShipment(id);
  if (shipment === undefined) return <Spin />;
  if (shipment === null) return <Empty description={t('warehouse.shipments.notFound')} />;
  const fileName = `Carton-labels-${shipment.reference}.pdf`;
  const print = async () => {
    if ((await platform.print(fileName)) === 'saved') void message.success(t('warehouse.labels.saved', { name: fileName }));
  };
  return (
    <div className="carton-labels">
      <Space className="no-print" style={{ margin: 12 }}>
        <Button onClick={() => navigate(-1)}>← {t('warehouse.shipments.back')}</Button>
        <Button type="primary" onClick={() => void print()} data-testid="labels-print">
          {platform.kind === 'electron' ? t('warehouse.labels.savePdf') : t('warehouse.labels.print')}
        </Button>
      </Space>
      {shipment.cartons.map((carton, index) => (
        <section key={carton.number} className="carton-label" data-testid="carton-label">
          <div className="carton-label-reference">{shipment.reference}</div>
          <div className="carton-label-number">
            {t('warehouse.labels.carton', { no: index + 1, total: shipment.cartons.length })} · {carton.number}
          </div>
          <div>
            {t('warehouse.labels.to')}: {shipment.warehouse} ({t(`warehouse.providers.${shipment.provider}`)})
          </div>
          <div>
            {t('warehouse.labels.contents')}: {carton.lines.map((line) => `${line.sku} × ${line.quantity}`).join(', ')}
          </div>
          <div>{t('warehouse.labels.dimensions', { l: carton.lengthMm / 10, w: carton.widthMm / 10, h: carton.heightMm / 10, kg: carton.weightG / 1000 })}</div>
        </section>
      ))}
    </div>
  );
}
