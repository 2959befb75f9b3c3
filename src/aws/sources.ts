import { resolveRole } from '@/chain/role-resolution';
import type { Case, Lookup } from '@/chain/case';
import type { Evidence } from '@/chain/assemble';
import type { Connection, ReadOnlyCredentials } from '@/chain/connection';
import { SIGNER_SUBJECT, type Ask, type AskKind } from '@/chain/plan';
import type { ChainRunInput } from './amplify-chain';
import type { SearchProgress } from './cloudtrail';

/** What a source may use: the connection, the engineer's read-only credentials, the run's inputs. */
export interface SourceEnv {
  connection: Connection;
  readOnly?: ReadOnlyCredentials;
  run?: Omit<ChainRunInput, 'connection'>;
  onSearchProgress?: (progress: SearchProgress) => void;
}

/**
 * One kind of evidence behind one small interface: it answers one kind of ask and only fills the case (its
 * lookups included, answered or denied). Adding a source (a HAR file, Athena, AppSync's control plane) adds an ask
 * kind to the planner and an entry here; the executor's loop does not change.
 */
export interface EvidenceSource<K extends AskKind> {
  fetch(ask: Extract<Ask, { kind: K }>, env: SourceEnv, c: Case): Promise<Evidence>;
}

export type Sources = { [K in AskKind]: EvidenceSource<K> };

const needReadOnly = (env: SourceEnv): ReadOnlyCredentials => {
  if (!env.readOnly) throw new Error('This evidence needs read-only credentials.');
  return env.readOnly;
};

// Each adapter loads with its first use (the dashboard's first page stays small).
export const SOURCES: Sources = {
  'run-chain': {
    async fetch(_ask, env) {
      if (!env.run) throw new Error('Nothing to run: no username, password and query.');
      const { runChain } = await import('./amplify-chain');
      const result = await runChain({ ...env.run, connection: env.connection });
      return { steps: [result.signIn, result.credentials, result.graphql].filter((s) => s !== undefined) };
    },
  },
  'sts-record': {
    async fetch(ask, env) {
      const { findStsRecord } = await import('./cloudtrail');
      try {
        const found = await findStsRecord(
          {
            region: identityPoolRegion(env.connection.target),
            endpoint: env.connection.endpoints.cloudtrail,
            credentials: needReadOnly(env),
            ...(env.run?.timeoutMs ? { timeoutMs: env.run.timeoutMs } : {}),
            accessKeyId: ask.accessKeyId,
            identityId: ask.identityId,
            issuedAt: new Date(ask.issuedAt),
          },
          env.onSearchProgress,
        );
        return { records: found.record ? [found.record] : [], lookups: found.lookups };
      } catch (error) {
        // The failed lookups are the answer (AccessDenied, expired keys, network): the case keeps them.
        return { lookups: (error as { lookups?: Lookup[] }).lookups ?? [] };
      }
    },
  },
  'signer-record': {
    async fetch(ask, env) {
      const { findStsRecord } = await import('./cloudtrail');
      try {
        const found = await findStsRecord({
          region: identityPoolRegion(env.connection.target),
          endpoint: env.connection.endpoints.cloudtrail,
          credentials: needReadOnly(env),
          ...(env.run?.timeoutMs ? { timeoutMs: env.run.timeoutMs } : {}),
          accessKeyId: ask.accessKeyId,
          issuedAt: new Date(ask.issuedAt),
          eventName: SIGNER_SUBJECT,
        });
        return { records: found.record ? [found.record] : [], lookups: found.lookups };
      } catch (error) {
        return { lookups: (error as { lookups?: Lookup[] }).lookups ?? [] };
      }
    },
  },
  'identity-pool': {
    async fetch(ask, env, c) {
      const { readIdentityPool } = await import('./identity-pool');
      const lookups: Lookup[] = [];
      const { target, endpoints } = env.connection;
      const identityPool = await readIdentityPool(
        {
          region: target.region,
          endpoint: endpoints.cognitoIdentity,
          credentials: needReadOnly(env),
          ...(env.run?.timeoutMs ? { timeoutMs: env.run.timeoutMs } : {}),
          identityPoolId: ask.identityPoolId,
        },
        lookups,
      );
      if (!identityPool) return { lookups };
      const expectedRoleArn = resolveRole({ ...c, identityPool }).roleArn;
      return { lookups, identityPool, ...(expectedRoleArn ? { expectedRoleArn } : {}) };
    },
  },
  'role-policies': {
    async fetch(ask, env) {
      const { readRolePolicies } = await import('./iam');
      const lookups: Lookup[] = [];
      const policies = await readRolePolicies(
        {
          endpoint: env.connection.endpoints.iam,
          ...(env.connection.relay ? { relay: env.connection.relay } : {}),
          credentials: needReadOnly(env),
          ...(env.run?.timeoutMs ? { timeoutMs: env.run.timeoutMs } : {}),
        },
        ask.roleArn,
        lookups,
      );
      return { lookups, policies: policies ? [policies] : [] };
    },
  },
  'simulate-policy': {
    async fetch(ask, env) {
      const { simulateRole } = await import('./iam');
      const lookups: Lookup[] = [];
      const simulations = await simulateRole(
        {
          endpoint: env.connection.endpoints.iam,
          ...(env.connection.relay ? { relay: env.connection.relay } : {}),
          credentials: needReadOnly(env),
          ...(env.run?.timeoutMs ? { timeoutMs: env.run.timeoutMs } : {}),
        },
        ask.roleArn,
        ask.action,
        ask.resources,
        lookups,
      );
      return { lookups, simulations: simulations ?? [] };
    },
  },
  'appsync-auth': {
    async fetch(ask, env) {
      const { readAppSyncAuthorization } = await import('./appsync-control');
      const lookups: Lookup[] = [];
      const appsync = await readAppSyncAuthorization(
        {
          region: env.connection.target.region,
          // In a browser the request goes through the page's relay (the control plane answers no CORS).
          ...(env.connection.endpoints.appsyncControl ? { endpoint: env.connection.endpoints.appsyncControl } : {}),
          ...(env.connection.relay ? { relay: env.connection.relay } : {}),
          credentials: needReadOnly(env),
          ...(env.run?.timeoutMs ? { timeoutMs: env.run.timeoutMs } : {}),
        },
        ask.apiId,
        ask.fields,
        lookups,
      );
      return { lookups, appsync };
    },
  },
  'appsync-logs': {
    async fetch(ask, env) {
      const { findAppSyncLogLines } = await import('./logs');
      const lookups: Lookup[] = [];
      const logs = await findAppSyncLogLines(
        {
          region: env.connection.target.region,
          endpoint: env.connection.endpoints.logs,
          credentials: needReadOnly(env),
          ...(env.run?.timeoutMs ? { timeoutMs: env.run.timeoutMs } : {}),
          apiId: ask.apiId,
          requestId: ask.requestId,
          at: new Date(ask.at),
        },
        lookups,
      );
      return { lookups, logs };
    },
  },
};

/** The identity pool's region, from its id (`<region>:<uuid>`); the target's region when the id does not say. */
function identityPoolRegion(target: { region: string; identityPoolId: string }): string {
  const prefix = target.identityPoolId.split(':')[0] ?? '';
  return /^[a-z]{2}(-[a-z]+)+-\d$/.test(prefix) ? prefix : target.region;
}
