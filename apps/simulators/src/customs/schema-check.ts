import { validateMessages, type XsdResult } from '@tradewind/customs/xsd';

/**
 * Checks each arriving message against the XSD, validating the messages that arrive together in
 * one xmllint run: parsing the schema costs far more than a message, so many senders at once are
 * answered in about the time of one.
 */
export function batchedSchemaCheck(): (xml: string) => Promise<XsdResult> {
  let waiting: { xml: string; resolve: (result: XsdResult) => void; reject: (error: unknown) => void }[] = [];
  const flush = () => {
    const batch = waiting;
    waiting = [];
    validateMessages(batch.map(({ xml }, index) => ({ name: `message-${index}.xml`, xml }))).then(
      (results) => batch.forEach((entry, index) => entry.resolve(results[index]!)),
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
  };
  return (xml) =>
    new Promise((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ xml, resolve, reject });
    });
}
