import smCrypto from 'sm-crypto';
import { createOptionalCallbackFunction, type HashAlgorithm, type SignatureAlgorithm } from 'xml-crypto';
import { ALGORITHM_URIS } from './algorithms.ts';

const { sm2, sm3 } = smCrypto;

/** SM3 digest for xml-crypto: base64 of the 32-byte SM3 hash of the canonical UTF-8 octets. */
export class Sm3Digest implements HashAlgorithm {
  getAlgorithmName = () => ALGORITHM_URIS['sm2-sm3'].digest;
  getHash = (xml: string) => Buffer.from(sm3(utf8Bytes(xml)), 'hex').toString('base64');
}

/**
 * An xml-crypto signature algorithm for SM2 with SM3 bound to one public key (hex 04‖x‖y): SM2 needs
 * the signer's public key for the Z value (GB/T 32918, default user id 1234567812345678).
 * SignatureValue is the raw 64-byte r‖s, as the customs signing devices return it.
 */
export function sm2Sm3SignatureFor(publicKeyHex: string): new () => SignatureAlgorithm {
  return class Sm2Sm3Signature implements SignatureAlgorithm {
    getAlgorithmName = () => ALGORITHM_URIS['sm2-sm3'].signature;
    getSignature = createOptionalCallbackFunction((signedInfo: unknown, privateKey: unknown) => {
      const rs = sm2.doSignature(utf8Bytes(String(signedInfo)), String(privateKey), { publicKey: publicKeyHex, hash: true });
      return Buffer.from(rs, 'hex').toString('base64');
    });
    verifySignature = createOptionalCallbackFunction((material: string, _key: unknown, signatureValue: string) => {
      const rs = Buffer.from(signatureValue, 'base64');
      if (rs.length !== 64) return false;
      return sm2.doVerifySignature(utf8Bytes(material), rs.toString('hex'), publicKeyHex, { hash: true });
    });
  };
}

function utf8Bytes(text: string): number[] {
  return Array.from(Buffer.from(text, 'utf8'));
}
