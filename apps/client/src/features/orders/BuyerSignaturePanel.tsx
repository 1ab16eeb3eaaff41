import { LOCKED_STATUSES, SIGNATURE_MAX_LENGTH, type OrderDoc } from '@tradewind/domain';
import { App, Button, Card, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { signOrder } from '../../stores/order-store.ts';
import { useWorkspace } from '../../workspace.tsx';

/** The drawing box: a canvas sized to the device's pixels so the strokes stay sharp, and a handle to read it. */
function SignatureCanvas({ padRef }: { padRef: RefObject<SignaturePad | null> }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current!;
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    element.width = element.offsetWidth * ratio;
    element.height = element.offsetHeight * ratio;
    element.getContext('2d')!.scale(ratio, ratio);
    const pad = new SignaturePad(element);
    padRef.current = pad;
    return () => {
      pad.off();
      padRef.current = null;
    };
  }, [padRef]);
  return <canvas ref={canvas} style={{ width: '100%', height: 160, border: '1px dashed #bbb', borderRadius: 6, touchAction: 'none' }} data-testid="signature-canvas" />;
}

/** The buyer's signature on the quote: shown when given, drawn with a finger or pen at the fair. */
export function BuyerSignaturePanel({ order, defaultSigner }: { order: OrderDoc; defaultSigner: string }) {
  const { t, i18n } = useTranslation();
  const { store } = useWorkspace();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [signer, setSigner] = useState(defaultSigner);
  const pad = useRef<SignaturePad | null>(null);
  const signature = order.buyerSignature;
  const maySign = !LOCKED_STATUSES.includes(order.status);

  const save = async () => {
    if (!pad.current || pad.current.isEmpty()) return void message.error(t('orderDesk.signature.empty'));
    if (!signer.trim()) return void message.error(t('orderDesk.signature.needSigner'));
    const image = pad.current.toDataURL('image/png');
    if (image.length > SIGNATURE_MAX_LENGTH) return void message.error(t('orderDesk.signature.tooLarge'));
    await signOrder(store, order.id, { image, signerName: signer });
    setOpen(false);
    void message.success(t('orderDesk.signature.saved'));
  };

  return (
    <Card size="small" title={t('orderDesk.signature.title')}>
      <Space orientation="vertical">
        {signature && (
          <>
            <img src={signature.image} alt={t('orderDesk.signature.title')} style={{ maxWidth: 320, maxHeight: 110 }} data-testid="order-signature" />
            <Typography.Text type="secondary" data-testid="order-signed-by">
              {t('orderDesk.signature.signedBy', { name: signature.signerName, date: new Date(signature.signedAt).toLocaleDateString(i18n.language) })}
            </Typography.Text>
          </>
        )}
        {maySign && (
          <Button onClick={() => setOpen(true)} data-testid="order-sign">
            {signature ? t('orderDesk.signature.resign') : t('orderDesk.signature.sign')}
          </Button>
        )}
      </Space>
      <Modal
        open={open}
        title={t('orderDesk.signature.title')}
        onCancel={() => setOpen(false)}
        // A stroke that slips past the box must not close it and lose the signature.
        mask={{ closable: false }}
        destroyOnHidden
        footer={[
          <Button key="clear" onClick={() => pad.current?.clear()}>
            {t('orderDesk.signature.clear')}
          </Button>,
          <Button key="save" type="primary" onClick={() => void save()} data-testid="signature-save">
            {t('orderDesk.signature.save')}
          </Button>,
        ]}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          <SignatureCanvas padRef={pad} />
          <Input
            value={signer}
            onChange={(event) => setSigner(event.target.value)}
            maxLength={100}
            placeholder={t('orderDesk.signature.signer')}
            aria-label={t('orderDesk.signature.signer')}
            data-testid="signature-signer"
          />
        </Space>
      </Modal>
    </Card>
  );
}
