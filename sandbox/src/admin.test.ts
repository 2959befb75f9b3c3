import { describe, expect, it } from 'vitest';
import { rolePolicyResourceMismatch } from '../scenarios/role-policy-resource-mismatch.ts';
import { handleAdmin } from './admin.ts';
import { createContext } from './context.ts';
import type { SandboxRequest } from './http.ts';
import { evaluatePolicies, rolePolicies } from './iam-eval.ts';

const FIELD = 'arn:aws:appsync:us-east-1:111122223333:apis/x7k2mq4n5p6r7s8t9u0v1w2y3z/types/Query/fields/listNotes';
const ROLE = 'authtrace-demo-authenticated';

const post = (path: string, body: unknown): SandboxRequest => ({
  method: 'POST',
  path,
  query: new URLSearchParams(),
  headers: {},
  body: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)),
});

describe('POST /__sandbox/put-role-policy (test-only)', () => {
  it('adds an inline policy to a role of the running scenario, as PutRolePolicy would', async () => {
    const ctx = createContext(structuredClone(rolePolicyResourceMismatch), 'http://127.0.0.1:1');
    const deps = { context: () => ctx, switchScenario: () => ctx };
    const role = () => {
      const found = ctx.scenario.roles.find((r) => r.name === ROLE);
      if (!found) throw new Error(`no role ${ROLE}`);
      return found;
    };
    const decide = async () =>
      (await evaluatePolicies(rolePolicies(ctx.scenario, role()), 'appsync:GraphQL', FIELD)).decision;
    expect(await decide()).toBe('implicitDeny');
    const before = Object.keys(role().inlinePolicies);
    const response = handleAdmin(
      post('/__sandbox/put-role-policy', {
        roleName: ROLE,
        policyName: 'AuthtraceAllowAppSyncGraphQL',
        policyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'appsync:GraphQL', Resource: [FIELD] }],
        },
      }),
      deps,
    );
    expect(response.status).toBe(200);
    expect(Object.keys(role().inlinePolicies)).toEqual([...before, 'AuthtraceAllowAppSyncGraphQL']);
    expect(await decide()).toBe('allowed');
    // The scenario's own definition is untouched: switching back restores the failing policy.
    expect(rolePolicyResourceMismatch.roles.find((r) => r.name === ROLE)?.inlinePolicies).not.toHaveProperty(
      'AuthtraceAllowAppSyncGraphQL',
    );
  });

  it('says what is wrong with a bad body or an unknown role', () => {
    const ctx = createContext(structuredClone(rolePolicyResourceMismatch), 'http://127.0.0.1:1');
    const deps = { context: () => ctx, switchScenario: () => ctx };
    expect(handleAdmin(post('/__sandbox/put-role-policy', '{'), deps).status).toBe(400);
    const unknown = handleAdmin(
      post('/__sandbox/put-role-policy', { roleName: 'nope', policyName: 'p', policyDocument: { Statement: [] } }),
      deps,
    );
    expect(unknown.status).toBe(400);
    expect((JSON.parse(String(unknown.body)) as { message: string }).message).toContain('No role "nope"');
  });
});
