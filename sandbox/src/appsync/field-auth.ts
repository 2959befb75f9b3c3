import type { ConstDirectiveNode, GraphQLField, GraphQLObjectType } from 'graphql';
import type { AppSyncAuthType } from '../scenario.ts';
import type { IamIdentity } from './amplify-auth.ts';

/** The mode a request authenticated with, and what AppSync's field rules need to know about the caller. */
export interface RequestAuth {
  mode: AppSyncAuthType;
  /** Cognito groups from the user pool token (`cognito:groups`), for `cognito_groups` restrictions. */
  groups?: string[];
  /** `$ctx.identity` of an AWS_IAM request, for the resolvers' own checks. */
  identity?: IamIdentity;
}

const DIRECTIVE_MODES: Record<string, AppSyncAuthType> = {
  aws_iam: 'AWS_IAM',
  aws_cognito_user_pools: 'AMAZON_COGNITO_USER_POOLS',
  aws_auth: 'AMAZON_COGNITO_USER_POOLS',
  aws_api_key: 'API_KEY',
  aws_oidc: 'OPENID_CONNECT',
  aws_lambda: 'AWS_LAMBDA',
};

function authDirectives(directives: readonly ConstDirectiveNode[] | undefined): ConstDirectiveNode[] {
  return (directives ?? []).filter((d) => d.name.value in DIRECTIVE_MODES);
}

function groupsOf(directive: ConstDirectiveNode): string[] | undefined {
  const arg = directive.arguments?.find((a) => a.name.value === 'cognito_groups');
  if (!arg || arg.value.kind !== 'ListValue') return undefined;
  return arg.value.values.flatMap((v) => (v.kind === 'StringValue' ? [v.value] : []));
}

/**
 * AppSync's rules for several auth modes (AppSync Developer Guide, "Using additional authorization modes"):
 * directives on a field override those on its type; a field or type with no auth directive is open to the
 * default mode only; once any directive is present, only the named modes may read it (the default mode included).
 * `cognito_groups` further limits user pool callers to those groups.
 */
export function isFieldAllowed(
  auth: RequestAuth,
  parentType: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  defaultMode: AppSyncAuthType,
): boolean {
  const onField = authDirectives(field.astNode?.directives);
  const onType = authDirectives([
    ...(parentType.astNode?.directives ?? []),
    ...parentType.extensionASTNodes.flatMap((node) => node.directives ?? []),
  ]);
  const rules = onField.length > 0 ? onField : onType;
  if (rules.length === 0) return auth.mode === defaultMode;
  return rules.some((directive) => {
    if (DIRECTIVE_MODES[directive.name.value] !== auth.mode) return false;
    const groups = groupsOf(directive);
    return !groups || groups.some((group) => auth.groups?.includes(group));
  });
}
