import { ScanOutlined } from '@ant-design/icons';
import { findByCode, type ProductDoc, type ProductPick } from '@tradewind/domain';
import { Button, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform';
import { CameraScanner } from './CameraScanner.tsx';

const MAX_SUGGESTIONS = 6;

function suggestions(products: readonly ProductDoc[], text: string): ProductPick[] {
  const needle = text.trim().toLowerCase();
  if (needle.length < 2) return [];
  const picks: ProductPick[] = [];
  for (const product of products) {
    const productMatches = [product.name, product.nameEn, product.sku].some((value) => value?.toLowerCase().includes(needle));
    if (productMatches) picks.push({ product });
    for (const variant of product.variants) {
      if (productMatches || variant.sku.toLowerCase().includes(needle) || variant.barcode?.includes(needle)) picks.push({ product, variant });
    }
    if (picks.length >= MAX_SUGGESTIONS) break;
  }
  return picks.slice(0, MAX_SUGGESTIONS);
}

/**
 * Adds products to an order: a keyboard-wedge barcode scanner types the code and Enter into this
 * focused box, the camera scans where the browser has BarcodeDetector, or the seller types a SKU
 * or name and taps a suggestion.
 */
export function ProductScanInput({ products, onPick, large }: { products: readonly ProductDoc[] | null; onPick: (pick: ProductPick) => void; large: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const [waiting, setWaiting] = useState<string | null>(null);

  const pickCode = (code: string) => {
    if (!products) return setWaiting(code);
    const pick = findByCode(products, code);
    if (!pick) return setNotFound(code.trim());
    setNotFound(null);
    setText('');
    onPick(pick);
  };
  // A scan right after the screen opened waits for the catalogue to load.
  useEffect(() => {
    if (!products || waiting === null) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the catalogue arrives from the database after the scan
    setWaiting(null);
    pickCode(waiting);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- pickCode reads the products just loaded
  }, [products, waiting]);
  const choose = (pick: ProductPick) => {
    setText('');
    setNotFound(null);
    onPick(pick);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          size={large ? 'large' : 'middle'}
          allowClear
          autoFocus={large}
          inputMode="search"
          placeholder={t('orderDesk.scanPlaceholder')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onPressEnter={() => pickCode(text)}
          data-testid="order-scan"
        />
        {platform.barcodeCamera && (
          <Button size={large ? 'large' : 'middle'} icon={<ScanOutlined />} onClick={() => setScanning(true)} data-testid="order-scan-camera">
            {t('orderDesk.scanCamera')}
          </Button>
        )}
      </Space.Compact>
      {notFound && (
        <Typography.Text type="danger" data-testid="order-scan-not-found">
          {t('orderDesk.scanNotFound', { code: notFound })}
        </Typography.Text>
      )}
      <Space wrap>
        {suggestions(products ?? [], text).map((pick) => {
          const sku = pick.variant?.sku ?? pick.product.sku;
          return (
            <Button key={sku} size={large ? 'large' : 'middle'} onClick={() => choose(pick)} data-testid={`order-scan-option-${sku}`}>
              {sku} · {pick.product.name}
              {pick.variant ? ` (${Object.values(pick.variant.options).join(' / ')})` : ''}
            </Button>
          );
        })}
      </Space>
      {scanning && platform.barcodeCamera && (
        <CameraScanner
          camera={platform.barcodeCamera}
          onCode={(code) => {
            setScanning(false);
            pickCode(code);
          }}
          onClose={() => setScanning(false)}
        />
      )}
    </Space>
  );
}
