import type { DetailLine, ProformaDocument } from '@tradewind/domain';
import type { ReactNode } from 'react';

/** A detail line; the value keeps its own direction, so a phone number reads left to right inside Arabic. */
function Detail({ line }: { line: DetailLine }) {
  return (
    <div>
      {line.label && `${line.label}: `}
      <bdi>{line.value}</bdi>
    </div>
  );
}

/** A party's name and its detail lines; `children` (a second name) stand between them. */
function Party({ party, testId, children }: { party: { name: string; details: DetailLine[] }; testId: string; children?: ReactNode }) {
  return (
    <>
      <div className="seller-name" data-testid={testId}>
        <bdi>{party.name}</bdi>
      </div>
      {children}
      {party.details.map((line) => (
        <Detail key={`${line.label}${line.value}`} line={line} />
      ))}
    </>
  );
}

/**
 * The proforma invoice as a print-styled page (styles: `@tradewind/proforma-view/proforma.css`, imported by
 * whoever renders it: the client's bundle, the platform's PDF page), right to left for Arabic; names and descriptions keep their own direction (bdi). */
export function ProformaDocumentView({ doc }: { doc: ProformaDocument }) {
  const { texts } = doc;
  return (
    <article className="proforma" dir={doc.dir} lang={doc.language} data-testid="proforma">
      <header>
        <div>
          {doc.seller.logo && <img className="logo" src={doc.seller.logo} alt="" />}
          <Party party={doc.seller} testId="proforma-seller">
            {doc.seller.secondName && (
              <div lang="zh-CN">
                <bdi>{doc.seller.secondName}</bdi>
              </div>
            )}
          </Party>
        </div>
        <div>
          <h1>{texts.title}</h1>
          <div>
            {texts.number}:{' '}
            <strong data-testid="proforma-number">
              <bdi dir="ltr" className="unbroken">
                {doc.number}
              </bdi>
            </strong>
          </div>
          <div>
            {texts.date}: {doc.issuedOn}
          </div>
          <div>
            {texts.validUntil}: {doc.validUntil}
          </div>
        </div>
      </header>
      <section className="parties">
        <div>
          <h2>{texts.buyer}</h2>
          <Party party={doc.buyer} testId="proforma-buyer" />
        </div>
        <div>
          <h2>{texts.currency}</h2>
          <div>{doc.currency}</div>
          <h2>{texts.incoterm}</h2>
          <div>{doc.incoterm}</div>
          {doc.deliveryDate && (
            <>
              <h2>{texts.deliveryDate}</h2>
              <div>{doc.deliveryDate}</div>
            </>
          )}
        </div>
      </section>
      <table>
        <thead>
          <tr>
            <th>{texts.no}</th>
            <th>{texts.description}</th>
            <th>{texts.sku}</th>
            <th className="num">{texts.quantity}</th>
            <th className="num">
              {texts.unitPrice} ({doc.currency})
            </th>
            <th className="num">
              {texts.amount} ({doc.currency})
            </th>
          </tr>
        </thead>
        <tbody>
          {doc.lines.map((line) => (
            <tr key={line.no} data-testid="proforma-line">
              <td>{line.no}</td>
              <td>
                <bdi>{line.description}</bdi>
              </td>
              <td className="code" dir="ltr">
                {line.sku}
              </td>
              <td className="num">{line.quantity}</td>
              <td className="num">{line.unitPrice}</td>
              <td className="num">{line.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="totals">
        <tbody>
          {doc.totals.map((row) => (
            <tr key={row.key} className={row.key === 'total' ? 'grand' : undefined} data-testid={`proforma-total-${row.key}`}>
              <td>{row.label}</td>
              <td className="num" dir="ltr">
                {row.value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className="terms">
        <h2>{texts.paymentTerms}</h2>
        <p>{doc.paymentTerms}</p>
        {doc.bankAccounts.length > 0 && <h2>{texts.bank}</h2>}
        {doc.bankAccounts.map((account) => (
          <p key={account.accountNo} data-testid="proforma-bank">
            {texts.bankName}: <bdi>{account.bankName}</bdi> · {texts.accountName}: <bdi>{account.accountName}</bdi> · {texts.accountNo}:{' '}
            <bdi dir="ltr" className="unbroken">
              {account.accountNo}
            </bdi>
            {account.swift && (
              <>
                {' · '}
                {texts.swift}:{' '}
                <bdi dir="ltr" className="unbroken">
                  {account.swift}
                </bdi>
              </>
            )}
            {' · '}
            {account.currency}
            {account.bankAddress && (
              <>
                <br />
                {texts.bankAddress}: <bdi>{account.bankAddress}</bdi>
              </>
            )}
          </p>
        ))}
        {doc.notes && (
          <>
            <h2>{texts.notes}</h2>
            <p style={{ whiteSpace: 'pre-wrap' }} dir="auto">
              {doc.notes}
            </p>
          </>
        )}
      </section>
      <footer>
        <span>{texts.disclaimer}</span>
        {doc.buyerSignature && (
          <span className="signature" data-testid="proforma-buyer-signature">
            <img src={doc.buyerSignature.image} alt="" />
            <br />
            {texts.buyerSignature}: <bdi>{doc.buyerSignature.signerName}</bdi> · {doc.buyerSignature.signedOn}
          </span>
        )}
        <span className="signature">{texts.signature}</span>
      </footer>
    </article>
  );
}
