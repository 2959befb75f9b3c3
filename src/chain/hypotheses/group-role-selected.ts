import { assumedRoleArn, matchingStsRecord } from '../evidence';
import { resolveRole } from '../role-resolution';
import type { Proof, Rule } from './legacy';
import { allowStatement, iamDenial } from './iam-denial';
import { caseProof, graphqlError, stepPath } from './support';

const FIELD_DENIED = /^Not Authorized to access \w+ on type \w+/;

function tokenRoles(claims: Record<string, unknown> | undefined): string[] {
  const roles = claims?.['cognito:roles'];
  const preferred = claims?.['cognito:preferred_role'];
  return [...(Array.isArray(roles) ? roles.map(String) : []), ...(typeof preferred === 'string' ? [preferred] : [])];
}

/**
 * The identity pool chose a role from the user's Cognito group (the token's `cognito:preferred_role` /
 * `cognito:roles`, or a rules mapping) instead of its default authenticated role, and that role may not make
 * the call. Proven by the STS record's role; likely from the token and the pool's mapping alone.
 */
export const groupRoleSelected: Rule = {
  id: 'group-role-selected',
  evaluate(input) {
    const { case: c, steps } = input;
    const { signIn, credentials, graphql } = steps;
    if (credentials?.outcome !== 'ok' || credentials.guest || !graphql || graphql.authMode !== 'iam') return null;
    const denial = iamDenial(input);
    const fieldDenied = graphqlError(graphql, FIELD_DENIED);
    if (!denial && !fieldDenied) return null;

    const record = matchingStsRecord(c, credentials.accessKeyId);
    const resolution = resolveRole(c);
    const mapped = resolution.how === 'token' || resolution.how === 'rules' ? resolution.roleArn : undefined;
    const role = (record ? assumedRoleArn(record) : undefined) ?? mapped;
    const claims = signIn?.idToken?.claims;
    const fromGroup = role !== undefined && (tokenRoles(claims).includes(role) || role === mapped);
    const defaultRole = c.identityPool?.roles.authenticated;
    if (!role || !fromGroup || role === defaultRole) return null;

    const proofs: Proof[] = [];
    if (record)
      proofs.push(caseProof(c, ['records', c.records.indexOf(record), 'requestParameters', 'roleArn'], 'STS assumed'));
    if (signIn?.idToken && claims?.['cognito:preferred_role'] !== undefined)
      proofs.push(
        caseProof(
          c,
          [...stepPath(c, signIn), 'idToken', 'claims', 'cognito:preferred_role'],
          "The token's preferred role",
        ),
      );
    if (signIn?.idToken && claims?.['cognito:groups'] !== undefined)
      proofs.push(caseProof(c, [...stepPath(c, signIn), 'idToken', 'claims', 'cognito:groups'], "The user's groups"));
    if (defaultRole)
      proofs.push(caseProof(c, ['identityPool', 'roles', 'authenticated'], "The pool's default authenticated role"));
    const mappingKey = Object.keys(c.identityPool?.roleMappings ?? {})[0];
    if (mappingKey) proofs.push(caseProof(c, ['identityPool', 'roleMappings', mappingKey], "The pool's role mapping"));
    proofs.push(caseProof(c, [...stepPath(c, graphql), 'status'], 'AppSync answered'));
    if (fieldDenied)
      proofs.push(caseProof(c, [...stepPath(c, graphql), 'errors', fieldDenied.index, 'message'], 'with'));

    const arns = denial?.arns ?? [];
    return {
      cause: 'group-role-selected',
      brokenLink: 'role-is-expected',
      confidence: record ? 'proven' : 'likely',
      headline: `The identity pool chose the group role ${role}, not ${defaultRole ?? 'its default authenticated role'}, and that role may not make this call.`,
      explanation:
        `The identity pool resolves roles from the token (${resolution.how === 'rules' ? 'rules on claims' : 'cognito:preferred_role / cognito:roles'}), so the user's Cognito group decides the role. ` +
        `Credentials were issued for ${role}, and AppSync refused the request signed with them (HTTP ${graphql.status ?? '—'}${fieldDenied ? `: ${fieldDenied.message}` : ''}).`,
      proofs,
      fix: {
        summary: `Allow appsync:GraphQL on this API's fields in ${role} (the group's role), or change the pool's role resolution so this user gets the default authenticated role.`,
        ...(arns.length ? { policy: { Version: '2012-10-17', Statement: [allowStatement(arns)] } } : {}),
      },
      ...(record
        ? {}
        : {
            missing:
              'The CloudTrail AssumeRoleWithWebIdentity record of these credentials would show the role that was assumed.',
          }),
      misleading:
        "Amplify's recovery suggestion (about authMode) does not apply: the request was signed with the group role's credentials.",
      customerMessage: {
        en: `The identity pool assumes the role of the user's group (${role}) instead of the default authenticated role, and that role does not allow this AppSync call. Please allow appsync:GraphQL for this API in ${role} (statement attached), or change the identity pool's role settings to use the default authenticated role.`,
        ja: `ID プールは既定の認証済みロールではなく、ユーザーのグループのロール（${role}）を引き受けており、そのロールではこの AppSync 呼び出しが許可されていません。${role} にこの API の appsync:GraphQL を許可する（ステートメントを添付します）か、ID プールのロール設定を既定の認証済みロールを使うよう変更してください。`,
      },
    };
  },
};
