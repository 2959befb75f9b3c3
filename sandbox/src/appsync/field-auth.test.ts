import type { GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { AppSyncAuthType } from '../scenario.ts';
import { isFieldAllowed, type RequestAuth } from './field-auth.ts';
import { appSyncSchema } from './schema.ts';

const SDL = /* GraphQL */ `
  type Note @aws_iam @aws_cognito_user_pools {
    id: ID!
    secret: String @aws_cognito_user_pools(cognito_groups: ["Admins"])
  }
  type Query {
    plain: String
    iamOnly: String @aws_iam
    poolOnly: String @aws_cognito_user_pools
    note: Note @aws_iam @aws_cognito_user_pools
  }
`;

function allowed(auth: RequestAuth, typeName: string, fieldName: string, defaultMode: AppSyncAuthType): boolean {
  const type = appSyncSchema(SDL).getType(typeName) as GraphQLObjectType;
  const field = type.getFields()[fieldName];
  if (!field) throw new Error(`no field ${fieldName}`);
  return isFieldAllowed(auth, type, field, defaultMode);
}

const iam: RequestAuth = { mode: 'AWS_IAM' };
const pool: RequestAuth = { mode: 'AMAZON_COGNITO_USER_POOLS', groups: [] };

describe('isFieldAllowed (AppSync multi-auth rules)', () => {
  it('opens a field without directives to the default mode only', () => {
    expect(allowed(iam, 'Query', 'plain', 'AWS_IAM')).toBe(true);
    expect(allowed(iam, 'Query', 'plain', 'AMAZON_COGNITO_USER_POOLS')).toBe(false);
    expect(allowed(pool, 'Query', 'plain', 'AMAZON_COGNITO_USER_POOLS')).toBe(true);
  });

  it('denies IAM a field that names only other modes, even when IAM is the default', () => {
    expect(allowed(iam, 'Query', 'poolOnly', 'AWS_IAM')).toBe(false);
    expect(allowed(pool, 'Query', 'poolOnly', 'AWS_IAM')).toBe(true);
  });

  it('needs @aws_iam when IAM is an additional mode', () => {
    expect(allowed(iam, 'Query', 'iamOnly', 'AMAZON_COGNITO_USER_POOLS')).toBe(true);
    expect(allowed(iam, 'Query', 'note', 'AMAZON_COGNITO_USER_POOLS')).toBe(true);
  });

  it('uses the type’s directives for fields without their own, and field directives over the type’s', () => {
    expect(allowed(iam, 'Note', 'id', 'AMAZON_COGNITO_USER_POOLS')).toBe(true);
    expect(allowed(iam, 'Note', 'secret', 'AWS_IAM')).toBe(false);
  });

  it('limits cognito_groups to members', () => {
    expect(allowed(pool, 'Note', 'secret', 'AWS_IAM')).toBe(false);
    expect(allowed({ ...pool, groups: ['Admins'] }, 'Note', 'secret', 'AWS_IAM')).toBe(true);
  });
});
