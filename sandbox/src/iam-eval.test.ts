import { describe, expect, it } from 'vitest';
import { healthy } from '../scenarios/healthy.ts';
import { rolePolicyResourceMismatch } from '../scenarios/role-policy-resource-mismatch.ts';
import { evaluatePolicies, readOnlyPolicies, rolePolicies } from './iam-eval.ts';
import type { Role, Scenario } from './scenario.ts';

const FIELD_ARN = `arn:aws:appsync:us-east-1:111122223333:apis/${healthy.api.id}/types/Query/fields/listNotes`;

function authenticatedRole(scenario: Scenario): Role {
  const role = scenario.roles.find((r) => r.name === 'authtrace-demo-authenticated');
  if (!role) throw new Error('scenario has no authenticated role');
  return role;
}

function withRole(role: Partial<Role>, managedPolicies: Scenario['managedPolicies'] = []): Scenario {
  const base = authenticatedRole(healthy);
  return { ...healthy, managedPolicies, roles: [{ ...base, ...role }] };
}

describe('evaluatePolicies', () => {
  it('allows appsync:GraphQL on the field when the role allows apis/<id>/*, naming the statement', async () => {
    const result = await evaluatePolicies(
      rolePolicies(healthy, authenticatedRole(healthy)),
      'appsync:GraphQL',
      FIELD_ARN,
    );
    expect(result).toEqual({
      decision: 'allowed',
      matchedStatements: [{ policyId: 'appsync-access', source: 'inline', effect: 'Allow', sid: 'AllowGraphQL' }],
    });
  });

  it('implicitly denies when the policy names the old account’s API (the seed case)', async () => {
    const role = authenticatedRole(rolePolicyResourceMismatch);
    const result = await evaluatePolicies(rolePolicies(rolePolicyResourceMismatch, role), 'appsync:GraphQL', FIELD_ARN);
    expect(result).toEqual({ decision: 'implicitDeny', matchedStatements: [] });
  });

  it('lets an explicit Deny in an attached managed policy win over the inline Allow', async () => {
    const denyArn = 'arn:aws:iam::111122223333:policy/deny-notes';
    const scenario = withRole({ attachedPolicyArns: [denyArn] }, [
      {
        arn: denyArn,
        name: 'deny-notes',
        document: {
          Version: '2012-10-17',
          Statement: [{ Sid: 'NoNotes', Effect: 'Deny', Action: 'appsync:GraphQL', Resource: FIELD_ARN }],
        },
      },
    ]);
    const result = await evaluatePolicies(
      rolePolicies(scenario, authenticatedRole(scenario)),
      'appsync:GraphQL',
      FIELD_ARN,
    );
    expect(result).toEqual({
      decision: 'explicitDeny',
      matchedStatements: [{ policyId: denyArn, source: 'managed', effect: 'Deny', sid: 'NoNotes' }],
    });
  });

  it('needs the permissions boundary to allow the action too', async () => {
    const boundaryArn = 'arn:aws:iam::111122223333:policy/boundary';
    const scenario = withRole({ permissionsBoundaryArn: boundaryArn }, [
      {
        arn: boundaryArn,
        name: 'boundary',
        document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
      },
    ]);
    const result = await evaluatePolicies(
      rolePolicies(scenario, authenticatedRole(scenario)),
      'appsync:GraphQL',
      FIELD_ARN,
    );
    expect(result.decision).toBe('implicitDeny');
  });

  it('evaluates the read-only principal for IAM reads', async () => {
    const roleArn = authenticatedRole(healthy).arn;
    expect((await evaluatePolicies(readOnlyPolicies(healthy), 'iam:GetRolePolicy', roleArn)).decision).toBe('allowed');
    const hidden = readOnlyPolicies(rolePolicyResourceMismatch);
    expect((await evaluatePolicies(hidden, 'iam:GetRolePolicy', roleArn)).decision).toBe('implicitDeny');
    expect((await evaluatePolicies(hidden, 'cloudtrail:LookupEvents', '*')).decision).toBe('allowed');
  });
});
