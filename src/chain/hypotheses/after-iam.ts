import type { Facts } from '../facts';
import { msg } from '../messages/catalog';
import {
  admits,
  cognitoSessionArn,
  fieldDirectives,
  readResolverCheck,
  type FieldDirectives,
  type ResolverCheck,
} from '../resolver-auth';
import { roleArnFromAssumedRole } from '../arn';
import { assumedRoleArn, issuedAccessKeyId } from '../evidence';
import { roleInQuestion } from '../role-resolution';
import type { Assessment, EvidenceNeed, Finding, Hypothesis, Proof } from '../verdict';
import { schemaNeed } from './chain-reach';
import { caseProof, graphqlError, stepPath, unanswered } from './support';

// AppSync's field-level denial inside a 200: "Not Authorized to access <field> on type <Type>".
const FIELD_DENIED = /^Not Authorized to access (\w+) on type (\w+)/;

/** A field AppSync refused after IAM allowed the signed request, and the proofs of that refusal. */
export interface RefusedField {
  typeName: string;
  fieldName: string;
  /** `Type.field`. */
  field: string;
  message: string;
  proofs: Proof[];
  need: EvidenceNeed;
}

/**
 * The refusal every hypothesis after IAM starts from: an IAM-signed request AppSync ran (200) and a field it then
 * refused. Otherwise the ruled-out assessment saying why none of them applies.
 */
export function refusedAfterIam(
  facts: Facts,
): RefusedField | { ruledOut: Extract<Assessment, { status: 'ruled-out' }> } {
  const stopped = unanswered(facts);
  const { case: c, steps } = facts;
  const { graphql } = steps;
  if (stopped || !graphql)
    return {
      ruledOut: {
        status: 'ruled-out',
        ...(stopped ?? { reason: msg('appsync-stage.ruled-out.no-request'), proofs: [] }),
      },
    };
  const at = (path: (string | number)[], label: Proof['label']) =>
    caseProof(c, [...stepPath(c, graphql), ...path], label);
  if (graphql.authMode !== 'iam')
    return {
      ruledOut: {
        status: 'ruled-out',
        reason: msg('appsync-stage.ruled-out.not-iam', { mode: graphql.authMode }),
        proofs: [at(['authMode'], msg('appsync-stage.proof.call-mode'))],
      },
    };
  // An offline case built from the app's error may not know the status; the field error itself says 200.
  if (graphql.status !== undefined && graphql.status !== 200)
    return {
      ruledOut: {
        status: 'ruled-out',
        reason: msg('field-lacks-iam-directive.ruled-out.refused-whole', { status: graphql.status }),
        proofs: [at(['status'], msg('proof.appsync-status'))],
      },
    };
  const denied = graphqlError(graphql, FIELD_DENIED);
  if (!denied)
    return {
      ruledOut: {
        status: 'ruled-out',
        reason: msg('field-lacks-iam-directive.ruled-out.no-field-error'),
        proofs: graphql.status !== undefined ? [at(['status'], msg('proof.appsync-status'))] : [],
      },
    };
  const [, fieldName = '?', typeName = '?'] = denied.match;
  const proofs: Proof[] = [];
  if (graphql.status !== undefined) proofs.push(at(['status'], msg('field-lacks-iam-directive.proof.ran')));
  proofs.push(at(['errors', denied.index, 'message'], msg('field-lacks-iam-directive.proof.refused')));
  if (graphql.signingScope) proofs.push(at(['signingScope'], msg('appsync-stage.proof.scope')));
  return {
    typeName,
    fieldName,
    field: `${typeName}.${fieldName}`,
    message: denied.message,
    proofs,
    need: schemaNeed(facts, graphql),
  };
}

/** The schema's word on the refused field: its directives, with a proof pointing at the schema. */
export function schemaOf(
  facts: Facts,
  refused: RefusedField,
): { directives: FieldDirectives; proof: Proof } | undefined {
  const { appsync } = facts.case;
  if (!appsync?.schema) return undefined;
  const directives = fieldDirectives(appsync.schema, refused.typeName, refused.fieldName, appsync.authModes?.[0]);
  if (!directives) return undefined;
  return {
    directives,
    proof: caseProof(facts.case, ['appsync', 'schema'], msg('after-iam.proof.schema', { field: refused.field })),
  };
}

