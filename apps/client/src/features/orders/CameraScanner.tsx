import { Modal } from 'antd';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = () => (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;

/** Camera scanning needs the browser's BarcodeDetector (Chrome on Android, Safari on iOS 17+) and a camera. */
export function cameraScanningAvailable(): boolean {
  return Boolean(detectorClass() && navigator.mediaDevices?.getUserMedia);
}

const SCAN_EVERY_MS = 250;

/** Shows the back camera and reports the first EAN/UPC/Code-128 it reads. */
export function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const handlers = useRef({ onCode, onClose });
  useLayoutEffect(() => {
    handlers.current = { onCode, onClose };
  });
  useEffect(() => {
    const Detector = detectorClass()!;
    const detector = new Detector({ formats: ['ean_13', 'ean_8', 'upc_a', 'upc_e', 'code_128'] });
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    void navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(
      async (media) => {
        stream = media;
        if (stopped || !video.current) return media.getTracks().forEach((track) => track.stop());
        video.current.srcObject = media;
        await video.current.play();
        timer = setInterval(async () => {
          const [found] = await detector.detect(video.current!).catch(() => []);
          if (found && !stopped) {
            stopped = true;
            handlers.current.onCode(found.rawValue);
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
  }, []);
  return (
    <Modal open title={t('orderDesk.scanCamera')} onCancel={onClose} footer={null} destroyOnHidden>
      <video ref={video} muted playsInline style={{ width: '100%', borderRadius: 8 }} />
    </Modal>
  );
}
