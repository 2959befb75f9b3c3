import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import type { Lookup, PolicyEvidence, Simulation } from '@/chain/case';
import type { ReadOnlyCredentials } from '@/chain/connection';
import { countAttempts, recordLookup } from './lookup';
import { relayThrough } from './relay';
import { requestHandlerFor } from './timeouts';

export interface IamAccess {
  endpoint?: string;
  /** Authtrace's same-origin relay (src/aws/relay.ts): in a browser, IAM answers no CORS and is read through it. */
  relay?: string;
  credentials: ReadOnlyCredentials;
  /** Deadline of each call (default 20 s). */
  timeoutMs?: number;
}

// IAM is a global service signed in us-east-1 (aws partition).
const IAM_REGION = 'us-east-1';

function client(access: IamAccess, onAttempt: () => void): IAMClient {
  const iam = new IAMClient({
    region: IAM_REGION,
    credentials: access.credentials,
    maxAttempts: 4,
    requestHandler: requestHandlerFor(access.timeoutMs),
    ...(access.endpoint ? { endpoint: access.endpoint } : {}),
  });
  countAttempts(iam, onAttempt);
  if (access.relay) relayThrough(iam, access.relay);
  return iam;
}

/** IAM returns policy documents URL-encoded (RFC 3986) in its XML answers. */
function parseDocument(encoded: string | undefined): unknown {
  if (!encoded) return undefined;
  const text = decodeURIComponent(encoded);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const roleName = (roleArn: string) => roleArn.split('/').pop() ?? roleArn;
const endpointFlag = (access: IamAccess) => (access.endpoint ? ` --endpoint-url ${access.endpoint}` : '');

async function managedDocument(iam: IAMClient, policyArn: string): Promise<unknown> {
  const policy = await iam.send(new GetPolicyCommand({ PolicyArn: policyArn }));
  const versionId = policy.Policy?.DefaultVersionId;
  if (!versionId) return undefined;
  const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: versionId }));
  return parseDocument(version.PolicyVersion?.Document);
}

/**
 * Reads every policy of a role: trust policy, inline and attached managed policies (default versions) and the
 * permissions boundary. Denied reads are recorded as such in `lookups`; the customer account may hide IAM.
 */
export async function readRolePolicies(
  access: IamAccess,
  roleArn: string,
  lookups: Lookup[],
): Promise<PolicyEvidence | undefined> {
  const name = roleName(roleArn);
  return recordLookup(
    lookups,
    {
      source: 'iam',
      ask: 'role-policies',
      subject: name,
      query: { RoleName: name },
      cli: ['get-role', 'list-role-policies', 'list-attached-role-policies']
        .map((command) => `aws iam ${command} --role-name ${name}${endpointFlag(access)}`)
        .join(' && '),
    },
    async (countCall) => {
      const iam = client(access, countCall);
      try {
        const documents: PolicyEvidence['documents'] = [];
        const role = await iam.send(new GetRoleCommand({ RoleName: name }));
        const trust = parseDocument(role.Role?.AssumeRolePolicyDocument);
        if (trust) documents.push({ name: 'trust policy', kind: 'trust', document: trust });
        const inline = await iam.send(new ListRolePoliciesCommand({ RoleName: name }));
        for (const policyName of inline.PolicyNames ?? []) {
          const policy = await iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName }));
          documents.push({
            name: `inline:${policyName}`,
            kind: 'inline',
            document: parseDocument(policy.PolicyDocument),
          });
        }
        const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: name }));
        for (const policy of attached.AttachedPolicies ?? []) {
          if (!policy.PolicyArn) continue;
          documents.push({
            name: policy.PolicyArn,
            kind: 'managed',
            document: await managedDocument(iam, policy.PolicyArn),
          });
        }
        const boundary = role.Role?.PermissionsBoundary?.PermissionsBoundaryArn;
        if (boundary)
          documents.push({ name: boundary, kind: 'boundary', document: await managedDocument(iam, boundary) });
        return { value: { roleArn, source: 'iam' as const, documents }, found: true };
      } finally {
        iam.destroy();
      }
    },
  );
}

const DECISIONS = { allowed: 'allowed', explicitDeny: 'explicitDeny', implicitDeny: 'implicitDeny' } as const;

/** AWS's own evaluator for the exact field ARNs (`iam:SimulatePrincipalPolicy`), when the read-only principal may. */
export async function simulateRole(
  access: IamAccess,
  roleArn: string,
  action: string,
  resources: string[],
  lookups: Lookup[],
): Promise<Simulation[] | undefined> {
  return recordLookup(
    lookups,
    {
      source: 'iam',
      ask: 'simulate-policy',
      subject: roleName(roleArn),
      query: { PolicySourceArn: roleArn, ActionNames: [action], ResourceArns: resources },
      cli: `aws iam simulate-principal-policy --policy-source-arn ${roleArn} --action-names ${action} --resource-arns ${resources.join(' ')}${endpointFlag(access)}`,
    },
    async (countCall) => {
      const iam = client(access, countCall);
      try {
        const answer = await iam.send(
          new SimulatePrincipalPolicyCommand({
            PolicySourceArn: roleArn,
            ActionNames: [action],
            ResourceArns: resources,
          }),
        );
        const simulations = (answer.EvaluationResults ?? []).map((result) => ({
          roleArn,
          action: result.EvalActionName ?? action,
          resource: result.EvalResourceName ?? '*',
          decision: DECISIONS[result.EvalDecision as keyof typeof DECISIONS] ?? 'implicitDeny',
          matchedStatements: (result.MatchedStatements ?? []).map((m) => ({
            sourcePolicyId: m.SourcePolicyId ?? '',
            ...(m.SourcePolicyType ? { sourcePolicyType: m.SourcePolicyType } : {}),
          })),
        }));
        return { value: simulations, found: simulations.length > 0 };
      } finally {
        iam.destroy();
      }
    },
  );
}
