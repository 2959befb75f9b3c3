import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRolePolicies, simulateRole } from '@/aws/iam';
import type { Lookup } from '@/chain/case';
import { relayAwsRequest } from '../../scripts/aws-relay.ts';
import { startTestSandbox, type TestSandbox } from './support/sandbox';

const ROLE = 'arn:aws:iam::111122223333:role/authtrace-demo-authenticated';
const IAM_READS = [
  'iam:GetRole',
  'iam:ListRolePolicies',
  'iam:GetRolePolicy',
  'iam:ListAttachedRolePolicies',
  'iam:GetPolicy',
  'iam:GetPolicyVersion',
  'iam:SimulatePrincipalPolicy',
];

let test: TestSandbox;
let relay: Server;
let relayBase = '';
const relayed: string[] = [];

beforeAll(async () => {
  // The seed case with IAM readable.
  test = await startTestSandbox('role-policy-resource-mismatch', { readOnlyAllow: IAM_READS });
  relay = createServer((message, reply) => {
    relayed.push(`${message.method} ${message.url}`);
    void relayAwsRequest(message, reply, { sandboxOrigin: test.sandbox.url });
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  relayBase = `http://127.0.0.1:${(relay.address() as AddressInfo).port}/aws-relay`;
});

afterAll(async () => {
  relay.closeAllConnections();
  await new Promise((resolve) => relay.close(resolve));
  await test.sandbox.close();
});

describe('IAM through the relay, with the product’s own IAM adapter', () => {
  it('reads the role’s policies: signed for the sandbox host, sent to the relay, verified by the sandbox', async () => {
    const lookups: Lookup[] = [];
    const policies = await readRolePolicies(
      { endpoint: test.sandbox.url, relay: relayBase, credentials: test.config.readOnlyCredentials },
      ROLE,
      lookups,
    );
    expect(lookups.map((l) => l.outcome)).toEqual(['found']);
    expect(policies?.documents.map((d) => d.name)).toContain('inline:appsync-access');
    const host = new URL(test.sandbox.url).host;
    expect(relayed.length).toBeGreaterThanOrEqual(4);
    expect(relayed.every((line) => line === `POST /aws-relay/${host}/`)).toBe(true);
  });

  it('runs the policy simulator through it', async () => {
    const lookups: Lookup[] = [];
    const simulations = await simulateRole(
      { endpoint: test.sandbox.url, relay: relayBase, credentials: test.config.readOnlyCredentials },
      ROLE,
      'appsync:GraphQL',
      [`arn:aws:appsync:us-east-1:111122223333:apis/${test.config.apiId}/types/Query/fields/listNotes`],
      lookups,
    );
    expect(lookups[0]?.outcome).toBe('found');
    expect(simulations?.[0]?.decision).toBe('implicitDeny');
  });

  it('IAM’s own AccessDenied comes back through it as a denied lookup', async () => {
    const response = await fetch(`${test.sandbox.url}/__sandbox/scenario`, {
      method: 'POST',
      body: JSON.stringify({ id: 'role-policy-resource-mismatch' }), // IAM hidden, as in the customer's account
    });
    expect(response.ok).toBe(true);
    const lookups: Lookup[] = [];
    const policies = await readRolePolicies(
      { endpoint: test.sandbox.url, relay: relayBase, credentials: test.config.readOnlyCredentials },
      ROLE,
      lookups,
    );
    expect(policies).toBeUndefined();
    expect(lookups[0]).toMatchObject({ outcome: 'denied', error: { name: 'AccessDenied' } });
  });

  it('a relay that refuses leaves an error lookup, never a policy', async () => {
    const lookups: Lookup[] = [];
    const strict = createServer((message, reply) => void relayAwsRequest(message, reply, {}));
    await new Promise<void>((resolve) => strict.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(strict.address() as AddressInfo).port}/aws-relay`;
    const policies = await readRolePolicies(
      { endpoint: test.sandbox.url, relay: base, credentials: test.config.readOnlyCredentials },
      ROLE,
      lookups,
    );
    expect(policies).toBeUndefined();
    expect(lookups[0]).toMatchObject({ outcome: 'error', error: { name: 'RelayRefused' } });
    expect(lookups[0]?.error?.message).toContain('bad-host');
    strict.closeAllConnections();
    await new Promise((resolve) => strict.close(resolve));
  });
});
