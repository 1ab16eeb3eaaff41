export { ProformaDocumentView } from './ProformaDocumentView.tsx';
