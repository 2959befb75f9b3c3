import type { Case } from './case';
import { chainSteps } from './evidence';
import { refusedAfterIam } from './plan';
import { pointer } from './proof';
import { fieldDirectives, readResolverCheck } from './resolver-auth';
import type { TimelineItem } from './timeline';

/**
 * The authorization after IAM, beside the request on the AppSync lane: for each field refused inside a 200, the IAM
 * decision (the request ran), the field's directives from the schema, and the check its Amplify resolver runs.
 */
export function appsyncAuthItem(c: Case): TimelineItem | undefined {
  const { graphql } = chainSteps(c);
  const refused = refusedAfterIam(c);
  if (!graphql || refused.length === 0 || !c.appsync) return undefined;
  const { appsync } = c;
  const facts: TimelineItem['facts'] = [{ name: 'IAM decision', value: 'allowed (AppSync ran the request: 200)' }];
  for (const { typeName, fieldName } of refused) {
    const field = `${typeName}.${fieldName}`;
    const directives = appsync.schema
      ? fieldDirectives(appsync.schema, typeName, fieldName, appsync.authModes?.[0])
      : undefined;
    if (directives) {
      const shown = directives.onField.length > 0 ? directives.onField : directives.onType;
      facts.push({ name: `${field} directives`, value: shown.join(' ') || '(none: the default mode only)' });
    }
    const resolver = appsync.resolvers.find((r) => r.typeName === typeName && r.fieldName === fieldName);
    const check = resolver ? readResolverCheck(c, resolver) : undefined;
    if (check) {
      const rules = [
        check.iamPrivate ? 'IAM: auth role or pool' : '',
        check.iamPublic ? 'IAM: unauth role' : '',
        !check.iamPrivate && !check.iamPublic ? 'IAM: admin roles only' : '',
        check.userPoolPrivate ? 'user pool: signed-in' : '',
        check.userPoolOwner ? 'user pool: owner' : '',
        check.userPoolGroups ? 'user pool: groups' : '',
      ].filter(Boolean);
      facts.push({ name: `${field} resolver check`, value: rules.join('; ') });
      if (check.authRole) facts.push({ name: 'stash authRole', value: check.authRole, copy: true });
      if (check.unauthRole) facts.push({ name: 'stash unauthRole', value: check.unauthRole, copy: true });
      if (check.identityPoolId) facts.push({ name: 'identity pool in check', value: check.identityPoolId, copy: true });
      facts.push({ name: 'admin roles', value: check.adminRoles.join(', ') || '(none)' });
    } else if (resolver) facts.push({ name: `${field} resolver check`, value: 'no Amplify authorization check' });
  }
  return {
    id: 'appsync-auth',
    lane: 'appsync',
    start: Date.parse(graphql.at),
    label: 'Authorization after IAM',
    status: 'error',
    facts,
    source: pointer('appsync'),
  };
}
