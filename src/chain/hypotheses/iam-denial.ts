import { fieldArn } from '../arn';
import type { Case, CloudTrailRecord, CredentialsStep, GraphqlStep, PolicyEvidence } from '../case';
import { assumedRoleArn, matchingStsRecord } from '../evidence';
import type { Facts } from '../facts';
import { fieldAccess, type FieldAccess } from '../field-access';
import { msg, type Message } from '../messages/catalog';
import { globMatch } from '../policy/glob';
import { pointer, recordProof, stepProof } from '../proof';
import { roleInQuestion } from '../role-resolution';
import type { Assessment, EvidenceNeed, Finding, Proof } from '../verdict';
import { appsyncMessage, caseProof, noModeFits, stepPath, unanswered } from './support';

/** Everything the three "the role's policies refuse appsync:GraphQL" hypotheses share. */
export interface IamDenial {
  graphql: GraphqlStep;
  /** The identity pool credentials step; absent from an offline case built without the STS record. */
  credentials?: CredentialsStep;
  /** The STS record that issued the signing credentials (matched by access key id): proves which role was used. */
  record?: CloudTrailRecord;
  /** The role in question: the record's, else the one the identity pool should choose. */
  roleArn?: string;
  /** The field ARNs the request needs (placeholders for an unknown API id or account, for the fix). */
  arns: string[];
  /** IAM's decision per field (our evaluation, AWS's simulation); empty when the role, API id or account is unknown. */
  access: FieldAccess[];
  policies?: PolicyEvidence;
  /** The STS record, signature and AppSync answer: what shows the credentials worked and IAM refused. */
  proofs: Proof[];
}

type DenialInput = Pick<Facts, 'case' | 'steps' | 'accountId'>;

/**
 * The request was signed with identity pool credentials and AppSync's IAM check refused it: 401
 * UnauthorizedException, whatever its message (AWS writes "Permission denied"; Amplify rewrites it to
 * "Unauthorized"), unless the message is one of AppSync's "no mode reads this authorization" texts. Null otherwise.
 * Computed once per case (`facts.iamDenial`).
 */
export function iamDenial({ case: c, steps: { credentials, graphql }, accountId }: DenialInput): IamDenial | null {
  if (!graphql || graphql.authMode !== 'iam' || graphql.status !== 401) return null;
  if (credentials && (credentials.outcome !== 'ok' || credentials.guest)) return null;
  const errorType = graphql.errorType ?? graphql.errors[0]?.errorType;
  if (errorType !== 'UnauthorizedException' || noModeFits(graphql)) return null;

  const record = matchingStsRecord(c, credentials?.accessKeyId);
  const roleArn = roleInQuestion(c);
  const proofs: Proof[] = [];
  if (record) {
    proofs.push(
      recordProof(
        c,
        record,
        ['requestParameters', 'roleArn'],
        msg('iam-denial.proof.sts-role'),
        assumedRoleArn(record),
      ),
    );
    proofs.push(
      recordProof(
        c,
        record,
        ['responseElements', 'credentials', 'accessKeyId'],
        msg('iam-denial.proof.issued-key'),
        credentials?.accessKeyId,
      ),
    );
  }
  if (graphql.signedWithAccessKeyId)
    proofs.push(
      stepProof(
        c,
        graphql,
        ['signedWithAccessKeyId'],
        msg('appsync-stage.proof.signed-with'),
        graphql.signedWithAccessKeyId,
      ),
    );
  proofs.push(stepProof(c, graphql, ['status'], msg('proof.appsync-status'), graphql.status));
  proofs.push(
    stepProof(
      c,
      graphql,
      graphql.errorType ? ['errorType'] : ['errors', 0, 'errorType'],
      msg('appsync-stage.proof.error-type'),
      errorType,
    ),
  );
  const text = appsyncMessage(graphql);
  if (text)
    proofs.push(
      caseProof(c, [...stepPath(c, graphql), 'errors', text.index, 'message'], msg('appsync-stage.proof.message')),
    );
  if (graphql.requestId)
    proofs.push(stepProof(c, graphql, ['requestId'], msg('iam-denial.proof.request-id'), graphql.requestId));
  // AppSync's own log agrees, when logging is on: the RequestSummary line of this request.
  const summary = c.logs.findIndex(
    (line) =>
      line.message.includes('"RequestSummary"') && (!graphql.requestId || line.message.includes(graphql.requestId)),
  );
  if (summary >= 0) proofs.push(caseProof(c, ['logs', summary, 'message'], msg('iam-denial.proof.log')));

  const apiId = c.target.apiId ?? '<API_ID>';
  const account = accountId ?? '<ACCOUNT_ID>';
  return {
    graphql,
    ...(credentials ? { credentials } : {}),
    ...(record ? { record } : {}),
    ...(roleArn ? { roleArn } : {}),
    // Without the query (an offline case from the error alone), the fix names the API's fields as a whole rather
    // than none ("Resource": []); FAILURE-MODES.md gives `/*` as the fix's wider form.
    arns: graphql.fields.length
      ? graphql.fields.map((field) => fieldArn(c.target.region, account, apiId, field))
      : [`arn:aws:appsync:${c.target.region}:${account}:apis/${apiId}/*`],
    access: fieldAccess(c, roleArn, accountId),
    ...(roleArn ? { policies: c.policies.find((p) => p.roleArn === roleArn) } : {}),
    proofs,
  };
}

