import { describe, expect, it } from 'vitest';
import { ROLE_ARN, makeStsRecord } from './fixtures/cases';
import { sanitizeRecord } from './sanitize';
import { SECRET_MARKER } from './secrets';

describe('sanitizeRecord', () => {
  it('drops the issued session token but keeps the access key id', () => {
    const record = makeStsRecord();
    (record.responseElements as { credentials: Record<string, string> }).credentials.sessionToken =
      'IQoJb3JpZ2luX2VjEXAMPLE';
    const clean = sanitizeRecord(record);
    expect(JSON.stringify(clean)).not.toContain('IQoJb3JpZ2luX2VjEXAMPLE');
    expect(clean.responseElements).toMatchObject({ credentials: { accessKeyId: 'ASIAEXAMPLEKEY000001' } });
    expect(record.responseElements).toMatchObject({ credentials: { sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE' } });
  });
});

describe('sanitizeRecord, through the one secret policy', () => {
  it('scrubs a token a failed record echoes, and keeps the ids the diagnosis matches on', () => {
    const jwt = `eyJraWQiOiJFWEFNUExFa2lkIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiJhYmMifQ.${'c2lnbmF0dXJl'.repeat(4)}`;
    const record = makeStsRecord({
      errorCode: 'AccessDenied',
      errorMessage: `Not authorized to perform sts:AssumeRoleWithWebIdentity with token ${jwt}`,
      requestParameters: { roleArn: ROLE_ARN, roleSessionName: 'CognitoIdentityCredentials', webIdentityToken: jwt },
    });
    const clean = sanitizeRecord(record);
    expect(JSON.stringify(clean)).not.toContain(jwt.split('.')[2]);
    expect(clean.errorMessage).toBe(
      `Not authorized to perform sts:AssumeRoleWithWebIdentity with token ${SECRET_MARKER}`,
    );
    expect(clean.requestParameters).toEqual({
      roleArn: ROLE_ARN,
      roleSessionName: 'CognitoIdentityCredentials',
      webIdentityToken: SECRET_MARKER,
    });
    expect(clean.userIdentity).toEqual(record.userIdentity);
  });
});
