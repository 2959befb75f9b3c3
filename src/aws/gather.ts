import { fieldArn } from '@/chain/arn';
import type { GatheredEvidence } from '@/chain/assemble';
import type { Case, Lookup } from '@/chain/case';
import { accountIdOf, chainSteps } from '@/chain/evidence';
import { resolveRole, roleInQuestion } from '@/chain/role-resolution';
import type { Connection, ReadOnlyCredentials } from './connection';
import { readRolePolicies, simulateRole } from './iam';
import { readIdentityPool } from './identity-pool';
import { findAppSyncLogLines } from './logs';

/**
 * What a careful engineer reads around a run, with the read-only credentials: the identity pool's roles (which
 * role it should choose), and when the request failed, the role's policies (or AWS's simulation when IAM documents
 * are hidden) and the request's AppSync log lines. Each question is recorded in `lookups`, denied or not.
 */
export async function gatherEvidence(
  c: Case,
  connection: Connection,
  credentials: ReadOnlyCredentials,
): Promise<GatheredEvidence> {
  const lookups: Lookup[] = [];
  const { target, endpoints } = connection;
  const { graphql } = chainSteps(c);
  const identityPool = await readIdentityPool(
    { region: target.region, endpoint: endpoints.cognitoIdentity, credentials, identityPoolId: target.identityPoolId },
    lookups,
  );
  const withPool: Case = identityPool ? { ...c, identityPool } : c;
  const expectedRoleArn = resolveRole(withPool).roleArn;

  const failed = graphql && (graphql.outcome !== 'ok' || graphql.errors.length > 0);
  const roleArn = roleInQuestion(withPool);
  const accountId = accountIdOf(c);
  const result: GatheredEvidence = {
    policies: [],
    simulations: [],
    logs: [],
    lookups,
    ...(identityPool ? { identityPool } : {}),
    ...(expectedRoleArn ? { expectedRoleArn } : {}),
  };
  if (!graphql || !failed) return result;

  if (roleArn && graphql.authMode === 'iam') {
    const policies = await readRolePolicies({ endpoint: endpoints.iam, credentials }, roleArn, lookups);
    if (policies) result.policies.push(policies);
    else if (accountId && target.apiId) {
      const arns = graphql.fields.map((field) => fieldArn(target.region, accountId, target.apiId ?? '', field));
      result.simulations.push(
        ...((await simulateRole({ endpoint: endpoints.iam, credentials }, roleArn, 'appsync:GraphQL', arns, lookups)) ??
          []),
      );
    }
  }
  if (graphql.requestId && target.apiId) {
    result.logs.push(
      ...(await findAppSyncLogLines(
        {
          region: target.region,
          endpoint: endpoints.logs,
          credentials,
          apiId: target.apiId,
          requestId: graphql.requestId,
          at: new Date(graphql.at),
        },
        lookups,
      )),
    );
  }
  return result;
}
