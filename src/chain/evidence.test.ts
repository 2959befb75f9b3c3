import { describe, expect, it } from 'vitest';
import { cloudTrailRecordSchema } from './case';
import {
  accountIdOf,
  assumedRoleArn,
  issuedAccessKeyId,
  isAssumeRoleWithWebIdentity,
  recordIdentityId,
} from './evidence';
import { makeCase } from './fixtures/cases';
import documented from './fixtures/aws/assume-role-with-web-identity.cognito.json';
import { sanitizeRecord } from './sanitize';

describe('CloudTrail AssumeRoleWithWebIdentity record in AWS’s documented shape', () => {
  const { _source: _, ...raw } = documented;
  const record = cloudTrailRecordSchema.parse(raw);

  it('is read by the case schema, and yields key, role and identity', () => {
    expect(isAssumeRoleWithWebIdentity(record)).toBe(true);
    expect(issuedAccessKeyId(record)).toBe('ASIAEXAMPLEKEY000001');
    expect(assumedRoleArn(record)).toBe('arn:aws:iam::111122223333:role/authtrace-demo-authenticated');
    expect(recordIdentityId(record)).toBe('us-east-1:0f0e0d0c-1111-2222-3333-444455556666');
    expect(accountIdOf(makeCase({ target: { ...makeCase().target, accountId: undefined }, records: [record] }))).toBe(
      '111122223333',
    );
  });

  it('loses its session token before it can enter a case', () => {
    expect(JSON.stringify(sanitizeRecord(record))).not.toContain('IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN');
  });

  it('finds the role from the assumed-role ARN when the request parameters are missing', () => {
    expect(assumedRoleArn({ ...record, requestParameters: null })).toBe(
      'arn:aws:iam::111122223333:role/authtrace-demo-authenticated',
    );
  });
});
