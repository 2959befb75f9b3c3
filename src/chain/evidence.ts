import { accountOf, roleArnFromAssumedRole } from './arn';
import type { Case, CloudTrailRecord, CredentialsStep, GraphqlStep, SignInStep } from './case';

export interface ChainSteps {
  signIn?: SignInStep;
  credentials?: CredentialsStep;
  graphql?: GraphqlStep;
}

export function chainSteps(c: Case): ChainSteps {
  const steps: ChainSteps = {};
  for (const step of c.steps) {
    if (step.kind === 'sign-in') steps.signIn = step;
    else if (step.kind === 'credentials') steps.credentials = step;
    else steps.graphql = step;
  }
  return steps;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function isAssumeRoleWithWebIdentity(r: CloudTrailRecord): boolean {
  return r.eventSource === 'sts.amazonaws.com' && r.eventName === 'AssumeRoleWithWebIdentity';
}

/** The access key id STS issued in this record (`responseElements.credentials.accessKeyId`). */
export function issuedAccessKeyId(r: CloudTrailRecord): string | undefined {
  return text(record(record(r.responseElements)?.credentials)?.accessKeyId);
}

/** The role the record assumed, from the request, else from the assumed-role user in the response. */
export function assumedRoleArn(r: CloudTrailRecord): string | undefined {
  const requested = text(record(r.requestParameters)?.roleArn);
  if (requested) return requested;
  const assumed = text(record(record(r.responseElements)?.assumedRoleUser)?.arn);
  return assumed ? roleArnFromAssumedRole(assumed) : undefined;
}

/** The identity id a Cognito-federated STS record was for (`userIdentity.userName`, `subjectFromWebIdentityToken`). */
export function recordIdentityId(r: CloudTrailRecord): string | undefined {
  return text(record(r.userIdentity)?.userName) ?? text(record(r.responseElements)?.subjectFromWebIdentityToken);
}

/** The STS record that issued the browser's credentials: matched by access key id, never by time alone. */
export function matchingStsRecord(c: Case, accessKeyId: string | undefined): CloudTrailRecord | undefined {
  if (!accessKeyId) return undefined;
  return c.records.find((r) => isAssumeRoleWithWebIdentity(r) && issuedAccessKeyId(r) === accessKeyId);
}

/** Failed AssumeRoleWithWebIdentity records for this identity (e.g. a trust policy that does not match). */
export function failedStsRecords(c: Case, identityId: string | undefined): CloudTrailRecord[] {
  return c.records.filter(
    (r) => isAssumeRoleWithWebIdentity(r) && r.errorCode && (!identityId || recordIdentityId(r) === identityId),
  );
}

/** The customer's account id: configured, else the account that received the STS call, else the role's. */
export function accountIdOf(c: Case): string | undefined {
  if (c.target.accountId) return c.target.accountId;
  for (const r of c.records) {
    if (r.recipientAccountId) return r.recipientAccountId;
    const fromRole = accountOf(assumedRoleArn(r));
    if (fromRole) return fromRole;
  }
  return undefined;
}