export type ResolverReading =
  | { state: 'unread' }
  | { state: 'none'; proof?: Proof }
  | { state: 'read'; check: ResolverCheck; admits: boolean; caller: string; proofs: Proof[] };

/** The refused field's resolver: not read, read without an Amplify check, or read with the check and its verdict. */
export function resolverOf(facts: Facts, refused: RefusedField): ResolverReading {
  const { case: c } = facts;
  const resolver = c.appsync?.resolvers.find(
    (r) => r.typeName === refused.typeName && r.fieldName === refused.fieldName,
  );
  const looked = c.lookups.find((l) => l.ask === 'appsync-resolver' && l.subject === refused.field);
  if (!resolver) {
    if (looked?.outcome !== 'not-found') return { state: 'unread' };
    return {
      state: 'none',
      proof: caseProof(c, ['lookups', c.lookups.indexOf(looked), 'outcome'], msg('after-iam.proof.no-resolver')),
    };
  }
  const check = readResolverCheck(c, resolver);
  if (!check) return { state: 'none' };
  const roleArn = roleInQuestion(c);
  const guest = facts.steps.credentials?.guest === true;
  const caller = roleArn ? cognitoSessionArn(roleArn) : '';
  const proofs: Proof[] = [caseProof(c, check.pointer.split('/').slice(1), msg('after-iam.proof.check'))];
  if (c.identityPool?.roles.authenticated && !guest && roleArn === c.identityPool.roles.authenticated)
    proofs.push(caseProof(c, ['identityPool', 'roles', 'authenticated'], msg('after-iam.proof.caller-role')));
  return {
    state: 'read',
    check,
    admits: caller !== '' && admits(check, { sessionArn: caller, identityPoolId: c.target.identityPoolId, guest }),
    caller,
    proofs,
  };
}

/**
 * Who signed the request, as far as the case shows: the identity pool's credentials (the signing key is the one the
 * pool issued), another role's session (a function's or a script's: the key an STS `AssumeRole` record issued, or
 * the role the run says it signed as), or unknown (an offline case without the keys).
 */
export type Signer =
  | { kind: 'pool'; proofs: Proof[] }
  | { kind: 'role'; roleArn: string; sessionArn: string; proofs: Proof[] }
  | { kind: 'unknown' };

export function signerOf(facts: Facts): Signer {
  const { case: c, steps } = facts;
  const { graphql, credentials } = steps;
  if (!graphql) return { kind: 'unknown' };
  const at = (
    step: NonNullable<typeof graphql | typeof credentials>,
    path: (string | number)[],
    label: Proof['label'],
  ) => caseProof(c, [...stepPath(c, step), ...path], label);
  const signed = graphql.signedWithAccessKeyId;
  const poolKey = credentials?.outcome === 'ok' ? credentials.accessKeyId : undefined;
  if (signed && poolKey && signed === poolKey)
    return {
      kind: 'pool',
      proofs: [
        at(graphql, ['signedWithAccessKeyId'], msg('appsync-stage.proof.signed-with')),
        ...(credentials ? [at(credentials, ['accessKeyId'], msg('after-iam.proof.pool-key'))] : []),
      ],
    };
  const index = signed ? c.records.findIndex((r) => issuedAccessKeyId(r) === signed) : -1;
  const record = c.records[index];
  if (record && record.eventName === 'AssumeRole') {
    const response = record.responseElements as { assumedRoleUser?: { arn?: unknown } } | null | undefined;
    const sessionArn = typeof response?.assumedRoleUser?.arn === 'string' ? response.assumedRoleUser.arn : '';
    const roleArn = assumedRoleArn(record) ?? (sessionArn ? roleArnFromAssumedRole(sessionArn) : undefined);
    if (roleArn && sessionArn)
      return {
        kind: 'role',
        roleArn,
        sessionArn,
        proofs: [
          at(graphql, ['signedWithAccessKeyId'], msg('appsync-stage.proof.signed-with')),
          caseProof(
            c,
            ['records', index, 'responseElements', 'assumedRoleUser', 'arn'],
            msg('after-iam.proof.signer-record'),
          ),
        ],
      };
  }
  const { signedAs } = graphql;
  // The pool's key did not sign (that returned above): the run's own record of the role it signed as.
  if (signedAs?.sessionArn)
    return {
      kind: 'role',
      roleArn: signedAs.roleArn,
      sessionArn: signedAs.sessionArn,
      proofs: [
        ...(signed ? [at(graphql, ['signedWithAccessKeyId'], msg('appsync-stage.proof.signed-with'))] : []),
        at(graphql, ['signedAs', 'sessionArn'], msg('after-iam.proof.signed-as')),
      ],
    };
  return { kind: 'unknown' };
}

