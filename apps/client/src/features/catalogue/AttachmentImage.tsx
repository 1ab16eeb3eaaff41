import { attachmentId, type ImageVariant, type ProductDoc, type ProductImage } from '@tradewind/domain';
import { PictureOutlined } from '@ant-design/icons';
import { useEffect, useState, type CSSProperties } from 'react';
import type { RxDocument } from 'rxdb';

/** An image from the product's local attachments (works offline); a placeholder until the bytes are here. */
export function AttachmentImage({
  doc,
  image,
  variant,
  size,
  testId,
  alt,
}: {
  doc: RxDocument<ProductDoc>;
  image: ProductImage | undefined;
  variant: ImageVariant;
  size: number;
  testId?: string;
  alt: string;
}) {
  const [url, setUrl] = useState<string | null>(null);
  const digest = image?.[variant].digest;
  useEffect(() => {
    if (!image) return;
    let revoked = false;
    let objectUrl: string | null = null;
    void doc
      .getLatest()
      .getAttachment(attachmentId(image.id, variant))
      ?.getData()
      .then((blob) => {
        if (revoked) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => setUrl(null));
    return () => {
      revoked = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
    // The digest changes when the bytes arrive or change; the document object on every write.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [image?.id, digest, variant, doc.revision]);
  const box: CSSProperties = {
    width: size,
    height: size,
    objectFit: 'cover',
    borderRadius: 4,
    background: '#f5f5f5',
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: '#bbb',
  };
  if (!image || !url)
    return (
      <span style={box}>
        <PictureOutlined />
      </span>
    );
  return <img src={url} alt={alt} style={box} data-testid={testId} />;
}