/** Why there is no IAM denial to judge (facts.iamDenial is null): one short reason, with what shows it. */
export function noIamDenial(facts: Pick<Facts, 'case' | 'steps'>): { reason: Message; proofs: Proof[] } {
  const stopped = unanswered(facts);
  if (stopped) return stopped;
  const { case: c, steps } = facts;
  const { credentials } = steps;
  const graphql = steps.graphql as GraphqlStep;
  const at = (path: (string | number)[], label: Message) => caseProof(c, [...stepPath(c, graphql), ...path], label);
  if (graphql.authMode !== 'iam')
    return {
      reason: msg('appsync-stage.ruled-out.not-iam', { mode: graphql.authMode }),
      proofs: [at(['authMode'], msg('appsync-stage.proof.call-mode'))],
    };
  if (credentials?.guest)
    return {
      reason: msg('iam-denial.ruled-out.guest'),
      proofs: [caseProof(c, [...stepPath(c, credentials), 'guest'], msg('iam-denial.proof.guest'))],
    };
  if (credentials && credentials.outcome !== 'ok')
    return { reason: msg('iam-denial.ruled-out.no-credentials'), proofs: [] };
  const status = graphql.status !== undefined ? [at(['status'], msg('proof.appsync-status'))] : [];
  if (graphql.status === 200) return { reason: msg('iam-denial.ruled-out.accepted'), proofs: status };
  const unread = noModeFits(graphql);
  if (unread)
    return {
      reason: msg('iam-denial.ruled-out.no-mode', { message: unread.message }),
      proofs: [...status, at(['errors', unread.index, 'message'], msg('appsync-stage.proof.message'))],
    };
  return {
    reason: msg('iam-denial.ruled-out.other-answer', {
      status: graphql.status === undefined ? '' : String(graphql.status),
      errorType: graphql.errorType ?? graphql.errors[0]?.errorType ?? '',
    }),
    proofs: status,
  };
}

/**
 * The three policy modes are about the role the identity pool is meant to give signed-in users (FAILURE-MODES: STS
 * succeeded "for the expected role"). When the STS record proves another role was assumed (a group's, the guest
 * one), the role choice comes first: group-role-selected and guest-credentials-used judge it.
 */
export function otherRoleAssumed(denial: IamDenial, c: Case): { reason: Message; proofs: Proof[] } | undefined {
  const assumed = denial.record ? assumedRoleArn(denial.record) : undefined;
  const pool = c.identityPool?.roles.authenticated;
  const expected = pool ?? c.expectedRoleArn;
  if (!denial.record || !assumed || !expected || assumed === expected) return undefined;
  return {
    reason: msg('iam-denial.ruled-out.other-role', { role: assumed, expected }),
    proofs: [
      recordProof(c, denial.record, ['requestParameters', 'roleArn'], msg('iam-denial.proof.sts-role'), assumed),
      caseProof(
        c,
        pool ? ['identityPool', 'roles', 'authenticated'] : ['expectedRoleArn'],
        msg('iam-denial.proof.expected-role'),
      ),
    ],
  };
}

type RuledOutAssessment = Extract<Assessment, { status: 'ruled-out' }>;

