import { Modal } from 'antd';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BarcodeCamera } from '../../platform';

const SCAN_EVERY_MS = 250;

/** Shows the back camera and reports the first EAN/UPC/Code-128 it reads. */
export function CameraScanner({ camera, onCode, onClose }: { camera: BarcodeCamera; onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const handlers = useRef({ onCode, onClose });
  useLayoutEffect(() => {
    handlers.current = { onCode, onClose };
  });
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    void camera.open().then(
      async (media) => {
        stream = media;
        if (stopped || !video.current) return media.getTracks().forEach((track) => track.stop());
        video.current.srcObject = media;
        await video.current.play();
        timer = setInterval(async () => {
          const code = await camera.read(video.current!);
          if (code !== null && !stopped) {
            stopped = true;
            handlers.current.onCode(code);
          }
        }, SCAN_EVERY_MS);
      },
      () => handlers.current.onClose(),
    );
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [camera]);
  return (
    <Modal open title={t('orderDesk.scanCamera')} onCancel={onClose} footer={null} destroyOnHidden>
      <video ref={video} muted playsInline style={{ width: '100%', borderRadius: 8 }} />
    </Modal>
  );
}
