import { describe, expect, it } from 'vitest';
import { baseAccount } from '../../scenarios/base-account.ts';
import type { GraphqlApi } from '../scenario.ts';
import { AwsError } from '../http.ts';
import { runGraphql } from './execute.ts';

const api = baseAccount().api;
const noRootCheck = () => Promise.resolve();

function cognitoDefault(schema: string): GraphqlApi {
  return { ...api, defaultAuthType: 'AMAZON_COGNITO_USER_POOLS', additionalAuthTypes: ['AWS_IAM'], schema };
}

describe('runGraphql', () => {
  it('resolves top-level fields from the scenario data', async () => {
    const result = await runGraphql(api, { query: '{ listNotes { id title } }' }, { mode: 'AWS_IAM' }, noRootCheck);
    expect(result).toEqual({
      data: {
        listNotes: [
          { id: 'n-1', title: 'Quarterly report' },
          { id: 'n-2', title: 'Move checklist' },
        ],
      },
    });
  });

  it('answers a field lacking @aws_iam with AppSync’s 200 Unauthorized error shape', async () => {
    const schema = `type Note { id: ID! title: String! owner: String }
      type Query { listNotes: [Note] @aws_cognito_user_pools getNote(id: ID!): Note @aws_cognito_user_pools }`;
    const result = await runGraphql(
      cognitoDefault(schema),
      { query: 'query ListNotes {\n  listNotes {\n    id\n  }\n}' },
      { mode: 'AWS_IAM' },
      noRootCheck,
    );
    expect(result).toEqual({
      data: { listNotes: null },
      errors: [
        {
          path: ['listNotes'],
          data: null,
          errorType: 'Unauthorized',
          errorInfo: null,
          locations: [{ line: 2, column: 3, sourceName: null }],
          message: 'Not Authorized to access listNotes on type Query',
        },
      ],
    });
  });

  it('asks the root authorizer about every top-level field before running', async () => {
    const seen: string[] = [];
    await runGraphql(
      api,
      { query: '{ listNotes { id } getNote(id: "n-1") { id } }' },
      { mode: 'AWS_IAM' },
      (type, fields) => {
        seen.push(`${type}:${fields.join(',')}`);
        return Promise.resolve();
      },
    );
    expect(seen).toEqual(['Query:listNotes,getNote']);
  });

  it('answers validation errors with 200-style data null, in graphql-java’s words', async () => {
    const result = await runGraphql(api, { query: '{badfield}' }, { mode: 'AWS_IAM' }, noRootCheck);
    expect(result).toEqual({
      data: null,
      errors: [
        {
          path: null,
          locations: [{ line: 1, column: 2, sourceName: null }],
          message:
            "Validation error of type FieldUndefined: Field 'badfield' in type 'Query' is undefined @ 'badfield'",
        },
      ],
    });
  });

  it('rejects a query that does not parse as a malformed request', async () => {
    const error = await runGraphql(api, { query: '{ listNotes {' }, { mode: 'AWS_IAM' }, noRootCheck).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AwsError);
    expect(error).toMatchObject({ status: 400, code: 'MalformedHttpRequestException' });
  });
});
