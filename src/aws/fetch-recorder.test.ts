import { describe, expect, it } from 'vitest';
import { authorizationScheme } from './fetch-recorder';

const JWT = 'eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('authorizationScheme', () => {
  it('names what stands before the credential, and never returns the credential', () => {
    expect(authorizationScheme(`Bearer ${JWT}`)).toBe('Bearer');
    expect(authorizationScheme(`bearer ${JWT}`)).toBe('Bearer');
    expect(authorizationScheme(JWT)).toBe('bare');
    expect(
      authorizationScheme(
        'AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20261124/us-east-1/appsync/aws4_request, Signature=x',
      ),
    ).toBe('AWS4-HMAC-SHA256');
    expect(authorizationScheme(`Token ${JWT}`)).toBe('other');
    expect(authorizationScheme(null)).toBeUndefined();
  });
});
