import { buildSchema, type GraphQLSchema } from 'graphql';

/**
 * What AppSync declares implicitly: its auth directives and its scalars (AppSync Developer Guide, "Scalar types"
 * and "Configuring authorization and authentication"). A schema file never declares them, so we prepend them.
 */
const APPSYNC_DECLARATIONS: [name: string, declaration: string][] = [
  ['@aws_iam', 'directive @aws_iam on OBJECT | FIELD_DEFINITION'],
  [
    '@aws_cognito_user_pools',
    'directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION',
  ],
  ['@aws_api_key', 'directive @aws_api_key on OBJECT | FIELD_DEFINITION'],
  ['@aws_oidc', 'directive @aws_oidc on OBJECT | FIELD_DEFINITION'],
  ['@aws_lambda', 'directive @aws_lambda on OBJECT | FIELD_DEFINITION'],
  ['@aws_auth', 'directive @aws_auth(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION'],
  ['@aws_subscribe', 'directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION'],
  ...[
    'AWSDate',
    'AWSTime',
    'AWSDateTime',
    'AWSTimestamp',
    'AWSEmail',
    'AWSJSON',
    'AWSURL',
    'AWSPhone',
    'AWSIPAddress',
  ].map((name): [string, string] => [name, `scalar ${name}`]),
];

const cache = new Map<string, GraphQLSchema>();

/** Builds (once per SDL) the executable schema of an AppSync API from its schema file. */
export function appSyncSchema(sdl: string): GraphQLSchema {
  let schema = cache.get(sdl);
  if (!schema) {
    const declared = (name: string) =>
      name.startsWith('@')
        ? new RegExp(`directive\\s+${name}\\b`).test(sdl)
        : new RegExp(`scalar\\s+${name}\\b`).test(sdl);
    const prelude = APPSYNC_DECLARATIONS.filter(([name]) => !declared(name)).map(([, d]) => d);
    schema = buildSchema(`${prelude.join('\n')}\n${sdl}`);
    cache.set(sdl, schema);
  }
  return schema;
}