/** Who signed the request decides between the pool's rules and a function's or a script's role. */
export const REQUEST_SIGNER: EvidenceNeed = {
  kind: 'request-signer',
  how: msg('need.request-signer.how'),
  ask: msg('need.request-signer.ask'),
};

/** What a resolver-rule hypothesis says about a check that refuses the caller: is it this mode's rule? */
export type RuleMatch = (check: ResolverCheck, guest: boolean) => boolean;

type ModeId =
  | 'resolver-allow-list-stale'
  | 'authenticated-rule-user-pool-only'
  | 'guest-rule-signed-in-user'
  | 'owner-rule-over-iam';

/**
 * A failure mode of Amplify's generated authorization: consistent with any field refused after IAM while the
 * resolver is unknown; once its code is read, confirmed when its check refuses this caller by this mode's rule, ruled
 * out otherwise; ruled out when the schema shows the field closed to IAM (AppSync refuses before the resolver runs).
 */
export function resolverRuleHypothesis(id: ModeId, matches: RuleMatch): Hypothesis {
  return {
    id,
    assess(facts) {
      const refused = refusedAfterIam(facts);
      if ('ruledOut' in refused) return refused.ruledOut;
      const { field, message } = refused;
      const finding: Finding = {
        brokenLink: 'appsync-authorized',
        headline: msg(`${id}.headline`, { field }),
        explanation: msg(`${id}.explanation`, { field, message }),
        fix: { summary: msg(`${id}.fix`, { field }) },
        misleading: msg('field-lacks-iam-directive.misleading'),
        customerMessage: msg(`${id}.customer`, { field, message }),
      };
      const schema = schemaOf(facts, refused);
      if (schema?.directives.iamAllowed === false)
        return {
          status: 'ruled-out',
          reason: msg('after-iam.ruled-out.directive-first', { field }),
          proofs: [schema.proof],
        };
      // These rules judge the identity pool's callers: a request signed as a function's or a script's role is not one.
      const signer = signerOf(facts);
      if (signer.kind === 'role')
        return {
          status: 'ruled-out',
          reason: msg('after-iam.ruled-out.other-signer', { field, caller: signer.sessionArn }),
          proofs: signer.proofs,
        };
      const reading = resolverOf(facts, refused);
      if (reading.state === 'unread')
        return {
          status: 'consistent',
          reason: msg('after-iam.consistent', { field, message }),
          proofs: refused.proofs,
          decidedBy: refused.need,
          finding,
        };
      if (reading.state === 'none')
        return {
          status: 'ruled-out',
          reason: msg('after-iam.ruled-out.no-check', { field }),
          proofs: reading.proof ? [reading.proof] : [],
        };
      if (reading.admits)
        return {
          status: 'ruled-out',
          reason: msg('after-iam.ruled-out.admits', { field, caller: reading.caller }),
          proofs: reading.proofs,
        };
      const guest = facts.steps.credentials?.guest === true;
      if (!matches(reading.check, guest))
        return {
          status: 'ruled-out',
          reason: msg('after-iam.ruled-out.other-rule', { field }),
          proofs: reading.proofs,
        };
      // The check refuses the identity pool's callers by this rule; whether such a caller signed is not in evidence
      // (a pasted error): a function's or a script's role is refused too (caller-role-not-admin), so this stays open.
      if (signer.kind === 'unknown')
        return {
          status: 'consistent',
          reason: msg('after-iam.consistent.signer-unknown', { field }),
          proofs: [...refused.proofs, ...reading.proofs],
          decidedBy: REQUEST_SIGNER,
          finding,
        };
      const { check } = reading;
      return {
        status: 'confirmed',
        reason: msg(`${id}.confirmed`, {
          field,
          caller: reading.caller || '?',
          authRole: check.authRole ?? '—',
          identityPoolId: check.identityPoolId ?? '—',
          adminRoles: check.adminRoles.join(', ') || '—',
        }),
        proofs: [...refused.proofs, ...reading.proofs, ...(schema ? [schema.proof] : [])],
        finding,
      };
    },
  };
}
