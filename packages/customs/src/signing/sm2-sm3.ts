import { sm2, sm3 } from 'sm-crypto-v2';
import { createOptionalCallbackFunction, type HashAlgorithm, type SignatureAlgorithm } from 'xml-crypto';
import { ALGORITHM_URIS } from './algorithms.ts';

/** GB/T 35276 default signer id, which the E-Port devices and OpenSSL use for the SM2 Z value. */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

/** SM3 digest for xml-crypto: base64 of the 32-byte SM3 hash of the canonical UTF-8 octets. */
export class Sm3Digest implements HashAlgorithm {
  getAlgorithmName = () => ALGORITHM_URIS['sm2-sm3'].digest;
  getHash = (xml: string) => hexToBase64(sm3(xml));
}

/**
 * An xml-crypto signature algorithm for SM2 with SM3 bound to one public key (hex 04‖x‖y): SM2 needs
 * the signer's public key for the Z value, and verification reuses its precomputed point.
 * SignatureValue is the raw 64-byte r‖s, as the customs signing devices return it.
 */
export function sm2Sm3SignatureFor(publicKeyHex: string): new () => SignatureAlgorithm {
  const point = sm2.precomputePublicKey(publicKeyHex);
  return class Sm2Sm3Signature implements SignatureAlgorithm {
    getAlgorithmName = () => ALGORITHM_URIS['sm2-sm3'].signature;
    getSignature = createOptionalCallbackFunction((signedInfo: unknown, privateKey: unknown) =>
      hexToBase64(sm2.doSignature(String(signedInfo), String(privateKey), { publicKey: publicKeyHex, hash: true, userId: SM2_DEFAULT_USER_ID })),
    );
    verifySignature = createOptionalCallbackFunction((material: string, _key: unknown, signatureValue: string) => {
      const rs = base64ToHex(signatureValue);
      return rs.length === 128 && sm2.doVerifySignature(material, rs, point, { hash: true, userId: SM2_DEFAULT_USER_ID });
    });
  };
}

function hexToBase64(hex: string): string {
  return Buffer.from(hex, 'hex').toString('base64');
}

function base64ToHex(base64: string): string {
  return Buffer.from(base64, 'base64').toString('hex');
}
