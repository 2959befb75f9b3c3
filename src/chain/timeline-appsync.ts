import type { Case } from './case';
import { chainSteps } from './evidence';
import { msg } from './messages/catalog';
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
  const facts: TimelineItem['facts'] = [{ name: msg('fact.iam-decision'), value: msg('fact.iam-allowed') }];
  for (const { typeName, fieldName } of refused) {
    const field = `${typeName}.${fieldName}`;
    const directives = appsync.schema
      ? fieldDirectives(appsync.schema, typeName, fieldName, appsync.authModes?.[0])
      : undefined;
    if (directives) {
      const shown = directives.onField.length > 0 ? directives.onField : directives.onType;
      facts.push({
        name: msg('fact.directives', { field }),
        value: shown.length > 0 ? shown.join(' ') : msg('fact.directives.none'),
      });
    }
    const resolver = appsync.resolvers.find((r) => r.typeName === typeName && r.fieldName === fieldName);
    const check = resolver ? readResolverCheck(c, resolver) : undefined;
    if (check) {
      // The rules the resolver admits, as flags the catalog words (`fact.resolver-rules`).
      const rules = {
        iamPrivate: check.iamPrivate,
        iamPublic: check.iamPublic,
        userPoolPrivate: check.userPoolPrivate,
        userPoolOwner: check.userPoolOwner,
        userPoolGroups: check.userPoolGroups,
      };
      facts.push({ name: msg('fact.resolver-check', { field }), value: msg('fact.resolver-rules', rules) });
      if (check.authRole)
        facts.push({ name: msg('fact.stash', { key: 'authRole' }), value: check.authRole, copy: true });
      if (check.unauthRole)
        facts.push({ name: msg('fact.stash', { key: 'unauthRole' }), value: check.unauthRole, copy: true });
      if (check.identityPoolId)
        facts.push({ name: msg('fact.identity-pool-in-check'), value: check.identityPoolId, copy: true });
      facts.push({
        name: msg('fact.admin-roles'),
        value: check.adminRoles.length > 0 ? check.adminRoles.join(', ') : msg('fact.none'),
      });
    } else if (resolver)
      facts.push({ name: msg('fact.resolver-check', { field }), value: msg('fact.resolver-check.none') });
  }
  return {
    id: 'appsync-auth',
    lane: 'appsync',
    start: Date.parse(graphql.at),
    label: msg('timeline.after-iam'),
    status: 'error',
    facts,
    source: pointer('appsync'),
  };
}
