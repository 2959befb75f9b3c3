import { createHash } from 'node:crypto';
import { roleUniqueId } from '../credentials.ts';
import { escapeXml, xmlResponse, type SandboxResponse } from '../http.ts';
import type { ManagedPolicy, PolicyDocument, Role } from '../scenario.ts';

/** When the emulated account created its IAM resources (IAM reports ISO 8601 with a `Z`). */
const CREATED = '2024-01-15T10:00:00Z';
const UNIQUE_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** `<OpResponse xmlns=…><OpResult>…</OpResult><ResponseMetadata>…` as every IAM query answer is wrapped. */
export function iamResponse(action: string, result: string, requestId: string): SandboxResponse {
  const xml =
    `<${action}Response xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><${action}Result>${result}</${action}Result>` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`;
  return xmlResponse(xml, requestId);
}

export function tag(name: string, value: string | number | boolean): string {
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

export function members(items: string[]): string {
  return items.map((item) => `<member>${item}</member>`).join('');
}

/** IAM returns policy documents URL-encoded (RFC 3986), e.g. `%7B%22Version%22%3A%222012-10-17%22…`. */
export function encodedDocument(document: PolicyDocument): string {
  return encodeURIComponent(JSON.stringify(document));
}

/** A managed policy's unique id (`ANPA` + 17 characters), stable per ARN. */
function policyId(arn: string): string {
  const digest = createHash('sha256').update(arn).digest();
  let id = 'ANPA';
  for (let i = 0; i < 17; i++) id += UNIQUE_ID_CHARS[(digest[i] ?? 0) % UNIQUE_ID_CHARS.length];
  return id;
}

export function roleXml(role: Role): string {
  const boundary = role.permissionsBoundaryArn
    ? `<PermissionsBoundary>${tag('PermissionsBoundaryType', 'Policy')}${tag('PermissionsBoundaryArn', role.permissionsBoundaryArn)}</PermissionsBoundary>`
    : '';
  return (
    `<Role>${tag('Path', '/')}${tag('AssumeRolePolicyDocument', encodedDocument(role.trustPolicy))}` +
    `${tag('MaxSessionDuration', 3600)}${tag('RoleId', roleUniqueId(role.arn))}${tag('RoleName', role.name)}` +
    `${tag('Arn', role.arn)}${tag('CreateDate', CREATED)}${boundary}<RoleLastUsed/></Role>`
  );
}

export function policyXml(policy: ManagedPolicy, attachmentCount: number): string {
  return (
    `<Policy>${tag('PolicyName', policy.name)}${tag('DefaultVersionId', 'v1')}${tag('PolicyId', policyId(policy.arn))}` +
    `${tag('Path', '/')}${tag('Arn', policy.arn)}${tag('AttachmentCount', attachmentCount)}` +
    `${tag('PermissionsBoundaryUsageCount', 0)}${tag('IsAttachable', true)}` +
    `${tag('CreateDate', CREATED)}${tag('UpdateDate', CREATED)}</Policy>`
  );
}

export function policyVersionXml(policy: ManagedPolicy): string {
  return (
    `<PolicyVersion>${tag('Document', encodedDocument(policy.document))}${tag('IsDefaultVersion', true)}` +
    `${tag('VersionId', 'v1')}${tag('CreateDate', CREATED)}</PolicyVersion>`
  );
}
