import { authorizeReadOnly } from '../authorize.ts';
import type { SandboxContext } from '../context.ts';
import {
  AwsError,
  escapeXml,
  newRequestId,
  requireString,
  type SandboxRequest,
  type SandboxResponse,
} from '../http.ts';
import type { ManagedPolicy, Role } from '../scenario.ts';
import { verifySigV4, type VerifiedCaller } from '../sigv4.ts';
import { memberList, simulateRole } from './iam-simulate.ts';
import { encodedDocument, iamResponse, members, policyVersionXml, policyXml, roleXml, tag } from './iam-xml.ts';

/** IAM is global: requests are signed for `us-east-1` (aws-sdk-go#156: other regions get "Credential should be scoped to a valid region"). */
const IAM_SIGNING_REGION = 'us-east-1';

type Operation = (params: URLSearchParams, ctx: SandboxContext, caller: VerifiedCaller) => Promise<string>;

/**
 * 404 `NoSuchEntity`, texts as IAM words them: "The role with name <n> cannot be found." (aws-samples/eks-workshop-v2
 * #1224 "StatusCode: 404 … NoSuchEntity: The role with name … cannot be found."; cloudquery/cq-provider-aws #843);
 * "Policy <arn> does not exist or is not attachable." (pulumi/pulumi #7419 "status code: 404"; getmoto/moto #6482
 * quotes the Sender/NoSuchEntity body); "The role policy with name <n> cannot be found." (aws/aws-cli #6139). The
 * policy-version text is modelled on the policy one (unconfirmed).
 */
function noSuchEntity(message: string): AwsError {
  return new AwsError(404, 'NoSuchEntity', message, 'query');
}

/** Authorizes `iam:<Action>` on the role (AccessDenied names it `role <name>`, as IAM does), then finds it. */
async function readRole(
  params: URLSearchParams,
  ctx: SandboxContext,
  caller: VerifiedCaller,
  action: string,
): Promise<Role> {
  const name = requireString(Object.fromEntries(params), 'RoleName', 'query');
  const arn = `arn:aws:iam::${ctx.scenario.accountId}:role/${name}`;
  await authorizeReadOnly(ctx, caller, `iam:${action}`, arn, 'query', { resourceInMessage: `role ${name}` });
  const role = ctx.scenario.roles.find((r) => r.name === name);
  if (!role) throw noSuchEntity(`The role with name ${name} cannot be found.`);
  return role;
}

async function readPolicy(
  params: URLSearchParams,
  ctx: SandboxContext,
  caller: VerifiedCaller,
  action: string,
): Promise<ManagedPolicy> {
  const arn = requireString(Object.fromEntries(params), 'PolicyArn', 'query');
  await authorizeReadOnly(ctx, caller, `iam:${action}`, arn, 'query', { resourceInMessage: `policy ${arn}` });
  const policy = ctx.scenario.managedPolicies.find((p) => p.arn === arn);
  if (!policy) throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  return policy;
}

const operations: Record<string, Operation> = {
  GetRole: async (params, ctx, caller) => roleXml(await readRole(params, ctx, caller, 'GetRole')),
  ListRolePolicies: async (params, ctx, caller) => {
    const role = await readRole(params, ctx, caller, 'ListRolePolicies');
    const names = Object.keys(role.inlinePolicies).map((name) => escapeXml(name));
    return `<PolicyNames>${members(names)}</PolicyNames>${tag('IsTruncated', false)}`;
  },
  GetRolePolicy: async (params, ctx, caller) => {
    const role = await readRole(params, ctx, caller, 'GetRolePolicy');
    const policyName = requireString(Object.fromEntries(params), 'PolicyName', 'query');
    const document = role.inlinePolicies[policyName];
    if (!document) throw noSuchEntity(`The role policy with name ${policyName} cannot be found.`);
    return `${tag('RoleName', role.name)}${tag('PolicyName', policyName)}${tag('PolicyDocument', encodedDocument(document))}`;
  },
  ListAttachedRolePolicies: async (params, ctx, caller) => {
    const role = await readRole(params, ctx, caller, 'ListAttachedRolePolicies');
    const attached = role.attachedPolicyArns.map(
      (arn) => `${tag('PolicyName', arn.split('/').pop() ?? arn)}${tag('PolicyArn', arn)}`,
    );
    return `<AttachedPolicies>${members(attached)}</AttachedPolicies>${tag('IsTruncated', false)}`;
  },
  GetPolicy: async (params, ctx, caller) => {
    const policy = await readPolicy(params, ctx, caller, 'GetPolicy');
    const attachments = ctx.scenario.roles.filter((r) => r.attachedPolicyArns.includes(policy.arn)).length;
    return policyXml(policy, attachments);
  },
  GetPolicyVersion: async (params, ctx, caller) => {
    const policy = await readPolicy(params, ctx, caller, 'GetPolicyVersion');
    const versionId = requireString(Object.fromEntries(params), 'VersionId', 'query');
    if (versionId !== 'v1')
      throw noSuchEntity(`Policy ${policy.arn} version ${versionId} does not exist or is not attachable.`);
    return policyVersionXml(policy);
  },
  SimulatePrincipalPolicy: async (params, ctx, caller) => {
    const arn = requireString(Object.fromEntries(params), 'PolicySourceArn', 'query');
    const name = arn.split('/').pop() ?? arn;
    await authorizeReadOnly(ctx, caller, 'iam:SimulatePrincipalPolicy', arn, 'query', {
      resourceInMessage: `role ${name}`,
    });
    const role = ctx.scenario.roles.find((r) => r.arn === arn);
    if (!role) throw noSuchEntity(`The role with name ${name} cannot be found.`);
    const resources = memberList(params, 'ResourceArns');
    return simulateRole(ctx, role, memberList(params, 'ActionNames'), resources.length > 0 ? resources : ['*']);
  },
};

/** IAM's read operations over the scenario's roles and managed policies (query protocol, XML answers). */
export async function handleIam(request: SandboxRequest, ctx: SandboxContext): Promise<SandboxResponse> {
  const params = new URLSearchParams(request.body.toString('utf8'));
  const action = params.get('Action') ?? '';
  request.operation = action;
  const caller = await verifySigV4(request, ctx, { service: 'iam', protocol: 'query', region: IAM_SIGNING_REGION });
  const operation = operations[action];
  // 400 `InvalidAction` "Could not find operation <Action> for version <v>": the query services' words (SES,
  // aws/aws-cli #37: `"Message": "Could not find operation GetSendStatistics for version 2012-12-01", "Code":
  // "InvalidAction", "Type": "Sender"`); for IAM the same wording is assumed (unconfirmed).
  if (!operation) {
    throw new AwsError(400, 'InvalidAction', `Could not find operation ${action} for version 2010-05-08`, 'query');
  }
  return iamResponse(action, await operation(params, ctx, caller), newRequestId());
}