/**
 * The IAM denial one of the three policy modes judges, with its role for sentences; or why the mode is ruled out:
 * there is no IAM denial to judge, or the STS record shows a role other than the pool's authenticated one.
 */
export function policyDenial(
  facts: Facts,
): { denial: IamDenial; role: string; recorded: Recorded; ruledOut?: undefined } | { ruledOut: RuledOutAssessment } {
  const denial = facts.iamDenial;
  if (!denial) return { ruledOut: { status: 'ruled-out', ...noIamDenial(facts) } };
  const otherRole = otherRoleAssumed(denial, facts.case);
  if (otherRole) return { ruledOut: { status: 'ruled-out', ...otherRole } };
  return { denial, ...roleParams(denial) };
}

/** Ruled out when AWS's simulation allowed every field the request needs: the role's policies do not refuse it. */
export function simulatedAllowed(c: Case, denial: IamDenial): RuledOutAssessment | undefined {
  const first = denial.access[0];
  if (!first || !denial.access.every((a) => a.simulation?.decision === 'allowed')) return undefined;
  return {
    status: 'ruled-out',
    reason: msg('iam-denial.ruled-out.allowed', { arn: first.arn }),
    proofs: simulationProof(c, first),
  };
}

/** A finding of the policy modes: the AppSync authorization link, and Amplify's misleading authMode suggestion. */
export function denialFinding({
  headline,
  explanation,
  fix,
  customerMessage,
}: Pick<Finding, 'headline' | 'explanation' | 'fix' | 'customerMessage'>): Finding {
  return {
    brokenLink: 'appsync-authorized',
    headline,
    explanation,
    fix,
    misleading: msg('iam-denial.misleading'),
    customerMessage,
  };
}

export type FieldDecision = 'allowed' | 'explicit-deny' | 'implicit-deny' | 'unknown';

/** IAM's decision for one field ARN: AWS's simulation when the case has it, else our evaluation of the policies. */
export function decisionOf(access: FieldAccess): FieldDecision {
  const simulated = access.simulation?.decision;
  if (simulated)
    return simulated === 'explicitDeny' ? 'explicit-deny' : simulated === 'implicitDeny' ? 'implicit-deny' : 'allowed';
  const evaluated = access.evaluation?.decision;
  return evaluated === 'allowed' || evaluated === 'explicit-deny' || evaluated === 'implicit-deny'
    ? evaluated
    : 'unknown';
}

const roleName = (arn: string) => arn.split('/').pop() ?? arn;

/**
 * The field ARN to name when the request as a whole was refused: the first one IAM did not allow (by AWS's simulation
 * or our evaluation), never one the policies are known to cover; the first ARN when no decision is known.
 */
export function refusedArn(denial: Pick<IamDenial, 'arns' | 'access'>): string {
  const refused = denial.access.find((a) => decisionOf(a) !== 'allowed');
  if (refused) return refused.arn;
  const allowed = new Set(denial.access.map((a) => a.arn));
  return denial.arns.find((arn) => !allowed.has(arn)) ?? denial.arns[0] ?? '';
}

export type Recorded = 'yes' | 'issued' | 'no';

/**
 * The role for sentences ('' when unknown: the catalogs say "the identity pool's role") and what proves it signed:
 * the STS record and the request's signing key (`yes`), the record alone while the signing key is not in the evidence
 * (`issued`: a sanitized HAR or a pasted error lacks the Authorization header), or nothing (`no`).
 */
export function roleParams(denial: IamDenial): { role: string; recorded: Recorded } {
  const signedWith = denial.graphql.signedWithAccessKeyId;
  const recorded = !denial.record
    ? 'no'
    : signedWith !== undefined && signedWith === denial.credentials?.accessKeyId
      ? 'yes'
      : 'issued';
  return { role: denial.roleArn ?? '', recorded };
}

/**
 * The one piece of evidence that would let the policies decide: which role (the STS record), its policies, the
 * field ARN (API id, account), or AWS's own evaluation when ours cannot decide a statement. `arn: false` for a
 * question the documents answer without the ARN (is there any Allow for the action at all?).
 */
