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
