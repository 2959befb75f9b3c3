// The STS-record search's figures for `npm run bench` (and alone: `npx tsx --tsconfig tsconfig.node.json
// scripts/bench-lookup.ts`). A benchmark, not a test: nothing here asserts.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { runChain } from '@/aws/amplify-chain';
import { findStsRecord } from '@/aws/cloudtrail';
import { parseAppConfig } from '@/chain/app-config';
import { issueTime } from '@/chain/plan';
import { startSandbox } from '../sandbox/src/server.ts';

interface SandboxConfigLike {
  testUser: { username: string; password: string };
  testQuery: string;
  readOnlyCredentials: { accessKeyId: string; secretAccessKey: string };
}

/**
 * LookupEvents calls (and time) needed to find the STS record among a busy app's day (10,000 events, most of them
 * other users' sign-ins), on both paths: `Username` selecting by identity id, and not selecting (unconfirmed on AWS).
 */
export async function lookupCalls(): Promise<{
  noiseEvents: number;
  usernameSelects: LookupPath;
  usernameDoesNotSelect: LookupPath;
}> {
  const noiseEvents = 10_000;
  return {
    noiseEvents,
    usernameSelects: await lookupPath(noiseEvents, true),
    usernameDoesNotSelect: await lookupPath(noiseEvents, false),
  };
}

interface LookupPath {
  calls: number;
  found: boolean;
  ms: number;
  lookups: string[];
}

async function lookupPath(noiseEvents: number, usernameSelectsIdentityId: boolean): Promise<LookupPath> {
  const sandbox = await startSandbox({
    scenarioId: 'role-policy-resource-mismatch',
    port: 0,
    overrides: { noiseEvents, unconfirmed: { usernameSelectsIdentityId } },
  });
  try {
    const config = (await (await fetch(`${sandbox.url}/__sandbox/config`)).json()) as SandboxConfigLike;
    const parsed = parseAppConfig(JSON.stringify(config));
    if (!parsed.ok) throw new Error(parsed.error);
    const result = await runChain({
      connection: { target: { ...parsed.target, apiId: parsed.apiId }, endpoints: parsed.endpoints ?? {} },
      username: config.testUser.username,
      password: config.testUser.password,
      flow: 'USER_SRP_AUTH',
      query: config.testQuery,
    });
    const issued = result.credentials;
    if (!issued?.accessKeyId) throw new Error('the chain issued no credentials');
    const started = performance.now();
    const found = await findStsRecord({
      region: parsed.target.region,
      endpoint: sandbox.url,
      credentials: config.readOnlyCredentials,
      accessKeyId: issued.accessKeyId,
      identityId: issued.identityId,
      issuedAt: new Date(issueTime(issued)),
    });
    return {
      calls: found.lookups.reduce((sum, l) => sum + l.calls, 0),
      found: Boolean(found.record),
      ms: Math.round(performance.now() - started),
      lookups: found.lookups.map((l) => `${l.subject ?? ''} ${l.ask}: ${l.outcome} in ${l.calls}`),
    };
  } finally {
    await sandbox.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(JSON.stringify(await lookupCalls(), null, 2));
