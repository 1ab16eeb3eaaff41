import type { DocumentLanguage } from '../collections/buyers.ts';

/** Every text a proforma invoice prints, in each document language. `{{name}}` marks a value. */
export interface ProformaTexts {
  title: string;
  number: string;
  date: string;
  validUntil: string;
  seller: string;
  buyer: string;
  contact: string;
  email: string;
  phone: string;
  registration: string;
  no: string;
  description: string;
  sku: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  subtotal: string;
  freight: string;
  total: string;
  deposit: string;
  balance: string;
  paid: string;
  balanceDue: string;
  currency: string;
  incoterm: string;
  deliveryDate: string;
  paymentTerms: string;
  termsWithDeposit: string;
  termsInFull: string;
  bank: string;
  bankName: string;
  accountName: string;
  accountNo: string;
  swift: string;
  bankAddress: string;
  notes: string;
  signature: string;
  buyerSignature: string;
  disclaimer: string;
}

export const PROFORMA_TEXTS: Readonly<Record<DocumentLanguage, ProformaTexts>> = {
  en: {
    title: 'Proforma invoice',
    number: 'Invoice no.',
    date: 'Date',
    validUntil: 'Valid until',
    seller: 'Seller',
    buyer: 'Buyer',
    contact: 'Contact',
    email: 'Email',
    phone: 'Phone',
    registration: 'Company registration (USCC)',
    no: 'No.',
    description: 'Description',
    sku: 'Item code',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    amount: 'Amount',
    subtotal: 'Subtotal',
    freight: 'Freight and insurance',
    total: 'Total',
    deposit: 'Deposit ({{percent}}%, on confirmation)',
    balance: 'Balance ({{percent}}%, before shipment)',
    paid: 'Received',
    balanceDue: 'Amount outstanding',
    currency: 'Currency',
    incoterm: 'Delivery terms (Incoterms® 2020)',
    deliveryDate: 'Delivery date',
    paymentTerms: 'Payment terms',
    termsWithDeposit: '{{deposit}}% deposit by T/T on confirmation, {{balance}}% balance before shipment.',
    termsInFull: '100% by T/T before shipment.',
    bank: 'Bank details',
    bankName: 'Bank',
    accountName: 'Beneficiary',
    accountNo: 'Account no.',
    swift: 'SWIFT',
    bankAddress: 'Bank address',
    notes: 'Remarks',
    signature: 'Authorised signature',
    buyerSignature: 'Accepted by the buyer',
    disclaimer: 'This proforma invoice is not a tax invoice.',
  },
  es: {
    title: 'Factura proforma',
    number: 'N.º de factura',
    date: 'Fecha',
    validUntil: 'Válida hasta',
    seller: 'Vendedor',
    buyer: 'Comprador',
    contact: 'Contacto',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    registration: 'Registro mercantil (USCC)',
    no: 'N.º',
    description: 'Descripción',
    sku: 'Código',
    quantity: 'Cantidad',
    unitPrice: 'Precio unitario',
    amount: 'Importe',
    subtotal: 'Subtotal',
    freight: 'Flete y seguro',
    total: 'Total',
    deposit: 'Anticipo ({{percent}} %, a la confirmación)',
    balance: 'Saldo ({{percent}} %, antes del embarque)',
    paid: 'Recibido',
    balanceDue: 'Importe pendiente',
    currency: 'Moneda',
    incoterm: 'Condiciones de entrega (Incoterms® 2020)',
    deliveryDate: 'Fecha de entrega',
    paymentTerms: 'Condiciones de pago',
    termsWithDeposit: 'Anticipo del {{deposit}} % por transferencia al confirmar; saldo del {{balance}} % antes del embarque.',
    termsInFull: 'El 100 % por transferencia antes del embarque.',
    bank: 'Datos bancarios',
    bankName: 'Banco',
    accountName: 'Beneficiario',
    accountNo: 'N.º de cuenta',
    swift: 'SWIFT',
    bankAddress: 'Dirección del banco',
    notes: 'Observaciones',
    signature: 'Firma autorizada',
    buyerSignature: 'Aceptado por el comprador',
    disclaimer: 'Esta factura proforma no es una factura fiscal.',
  },
  ru: {
    title: 'Счёт-проформа',
    number: 'Номер счёта',
    date: 'Дата',
    validUntil: 'Действителен до',
    seller: 'Продавец',
    buyer: 'Покупатель',
    contact: 'Контактное лицо',
    email: 'Эл. почта',
    phone: 'Телефон',
    registration: 'Регистрационный номер (USCC)',
    no: '№',
    description: 'Наименование',
    sku: 'Артикул',
    quantity: 'Кол-во',
    unitPrice: 'Цена за ед.',
    amount: 'Сумма',
    subtotal: 'Итого за товар',
    freight: 'Фрахт и страхование',
    total: 'Всего',
    deposit: 'Предоплата ({{percent}}%, при подтверждении)',
    balance: 'Остаток ({{percent}}%, до отгрузки)',
    paid: 'Получено',
    balanceDue: 'Осталось оплатить',
    currency: 'Валюта',
    incoterm: 'Условия поставки (Инкотермс® 2020)',
    deliveryDate: 'Срок поставки',
    paymentTerms: 'Условия оплаты',
    termsWithDeposit: 'Предоплата {{deposit}}% банковским переводом при подтверждении заказа, остаток {{balance}}% до отгрузки.',
    termsInFull: '100% банковским переводом до отгрузки.',
    bank: 'Банковские реквизиты',
    bankName: 'Банк',
    accountName: 'Получатель',
    accountNo: 'Номер счёта',
    swift: 'SWIFT',
    bankAddress: 'Адрес банка',
    notes: 'Примечания',
    signature: 'Подпись уполномоченного лица',
    buyerSignature: 'Принято покупателем',
    disclaimer: 'Счёт-проформа не является налоговым документом.',
  },
  ar: {
    title: 'فاتورة مبدئية',
    number: 'رقم الفاتورة',
    date: 'التاريخ',
    validUntil: 'صالحة حتى',
    seller: 'البائع',
    buyer: 'المشتري',
    contact: 'جهة الاتصال',
    email: 'البريد الإلكتروني',
    phone: 'الهاتف',
    registration: 'رقم تسجيل الشركة (USCC)',
    no: 'م',
    description: 'الوصف',
    sku: 'رمز الصنف',
    quantity: 'الكمية',
    unitPrice: 'سعر الوحدة',
    amount: 'المبلغ',
    subtotal: 'المجموع الفرعي',
    freight: 'الشحن والتأمين',
    total: 'الإجمالي',
    deposit: 'الدفعة المقدمة ({{percent}}%، عند التأكيد)',
    balance: 'الرصيد ({{percent}}%، قبل الشحن)',
    paid: 'المبلغ المستلم',
    balanceDue: 'المبلغ المتبقي',
    currency: 'العملة',
    incoterm: 'شروط التسليم (إنكوترمز® 2020)',
    deliveryDate: 'تاريخ التسليم',
    paymentTerms: 'شروط الدفع',
    termsWithDeposit: 'دفعة مقدمة {{deposit}}% بحوالة مصرفية عند التأكيد، والرصيد {{balance}}% قبل الشحن.',
    termsInFull: '100% بحوالة مصرفية قبل الشحن.',
    bank: 'البيانات المصرفية',
    bankName: 'البنك',
    accountName: 'المستفيد',
    accountNo: 'رقم الحساب',
    swift: 'رمز السويفت',
    bankAddress: 'عنوان البنك',
    notes: 'ملاحظات',
    signature: 'التوقيع المعتمد',
    buyerSignature: 'موافقة المشتري',
    disclaimer: 'هذه الفاتورة المبدئية ليست فاتورة ضريبية.',
  },
  fr: {
    title: 'Facture pro forma',
    number: 'N° de facture',
    date: 'Date',
    validUntil: 'Valable jusqu’au',
    seller: 'Vendeur',
    buyer: 'Acheteur',
    contact: 'Contact',
    email: 'E-mail',
    phone: 'Téléphone',
    registration: 'N° d’immatriculation (USCC)',
    no: 'N°',
    description: 'Désignation',
    sku: 'Référence',
    quantity: 'Quantité',
    unitPrice: 'Prix unitaire',
    amount: 'Montant',
    subtotal: 'Sous-total',
    freight: 'Fret et assurance',
    total: 'Total',
    deposit: 'Acompte ({{percent}} %, à la confirmation)',
    balance: 'Solde ({{percent}} %, avant expédition)',
    paid: 'Reçu',
    balanceDue: 'Reste à payer',
    currency: 'Devise',
    incoterm: 'Conditions de livraison (Incoterms® 2020)',
    deliveryDate: 'Date de livraison',
    paymentTerms: 'Conditions de paiement',
    termsWithDeposit: 'Acompte de {{deposit}} % par virement à la confirmation, solde de {{balance}} % avant expédition.',
    termsInFull: '100 % par virement avant expédition.',
    bank: 'Coordonnées bancaires',
    bankName: 'Banque',
    accountName: 'Bénéficiaire',
    accountNo: 'N° de compte',
    swift: 'SWIFT',
    bankAddress: 'Adresse de la banque',
    notes: 'Remarques',
    signature: 'Signature autorisée',
    buyerSignature: 'Accepté par l’acheteur',
    disclaimer: 'Cette facture pro forma n’est pas une facture fiscale.',
  },
  de: {
    title: 'Proforma-Rechnung',
    number: 'Rechnungsnr.',
    date: 'Datum',
    validUntil: 'Gültig bis',
    seller: 'Verkäufer',
    buyer: 'Käufer',
    contact: 'Ansprechpartner',
    email: 'E-Mail',
    phone: 'Telefon',
    registration: 'Registriernummer (USCC)',
    no: 'Pos.',
    description: 'Beschreibung',
    sku: 'Artikelnr.',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    amount: 'Betrag',
    subtotal: 'Zwischensumme',
    freight: 'Fracht und Versicherung',
    total: 'Gesamtbetrag',
    deposit: 'Anzahlung ({{percent}} %, bei Auftragsbestätigung)',
    balance: 'Restbetrag ({{percent}} %, vor Versand)',
    paid: 'Erhalten',
    balanceDue: 'Offener Betrag',
    currency: 'Währung',
    incoterm: 'Lieferbedingungen (Incoterms® 2020)',
    deliveryDate: 'Liefertermin',
    paymentTerms: 'Zahlungsbedingungen',
    termsWithDeposit: '{{deposit}} % Anzahlung per Überweisung bei Auftragsbestätigung, {{balance}} % Restzahlung vor Versand.',
    termsInFull: '100 % per Überweisung vor Versand.',
    bank: 'Bankverbindung',
    bankName: 'Bank',
    accountName: 'Begünstigter',
    accountNo: 'Kontonummer',
    swift: 'SWIFT-BIC',
    bankAddress: 'Anschrift der Bank',
    notes: 'Bemerkungen',
    signature: 'Unterschrift',
    buyerSignature: 'Vom Käufer angenommen',
    disclaimer: 'Diese Proforma-Rechnung ist keine Rechnung im steuerlichen Sinne.',
  },
};

export const RIGHT_TO_LEFT: ReadonlySet<DocumentLanguage> = new Set(['ar']);

/** Fills `{{name}}` marks. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
