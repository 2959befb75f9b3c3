import { fieldArn } from '../arn';
import type { CredentialsStep, GraphqlStep, PolicyEvidence } from '../case';
import { assumedRoleArn, matchingStsRecord } from '../evidence';
import { fieldAccess, type FieldAccess } from '../field-access';
import { roleInQuestion } from '../role-resolution';
import { globMatch } from '../policy/glob';
import { pointer, recordProof, stepProof } from '../proof';
import type { Proof, RuleInput } from './legacy';

/** Everything the three "the role's policies refuse appsync:GraphQL" rules share. */
export interface IamDenial {
  graphql: GraphqlStep;
  credentials: CredentialsStep;
  roleArn?: string;
  /** The role's name or a neutral phrase, for sentences. */
  role: string;
  arns: string[];
  access: FieldAccess[];
  policies?: PolicyEvidence;
  /** The STS record, signature and AppSync answer: what proves the credentials worked and IAM refused. */
  proofs: Proof[];
}

// AppSync's answers when the auth *mode* is wrong rather than IAM's decision (FAILURE-MODES.md: api-lacks-iam-mode).
const NOT_AN_IAM_DECISION = /JWT|authorization header|Valid authorization/i;

/**
 * The request was signed with the issued credentials and AppSync's IAM check refused it (401
 * UnauthorizedException). Null for any other situation.
 */
export function iamDenial({ case: c, steps: { credentials, graphql }, accountId }: RuleInput): IamDenial | null {
  if (!graphql || graphql.authMode !== 'iam' || credentials?.outcome !== 'ok' || credentials.guest) return null;
  const errorType = graphql.errorType ?? graphql.errors[0]?.errorType;
  if (graphql.status !== 401 || errorType !== 'UnauthorizedException') return null;
  if (graphql.errors.some((e) => NOT_AN_IAM_DECISION.test(e.message))) return null;

  const record = matchingStsRecord(c, credentials.accessKeyId);
  const roleArn = roleInQuestion(c);
  const apiId = c.target.apiId ?? '<API_ID>';
  const account = accountId ?? '<ACCOUNT_ID>';
  const proofs: Proof[] = [];
  if (record) {
    proofs.push(
      recordProof(c, record, ['requestParameters', 'roleArn'], 'STS assumed the role', assumedRoleArn(record)),
    );
    proofs.push(
      recordProof(
        c,
        record,
        ['responseElements', 'credentials', 'accessKeyId'],
        'and issued access key',
        credentials.accessKeyId,
      ),
    );
  }
  if (graphql.signedWithAccessKeyId)
    proofs.push(
      stepProof(c, graphql, ['signedWithAccessKeyId'], 'The request was signed with', graphql.signedWithAccessKeyId),
    );
  proofs.push(stepProof(c, graphql, ['status'], 'AppSync answered', graphql.status));
  proofs.push(
    stepProof(c, graphql, graphql.errorType ? ['errorType'] : ['errors', 0, 'errorType'], 'with error type', errorType),
  );
  if (graphql.requestId) proofs.push(stepProof(c, graphql, ['requestId'], 'AppSync request id', graphql.requestId));
  // AppSync's own log agrees, when logging is on: the RequestSummary line of this request.
  const summary = c.logs.findIndex(
    (line) =>
      line.message.includes('"RequestSummary"') && (!graphql.requestId || line.message.includes(graphql.requestId)),
  );
  if (summary >= 0)
    proofs.push({
      label: 'AppSync log',
      pointer: pointer('logs', summary, 'message'),
      value: c.logs[summary]?.message ?? '',
    });

  return {
    graphql,
    credentials,
    roleArn,
    role: roleArn ?? 'the authenticated role',
    arns: graphql.fields.map((field) => fieldArn(c.target.region, account, apiId, field)),
    access: fieldAccess(c, roleArn, accountId),
    policies: roleArn ? c.policies.find((p) => p.roleArn === roleArn) : undefined,
    proofs,
  };
}

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export interface AllowStatement {
  policy: string;
  index: number;
  statement: Record<string, unknown>;
}

/** Allow statements of the role's permission policies whose Action covers `action`, whatever their Resource. */
export function allowsForAction(policies: PolicyEvidence, action: string): AllowStatement[] {
  const found: AllowStatement[] = [];
  for (const document of policies.documents) {
    if (document.kind !== 'inline' && document.kind !== 'managed') continue;
    const statements = list((document.document as { Statement?: unknown } | undefined)?.Statement);
    statements.forEach((raw, index) => {
      if (!raw || typeof raw !== 'object') return;
      const statement = raw as Record<string, unknown>;
      if (statement.Effect !== 'Allow') return;
      const covers =
        'Action' in statement
          ? list(statement.Action).some((p) => typeof p === 'string' && globMatch(p, action, true))
          : !list(statement.NotAction).some((p) => typeof p === 'string' && globMatch(p, action, true));
      if (covers) found.push({ policy: document.name, index, statement });
    });
  }
  return found;
}

/** The statement that would allow the request: exactly the field ARNs the test request needs. */
export function allowStatement(arns: string[]): Record<string, unknown> {
  return { Sid: 'AllowAppSyncGraphQL', Effect: 'Allow', Action: 'appsync:GraphQL', Resource: arns };
}

/** A proof pointing at one statement of one of the role's policy documents. */
export function statementProof(
  c: RuleInput['case'],
  policies: PolicyEvidence,
  policyName: string,
  index: number,
  label: string,
): Proof {
  const p = c.policies.indexOf(policies);
  const d = policies.documents.findIndex((doc) => doc.name === policyName);
  const statements = (policies.documents[d]?.document as { Statement?: unknown } | undefined)?.Statement;
  const path = Array.isArray(statements)
    ? pointer('policies', p, 'documents', d, 'document', 'Statement', index)
    : pointer('policies', p, 'documents', d, 'document', 'Statement');
  const statement = Array.isArray(statements) ? statements[index] : statements;
  return { label, pointer: path, value: JSON.stringify(statement) };
}
