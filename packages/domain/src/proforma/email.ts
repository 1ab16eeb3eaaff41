import type { DocumentLanguage } from '../collections/buyers.ts';
import type { ProformaDocument } from './model.ts';
import { fillText } from './texts.ts';

/** The covering line of an e-mailed proforma, in the document's language. */
const COVERING_LINE: Readonly<Record<DocumentLanguage, string>> = {
  en: 'Please find attached our proforma invoice {{number}}.',
  es: 'Adjuntamos nuestra factura proforma {{number}}.',
  ru: 'Во вложении наш проформа-инвойс {{number}}.',
  ar: 'مرفق فاتورتنا المبدئية رقم {{number}}.',
  fr: 'Veuillez trouver ci-joint notre facture proforma {{number}}.',
  de: 'Anbei erhalten Sie unsere Proforma-Rechnung {{number}}.',
};

/** The PDF's file name, printed on a device or attached by the platform. */
export const proformaFileName = (number: string, language: DocumentLanguage): string => `Proforma-${number}-${language}.pdf`;

export interface ProformaEmail {
  subject: string;
  text: string;
  fileName: string;
}

/** Subject, body and attachment name of a proforma e-mailed to the buyer: the seller's note first, then the covering line and the seller's name. */
export function proformaEmail(doc: ProformaDocument, note?: string): ProformaEmail {
  const covering = fillText(COVERING_LINE[doc.language], { number: doc.number });
  const text = [note?.trim(), covering, doc.seller.name].filter(Boolean).join('\n\n');
  return { subject: `${doc.texts.title} ${doc.number} — ${doc.seller.name}`, text, fileName: proformaFileName(doc.number, doc.language) };
}
