import { fieldArn } from '../arn';
import { assumedRoleArn, matchingStsRecord } from '../evidence';
import { msg } from '../messages/catalog';
import { recordProof } from '../proof';
import { resolveRole } from '../role-resolution';
import type { Assessment, EvidenceNeed, Hypothesis, Proof } from '../verdict';
import { FIELD_DENIED, noRoleRefusal, roleRefusal, schemaNeed, signedRequest } from './chain-reach';
import { allowStatement } from './iam-denial';
import { caseProof, stepPath } from './support';

function tokenRoles(claims: Record<string, unknown> | undefined): string[] {
  const roles = claims?.['cognito:roles'];
  const preferred = claims?.['cognito:preferred_role'];
  return [...(Array.isArray(roles) ? roles.map(String) : []), ...(typeof preferred === 'string' ? [preferred] : [])];
}

/**
 * The identity pool chose a role from the user's Cognito group (the token's `cognito:preferred_role` /
 * `cognito:roles`, or a rules mapping) instead of its default authenticated role, and that role may not make the
 * call. Proven by the STS record's role on an IAM refusal; a field refused inside a 200 also fits a field without
 * @aws_iam, so there the schema decides. The token, the pool's mapping or the STS record rule it out.
 */
export const groupRoleSelected: Hypothesis = {
  id: 'group-role-selected',
  assess(facts): Assessment {
    const { case: c } = facts;
    const { signIn, credentials } = facts.steps;
    const sent = signedRequest(facts);
    if (sent.ruledOut) return sent.ruledOut;
    const { graphql } = sent;
    if (credentials?.guest)
      return {
        status: 'ruled-out',
        reason: msg('group-role-selected.ruled-out.guest'),
        proofs: [caseProof(c, [...stepPath(c, credentials), 'guest'], msg('group-role-selected.proof.guest'))],
      };
    const refusal = roleRefusal(graphql);
    if (!refusal) return noRoleRefusal(facts, graphql);

    const pool = c.identityPool;
    const record = matchingStsRecord(c, credentials?.accessKeyId);
    const stsRole = record ? assumedRoleArn(record) : undefined;
    // The pool's default authenticated role: read from the pool, else as configured for the case.
    const defaultRole = pool ? pool.roles.authenticated : c.expectedRoleArn;
    const defaultPath = pool ? ['identityPool', 'roles', 'authenticated'] : ['expectedRoleArn'];
    const resolution = resolveRole(c);
    const mapped = resolution.how === 'token' || resolution.how === 'rules' ? resolution.roleArn : undefined;
    const mappingKey = Object.keys(pool?.roleMappings ?? {})[0];
    const token = signIn?.idToken;
    const groupRoles = tokenRoles(token?.claims);
    const stsProof = record
      ? [recordProof(c, record, ['requestParameters', 'roleArn'], msg('group-role-selected.proof.sts-role'), stsRole)]
      : [];
    const ruledOut = (reason: Assessment['reason'], proofs: Proof[]): Assessment => ({
      status: 'ruled-out',
      reason,
      proofs,
    });
    const poolProofs = () => [
      caseProof(c, ['identityPool', 'roles'], msg('group-role-selected.proof.pool-roles')),
      ...(mappingKey
        ? [caseProof(c, ['identityPool', 'roleMappings', mappingKey], msg('group-role-selected.proof.mapping'))]
        : []),
    ];
    const tokenProof = () =>
      signIn && token
        ? [caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims'], msg('group-role-selected.proof.claims'))]
        : [];

    // Which role is in question, and is it (or would it be) a group's role?
    let role: string | undefined;
    let fromGroup = false;
    if (stsRole) {
      if (stsRole === defaultRole)
        return ruledOut(msg('group-role-selected.ruled-out.default-role', { role: stsRole }), [
          ...stsProof,
          caseProof(c, defaultPath, msg('group-role-selected.proof.default-role')),
        ]);
      if (stsRole === pool?.roles.unauthenticated)
        return ruledOut(msg('group-role-selected.ruled-out.unauth-role', { role: stsRole }), [
          ...stsProof,
          caseProof(c, ['identityPool', 'roles', 'unauthenticated'], msg('group-role-selected.proof.unauth-role')),
        ]);
      fromGroup =
        groupRoles.includes(stsRole) || stsRole === mapped || (pool !== undefined && mappingKey !== undefined);
      if (!fromGroup && pool) return ruledOut(msg('group-role-selected.ruled-out.no-mapping'), poolProofs());
      if (!fromGroup && token) return ruledOut(msg('group-role-selected.ruled-out.no-group-role'), tokenProof());
      role = stsRole;
    } else if (pool) {
      if (!mapped || mapped === defaultRole)
        return ruledOut(
          msg('group-role-selected.ruled-out.pool-default', { role: resolution.roleArn ?? '' }),
          poolProofs(),
        );
      role = mapped;
    } else if (token) {
      role = groupRoles.find((r) => r !== defaultRole);
      if (!role) return ruledOut(msg('group-role-selected.ruled-out.no-group-role'), tokenProof());
    }

    const proofs: Proof[] = [...stsProof];
    if (signIn && token?.claims['cognito:preferred_role'] !== undefined)
      proofs.push(
        caseProof(
          c,
          [...stepPath(c, signIn), 'idToken', 'claims', 'cognito:preferred_role'],
          msg('group-role-selected.proof.preferred-role'),
        ),
      );
    if (signIn && token?.claims['cognito:groups'] !== undefined)
      proofs.push(
        caseProof(
          c,
          [...stepPath(c, signIn), 'idToken', 'claims', 'cognito:groups'],
          msg('group-role-selected.proof.groups'),
        ),
      );
    if (defaultRole) proofs.push(caseProof(c, defaultPath, msg('group-role-selected.proof.default-role')));
    if (mappingKey)
      proofs.push(caseProof(c, ['identityPool', 'roleMappings', mappingKey], msg('group-role-selected.proof.mapping')));
    proofs.push(caseProof(c, [...stepPath(c, graphql), 'status'], msg('group-role-selected.proof.appsync')));
    const fieldError = graphql.errors.findIndex((e) => FIELD_DENIED.test(e.message));
    if (refusal === 'field')
      proofs.push(
        caseProof(
          c,
          [...stepPath(c, graphql), 'errors', fieldError, 'message'],
          msg('group-role-selected.proof.field'),
        ),
      );

    const account = facts.accountId ?? '<ACCOUNT_ID>';
    const arns = graphql.fields.map((f) => fieldArn(c.target.region, account, c.target.apiId ?? '<API_ID>', f));
    const roleParam = { ...(role ? { role } : {}) };
    // The role link breaks only when STS assumed another role than the pool resolves; when the pool's mapping chose
    // the group's role as configured, that link holds and what breaks is AppSync's authorization of that role.
    const roleLinkBroken = facts.links.some((l) => l.id === 'role-is-expected' && l.status === 'broken');
    const finding = {
      brokenLink: roleLinkBroken ? ('role-is-expected' as const) : ('appsync-authorized' as const),
      headline: msg('group-role-selected.headline', { ...roleParam, ...(defaultRole ? { defaultRole } : {}) }),
      explanation: msg('group-role-selected.explanation', {
        ...roleParam,
        how: resolution.how === 'rules' ? 'rules' : 'token',
        ...(graphql.status !== undefined ? { status: graphql.status } : {}),
        ...(refusal === 'field' ? { fieldError: graphql.errors[fieldError]?.message ?? '' } : {}),
      }),
      fix: {
        summary: msg('group-role-selected.fix', roleParam),
        ...(refusal === 'iam' && arns.length
          ? { policy: { Version: '2012-10-17', Statement: [allowStatement(arns)] } }
          : {}),
      },
      misleading: msg('group-role-selected.misleading'),
      customerMessage: msg('group-role-selected.customer', roleParam),
    };
    if (stsRole && fromGroup && refusal === 'iam')
      return { status: 'confirmed', reason: msg('group-role-selected.confirmed', { role: stsRole }), proofs, finding };
    const identityPoolId = c.target.identityPoolId;
    const decidedBy: EvidenceNeed = stsRole
      ? fromGroup
        ? schemaNeed(facts, graphql)
        : {
            kind: 'identity-pool-roles',
            how: msg('need.identity-pool-roles.how', { identityPoolId }),
            ask: msg('need.identity-pool-roles.ask', { identityPoolId }),
          }
      : { kind: 'sts-record', how: msg('need.sts-record.how'), ask: msg('need.sts-record.ask') };
    const reason = stsRole
      ? fromGroup
        ? msg('group-role-selected.consistent.field', { role: stsRole })
        : msg('group-role-selected.consistent.role-unknown', { role: stsRole })
      : role
        ? msg('group-role-selected.consistent.mapped', { role })
        : msg('group-role-selected.consistent.no-evidence');
    // A group's role is indicated by the token, the pool's mapping or the STS role; otherwise open for lack of evidence.
    const speculative = !role || (stsRole !== undefined && !fromGroup);
    return { status: 'consistent', reason, proofs, finding, decidedBy, ...(speculative ? { speculative } : {}) };
  },
};
