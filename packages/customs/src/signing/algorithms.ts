/** The two signature suites of the 2022-05 specification (§6.2.1): SM2/SM3 preferred, RSA-SHA1 general. */
export type SigningAlgorithm = 'rsa-sha1' | 'sm2-sm3';

export const C14N_URI = 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315';
export const ENVELOPED_SIGNATURE_URI = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
export const XMLDSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

export const ALGORITHM_URIS: Record<SigningAlgorithm, { signature: string; digest: string }> = {
  'rsa-sha1': {
    signature: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
    digest: 'http://www.w3.org/2000/09/xmldsig#sha1',
  },
  'sm2-sm3': {
    signature: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm2-sm3',
    digest: 'http://www.chinaport.gov.cn/2022/04/xmldsig#sm3',
  },
};

export function algorithmOfSignatureUri(uri: string): SigningAlgorithm | undefined {
  return (Object.keys(ALGORITHM_URIS) as SigningAlgorithm[]).find((a) => ALGORITHM_URIS[a].signature === uri);
}
