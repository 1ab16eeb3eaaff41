export { wrap, unwrap, EnvelopeError, DXP_NS, type EnvelopeInfo, type EnvelopeFailure, type DxpFormatCode } from './dxp-envelope.ts';