export function policyNeed(denial: IamDenial, facts: DenialInput, { arn }: { arn: boolean }): EvidenceNeed {
  const sts: EvidenceNeed = { kind: 'sts-record', how: msg('need.sts-record.how'), ask: msg('need.sts-record.ask') };
  if (!denial.roleArn) return sts;
  const role = roleName(denial.roleArn);
  const simulated = arn && denial.access.length > 0 && denial.access.every((a) => a.simulation);
  if (!denial.policies && !simulated)
    return {
      kind: 'role-policies',
      how: msg('need.role-policies.how', { role }),
      ask: msg('need.role-policies.ask', { role }),
    };
  if (arn && !facts.case.target.apiId)
    return { kind: 'api-id', how: msg('need.api-id.how'), ask: msg('need.api-id.ask') };
  if (arn && !facts.accountId) return sts;
  const params = { role: denial.roleArn, arn: refusedArn(denial) };
  return {
    kind: 'role-policies',
    how: msg('iam-denial.need.simulation.how', params),
    ask: msg('iam-denial.need.simulation.ask', params),
  };
}

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export interface PolicyStatement {
  policy: string;
  index: number;
  statement: Record<string, unknown>;
}

type Layer = 'identity' | 'boundary';
const KINDS: Record<Layer, string[]> = { identity: ['inline', 'managed'], boundary: ['boundary'] };

/** Statements of one effect whose Action covers `action`, whatever their Resource: per layer, or in every layer. */
export function statementsForAction(
  policies: PolicyEvidence,
  action: string,
  effect: 'Allow' | 'Deny',
  layers: Layer[] = ['identity'],
): PolicyStatement[] {
  const kinds = layers.flatMap((layer) => KINDS[layer]);
  const found: PolicyStatement[] = [];
  for (const document of policies.documents) {
    if (!kinds.includes(document.kind)) continue;
    const statements = list((document.document as { Statement?: unknown } | undefined)?.Statement);
    statements.forEach((raw, index) => {
      if (!raw || typeof raw !== 'object') return;
      const statement = raw as Record<string, unknown>;
      if (statement.Effect !== effect) return;
      const covers =
        'Action' in statement
          ? list(statement.Action).some((p) => typeof p === 'string' && globMatch(p, action, true))
          : !list(statement.NotAction).some((p) => typeof p === 'string' && globMatch(p, action, true));
      if (covers) found.push({ policy: document.name, index, statement });
    });
  }
  return found;
}

/** Allow statements of the role's permission policies whose Action covers `action`, whatever their Resource. */
export function allowsForAction(policies: PolicyEvidence, action: string): PolicyStatement[] {
  return statementsForAction(policies, action, 'Allow');
}

/** The statement that would allow the request: exactly the field ARNs the test request needs. */
export function allowStatement(arns: string[]): Record<string, unknown> {
  return { Sid: 'AllowAppSyncGraphQL', Effect: 'Allow', Action: 'appsync:GraphQL', Resource: arns };
}

/** Path of one statement of one of the role's policy documents (a lone statement object has no index). */
export function statementPath(
  c: Case,
  policies: PolicyEvidence,
  policyName: string,
  index: number,
): (string | number)[] {
  const p = c.policies.indexOf(policies);
  const d = policies.documents.findIndex((doc) => doc.name === policyName);
  const statements = (policies.documents[d]?.document as { Statement?: unknown } | undefined)?.Statement;
  const base = ['policies', p, 'documents', d, 'document', 'Statement'];
  return Array.isArray(statements) ? [...base, index] : base;
}

/** A proof pointing at one statement of one of the role's policy documents. */
export function statementProof(
  c: Case,
  policies: PolicyEvidence,
  policyName: string,
  index: number,
  label: Message,
): Proof {
  return caseProof(c, statementPath(c, policies, policyName, index), label);
}

/** A proof pointing at the role's policies in the case (what was evaluated, when no one statement shows it). */
export function policiesProof(c: Case, policies: PolicyEvidence): Proof {
  return {
    label: msg('iam-denial.proof.role-policies'),
    pointer: pointer('policies', c.policies.indexOf(policies), 'roleArn'),
    value: policies.roleArn,
  };
}

/** A proof pointing at AWS's simulation of one field ARN. */
export function simulationProof(c: Case, access: FieldAccess): Proof[] {
  return access.simulation
    ? [
        caseProof(
          c,
          ['simulations', c.simulations.indexOf(access.simulation), 'decision'],
          msg('iam-denial.proof.simulation'),
        ),
      ]
    : [];
}
