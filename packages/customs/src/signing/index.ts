export * from './algorithms.ts';
export { readCertificate, certificatePem, CertificateError, type CertificateInfo } from './certificate.ts';
export { createMessageSigner, signMessage, SigningError, type MessageSigner, type SignOptions, type SigningFailure } from './sign.ts';
export { createMessageVerifier, verifyMessage, type MessageVerifier, type VerificationFailure, type VerificationResult, type VerifyOptions } from './verify.ts';
export { makeTestCredentials, type TestCredentials, type TestCertificateOptions } from './test-certificates.ts';
export { XmlSyntaxError, CEB_NS } from './xml-document.ts';
