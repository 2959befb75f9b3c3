import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import { FIX_POLICY_NAME, apiWideArn, planFix } from './fix-plan';
import {
  FIELD_ARN,
  TARGET,
  allowOn,
  makeCase,
  makeDeniedCase,
  makeInvalidPoolConfig,
  makeSignIn,
} from './fixtures/cases';
import { render } from './messages/catalog';
import { en } from './messages/en';

const seed = () =>
  makeDeniedCase([
    { name: 'p', kind: 'inline', document: allowOn('arn:aws:appsync:us-east-1:999999999999:apis/old/*') },
  ]);
const API_ARN = `arn:aws:appsync:us-east-1:111122223333:apis/${TARGET.apiId}/*`;

describe('planFix', () => {
  it('offers the statement to add for the tested fields or the whole API, never a document to replace', () => {
    const c = seed();
    const verdict = diagnose(c);
    const fields = planFix(verdict, c, 'fields');
    expect(fields).toMatchObject({
      kind: 'permission',
      role: 'authtrace-demo-authenticated',
      scopes: ['fields', 'api'],
    });
    expect(fields?.statement).toMatchObject({ Effect: 'Allow', Action: 'appsync:GraphQL', Resource: [FIELD_ARN] });
    expect(fields?.statement).not.toHaveProperty('Version');
    expect(planFix(verdict, c, 'api')?.statement).toMatchObject({ Resource: [API_ARN] });
  });

  it('adds the statement as an inline policy of its own name, with the console path', () => {
    const c = seed();
    const plan = planFix(diagnose(c), c, 'api');
    expect(plan?.cli).toHaveLength(1);
    const command = plan?.cli[0] ?? '';
    expect(command).toMatch(
      new RegExp(`^aws iam put-role-policy --role-name authtrace-demo-authenticated --policy-name ${FIX_POLICY_NAME} `),
    );
    const json = command.slice(command.indexOf("'") + 1, command.lastIndexOf("'"));
    expect(JSON.parse(json)).toEqual({ Version: '2012-10-17', Statement: [plan?.statement] });
    expect(render(plan!.console, en)).toContain('Create inline policy');
  });

  it('extends the trust policy instead of replacing it', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeInvalidPoolConfig()],
      records: [],
      identityPool: { roles: { authenticated: 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated' } },
    });
    const verdict = diagnose(c);
    expect(verdict.cause).toBe('trust-policy-mismatch');
    const plan = planFix(verdict, c);
    expect(plan?.kind).toBe('trust');
    expect(plan?.cli.map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'aws iam get-role',
      'jq --argjson s',
      'aws iam update-assume-role-policy',
    ]);
    expect(plan?.cli[1]).toContain("'.Statement += [$s]'");
  });

  it('has nothing to paste for a healthy chain', () => {
    const c = makeCase();
    expect(planFix(diagnose(c), c)).toBeUndefined();
  });

  it('widens a field ARN to its API', () => {
    expect(apiWideArn(FIELD_ARN)).toBe(API_ARN);
  });
});
