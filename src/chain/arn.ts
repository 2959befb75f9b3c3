import { globMatch } from './policy/glob';
import type { GraphqlField } from './case';

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/** Splits `arn:partition:service:region:account:resource` (the resource may itself contain colons). */
export function parseArn(arn: string): Arn | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', account = ''] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(':') };
}

/** The resource ARN IAM evaluates `appsync:GraphQL` on for one top-level field (AppSync's authorization docs). */
export function fieldArn(region: string, accountId: string, apiId: string, field: GraphqlField): string {
  return `arn:aws:appsync:${region}:${accountId}:apis/${apiId}/types/${field.typeName}/fields/${field.fieldName}`;
}

/** The account id in an IAM role or assumed-role ARN. */
export function accountOf(arn: string | undefined): string | undefined {
  return arn ? parseArn(arn)?.account || undefined : undefined;
}

/** `arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION` → `arn:aws:iam::ACCOUNT:role/NAME`. */
export function roleArnFromAssumedRole(assumedRoleArn: string): string | undefined {
  const arn = parseArn(assumedRoleArn);
  const match = arn?.resource.match(/^assumed-role\/([^/]+)\//);
  return arn && match ? `arn:${arn.partition}:iam::${arn.account}:role/${match[1]}` : undefined;
}

/** The parts of an AppSync field ARN: `apis/API_ID/types/TYPE/fields/FIELD`. */
export interface AppSyncResourceParts {
  apiId?: string;
  typeName?: string;
  fieldName?: string;
}

export function appSyncParts(resource: string): AppSyncResourceParts {
  const [, apiId, , typeName, , fieldName] = resource.split('/');
  return { apiId, typeName, fieldName };
}

export interface ArnDifference {
  part: 'partition' | 'service' | 'region' | 'account' | 'API id' | 'type' | 'field' | 'resource';
  policy: string;
  request: string;
}

// Most parts are plain text: compared as such, not compiled (a policy may hold thousands of Resource entries).
const same = (pattern: string | undefined, value: string | undefined) =>
  pattern === undefined || (/[*?]/.test(pattern) ? globMatch(pattern, value ?? '') : pattern === (value ?? ''));

/**
 * Explains, part by part, why a policy's Resource pattern does not cover the request's ARN, e.g.
 * "account: policy 444455556666, API 111122223333". Empty when every part matches.
 */
export function explainArnMismatch(pattern: string, requested: string): ArnDifference[] {
  if (pattern === '*') return [];
  const p = parseArn(pattern);
  const r = parseArn(requested);
  if (!p || !r) return [{ part: 'resource', policy: pattern, request: requested }];
  const differences: ArnDifference[] = [];
  for (const part of ['partition', 'service', 'region', 'account'] as const) {
    if (!same(p[part], r[part])) differences.push({ part, policy: p[part], request: r[part] });
  }
  const pp = appSyncParts(p.resource);
  const rp = appSyncParts(r.resource);
  if (p.service === 'appsync' && p.resource.startsWith('apis/')) {
    if (!same(pp.apiId, rp.apiId))
      differences.push({ part: 'API id', policy: pp.apiId ?? '', request: rp.apiId ?? '' });
    const rest = p.resource.split('/').slice(2).join('/');
    if (rest && rest !== '*') {
      if (!same(pp.typeName, rp.typeName))
        differences.push({ part: 'type', policy: pp.typeName ?? '', request: rp.typeName ?? '' });
      else if (!same(pp.fieldName, rp.fieldName))
        differences.push({ part: 'field', policy: pp.fieldName ?? '(none)', request: rp.fieldName ?? '' });
    }
  }
  // Whatever the parts say, the whole resource must match (e.g. `apis/ID` alone covers no field).
  if (differences.length === 0 && !same(p.resource, r.resource))
    differences.push({ part: 'resource', policy: p.resource, request: r.resource });
  return differences;
}
