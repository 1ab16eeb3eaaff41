import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';

describe('contentSecurityPolicy', () => {
  it('allows connections only to self and the platform origin', () => {
    const csp = contentSecurityPolicy('https://sync.example.com:9443');
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('connect-src')).toBe("connect-src 'self' https://sync.example.com:9443");
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});
