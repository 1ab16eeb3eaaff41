import { MAX_PRODUCT_IMAGES, type ProductDoc } from '@tradewind/domain';
import { DeleteOutlined, StarOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { useWorkspace } from '../../workspace.tsx';
import { AttachmentImage } from './AttachmentImage.tsx';
import { makeMainImage, removeImage } from '../../stores/product-store.ts';
import { addProductImage } from './images.ts';

export function ImageGallery({ doc }: { doc: RxDocument<ProductDoc> }) {
  const { t } = useTranslation();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const images = doc.images ?? [];

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      void message.error(t('catalogue.images.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const upload = (files: FileList | null) =>
    run(async () => {
      for (const file of Array.from(files ?? [])) await addProductImage(store, doc, file);
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {images.map((image, index) => (
          <Space key={image.id} orientation="vertical" size={4} style={{ alignItems: 'center' }} data-testid={`product-image-${index}`}>
            <AttachmentImage doc={doc} image={image} variant="thumb" size={120} alt={`${doc.name} ${index + 1}`} testId={`product-image-thumb-${index}`} />
            <Space size={4}>
              {index > 0 && (
                <Tooltip title={t('catalogue.images.makeMain')}>
                  <Button size="small" icon={<StarOutlined />} onClick={() => run(() => makeMainImage(store, doc.id, image.id).then(() => {}))} />
                </Tooltip>
              )}
              <Tooltip title={t('catalogue.remove')}>
                <Button size="small" danger icon={<DeleteOutlined />} onClick={() => run(() => removeImage(store, doc.id, image.id))} />
              </Tooltip>
            </Space>
          </Space>
        ))}
      </Space>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        hidden
        onChange={(event) => void upload(event.target.files).then(() => (event.target.value = ''))}
        data-testid="image-upload"
      />
      <Space>
        <Button icon={<UploadOutlined />} loading={busy} disabled={images.length >= MAX_PRODUCT_IMAGES} onClick={() => input.current?.click()}>
          {t('catalogue.images.add')}
        </Button>
        <Typography.Text type="secondary">{t('catalogue.images.limits', { count: images.length, max: MAX_PRODUCT_IMAGES })}</Typography.Text>
      </Space>
    </Space>
  );
}
