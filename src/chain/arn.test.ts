import { describe, expect, it } from 'vitest';
import { explainArnMismatch, fieldArn, roleArnFromAssumedRole } from './arn';

const FIELD = fieldArn('us-east-1', '111122223333', 'x7k2', { typeName: 'Query', fieldName: 'listNotes' });

describe('explainArnMismatch', () => {
  it('names the account and API id of a policy written for the old account', () => {
    expect(explainArnMismatch('arn:aws:appsync:us-east-1:444455556666:apis/b3c4/*', FIELD)).toEqual([
      { part: 'account', policy: '444455556666', request: '111122223333' },
      { part: 'API id', policy: 'b3c4', request: 'x7k2' },
    ]);
  });

  it('names region, type and field differences', () => {
    expect(explainArnMismatch('arn:aws:appsync:eu-west-1:111122223333:apis/x7k2/*', FIELD)).toEqual([
      { part: 'region', policy: 'eu-west-1', request: 'us-east-1' },
    ]);
    expect(explainArnMismatch('arn:aws:appsync:us-east-1:111122223333:apis/x7k2/types/Mutation/*', FIELD)).toEqual([
      { part: 'type', policy: 'Mutation', request: 'Query' },
    ]);
    expect(
      explainArnMismatch('arn:aws:appsync:us-east-1:111122223333:apis/x7k2/types/Query/fields/getNote', FIELD),
    ).toEqual([{ part: 'field', policy: 'getNote', request: 'listNotes' }]);
    expect(explainArnMismatch('arn:aws:appsync:us-east-1:111122223333:apis/x7k2', FIELD)).toEqual([
      { part: 'resource', policy: 'apis/x7k2', request: 'apis/x7k2/types/Query/fields/listNotes' },
    ]);
  });

  it('finds nothing to explain for patterns that cover the ARN', () => {
    expect(explainArnMismatch('*', FIELD)).toEqual([]);
    expect(explainArnMismatch('arn:aws:appsync:*:111122223333:apis/x7k2/*', FIELD)).toEqual([]);
  });
});

describe('roleArnFromAssumedRole', () => {
  it('maps an assumed-role session ARN to its role', () => {
    expect(roleArnFromAssumedRole('arn:aws:sts::111122223333:assumed-role/app-auth/CognitoIdentityCredentials')).toBe(
      'arn:aws:iam::111122223333:role/app-auth',
    );
  });
});
