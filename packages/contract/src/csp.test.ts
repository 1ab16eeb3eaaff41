import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.ts';

describe('contentSecurityPolicy', () => {
  it('allows connections only to self and the given origins, scripts only from self, no framing or plugins', () => {
    const directives = new Map(
      contentSecurityPolicy(['https://sync.example.com:9443'])
        .split('; ')
        .map((d) => [d.split(' ')[0], d]),
    );
    expect(directives.get('connect-src')).toBe("connect-src 'self' https://sync.example.com:9443");
    expect(directives.get('script-src')).toBe("script-src 'self' 'unsafe-eval'");
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('base-uri')).toBe("base-uri 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});
