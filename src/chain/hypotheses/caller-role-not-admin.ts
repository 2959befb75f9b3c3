import { msg } from '../messages/catalog';
import { admits } from '../resolver-auth';
import type { Finding, Hypothesis } from '../verdict';
import { REQUEST_SIGNER, refusedAfterIam, resolverOf, schemaOf, signerOf } from './after-iam';

/**
 * A Lambda function or a script calls the API with its own IAM role: IAM allows the role, but the resolver Amplify
 * generated admits IAM callers only as the identity pool's roles or as a role named in `adminRoles` (Gen 1
 * `custom-roles.json` `adminRoleNames`, Gen 2 `allow.resource(fn)`), and this role is not among them
 * (aws-amplify/amplify-category-api #100, #670, #749; amplify-cli #9365, #10586; aws-amplify/amplify-backend #1269).
 * Ruled out when the identity pool's credentials signed the request; confirmed when the signer is another role's
 * session and the resolver's check, read, refuses it.
 */
export const callerRoleNotAdmin: Hypothesis = {
  id: 'caller-role-not-admin',
  assess(facts) {
    const refused = refusedAfterIam(facts);
    if ('ruledOut' in refused) return refused.ruledOut;
    const { field, message } = refused;
    const signer = signerOf(facts);
    if (signer.kind === 'pool')
      return {
        status: 'ruled-out',
        reason: msg('caller-role-not-admin.ruled-out.pool-signed', { field }),
        proofs: signer.proofs,
      };
    const role = signer.kind === 'role' ? (signer.roleArn.split('/').pop() ?? signer.roleArn) : '<ROLE_NAME>';
    const finding: Finding = {
      brokenLink: 'appsync-authorized',
      headline: msg('caller-role-not-admin.headline', { field, role }),
      explanation: msg('caller-role-not-admin.explanation', { field, message, role }),
      fix: { summary: msg('caller-role-not-admin.fix', { field, role }) },
      misleading: msg('field-lacks-iam-directive.misleading'),
      customerMessage: msg('caller-role-not-admin.customer', { field, message, role }),
    };
    const schema = schemaOf(facts, refused);
    if (schema?.directives.iamAllowed === false)
      return {
        status: 'ruled-out',
        reason: msg('after-iam.ruled-out.directive-first', { field }),
        proofs: [schema.proof],
      };
    const reading = resolverOf(facts, refused);
    if (reading.state === 'none')
      return {
        status: 'ruled-out',
        reason: msg('after-iam.ruled-out.no-check', { field }),
        proofs: reading.proof ? [reading.proof] : [],
      };
    // The resolver first; once it is read, only who signed the request decides (a pasted error does not say).
    if (reading.state === 'unread' || signer.kind === 'unknown')
      return {
        status: 'consistent',
        reason: msg('caller-role-not-admin.consistent', { field, message }),
        proofs: refused.proofs,
        decidedBy: reading.state === 'unread' ? refused.need : REQUEST_SIGNER,
        finding,
      };
    const { check } = reading;
    const caller = signer.sessionArn;
    // A function's or a script's session carries no Cognito identity: only an admin role (or the stashed roles) admits it.
    if (admits(check, { sessionArn: caller, identityPoolId: '', guest: false }))
      return {
        status: 'ruled-out',
        reason: msg('after-iam.ruled-out.admits', { field, caller }),
        proofs: [...signer.proofs, ...reading.proofs.slice(0, 1)],
      };
    return {
      status: 'confirmed',
      reason: msg('caller-role-not-admin.confirmed', {
        field,
        caller,
        adminRoles: check.adminRoles.join(', ') || '—',
        authRole: check.authRole ?? '—',
      }),
      proofs: [...refused.proofs, ...signer.proofs, ...reading.proofs.slice(0, 1), ...(schema ? [schema.proof] : [])],
      finding,
    };
  },
};
