import {
  defaultFieldResolver,
  execute,
  getOperationAST,
  type GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
} from 'graphql';
import type { GraphqlApi } from '../scenario.ts';
import { APPSYNC_MESSAGES, malformed } from './errors.ts';
import { runAmplifyCheck } from './amplify-auth.ts';
import { isFieldAllowed, type RequestAuth } from './field-auth.ts';
import type { GraphqlRequest } from './graphql-request.ts';
import { rootTypeName, topLevelFields } from './iam-fields.ts';
import { appSyncSchema } from './schema.ts';

/** One entry of AppSync's `errors` array (its own keys, not graphql-js's `extensions`). */
export interface AppSyncGraphqlError {
  path: readonly (string | number)[] | null;
  data: null;
  errorType: string | null;
  errorInfo: null;
  locations: { line: number; column: number; sourceName: null }[] | null;
  message: string;
}

/** Validation errors carry fewer keys: `{path: null, locations, message}` (graphql/graphql-over-http#81). */
export type AppSyncValidationError = Pick<AppSyncGraphqlError, 'path' | 'locations' | 'message'>;

export interface GraphqlResult {
  data: unknown;
  errors?: (AppSyncGraphqlError | AppSyncValidationError)[];
}

/** One resolver evaluation (for the field-level log): the field, and what its authorization check decided. */
export interface ResolverEvaluation {
  typeName: string;
  fieldName: string;
  path: (string | number)[];
  kind: 'PIPELINE' | 'UNIT';
  allowed: boolean;
  reason: string;
}

/** Called with the root type and top-level fields before execution (IAM's per-field check). */
export type RootAuthorizer = (typeName: string, fields: string[]) => Promise<void>;

/** Thrown by the resolver wrapper: AppSync's field-level denial, answered inside a 200. */
class FieldUnauthorized extends Error {
  readonly errorType = 'Unauthorized';
}

/**
 * Parses, validates, authorizes and runs one request against the scenario's static data. Validation errors come
 * back as a 200 with `data: null` (AppSync, graphql/graphql-over-http#81); fields the caller's mode may not read
 * resolve to null with `errorType: "Unauthorized"` and "Not Authorized to access <field> on type <Type>".
 */
export async function runGraphql(
  api: GraphqlApi,
  request: GraphqlRequest,
  auth: RequestAuth,
  authorizeRoot: RootAuthorizer,
  evaluations: ResolverEvaluation[] = [],
): Promise<GraphqlResult> {
  const schema = appSyncSchema(api.schema);
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch {
    throw malformed(APPSYNC_MESSAGES.unparsableQuery);
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return { data: null, errors: invalid.map(validationError) };
  const operation = getOperationAST(document, request.operationName);
  if (operation) await authorizeRoot(rootTypeName(schema, operation), topLevelFields(operation, fragmentsOf(document)));
  const fieldResolver: GraphQLFieldResolver<unknown, RequestAuth> = (source, args, context, info) => {
    const field = info.parentType.getFields()[info.fieldName];
    if (field && !isFieldAllowed(context, info.parentType, field, api.defaultAuthType)) {
      throw new FieldUnauthorized(`Not Authorized to access ${info.fieldName} on type ${info.parentType.name}`);
    }
    // Past the directives, an Amplify-generated resolver runs its own check; `$util.unauthorized()` answers
    // with the same words (amplify-category-api #100, #544, #670).
    const resolver = api.resolvers?.find((r) => r.typeName === info.parentType.name && r.fieldName === info.fieldName);
    if (resolver) {
      const check = runAmplifyCheck(resolver.auth, context);
      const path: (string | number)[] = [];
      for (let p: typeof info.path | undefined = info.path; p; p = p.prev) path.unshift(p.key);
      evaluations.push({
        ...check,
        typeName: resolver.typeName,
        fieldName: resolver.fieldName,
        path,
        kind: resolver.kind,
      });
      if (!check.allowed)
        throw new FieldUnauthorized(`Not Authorized to access ${info.fieldName} on type ${info.parentType.name}`);
    }
    return defaultFieldResolver(source, args, context, info);
  };
  const result = await execute({
    schema,
    document,
    rootValue: api.data,
    contextValue: auth,
    variableValues: request.variables,
    operationName: request.operationName,
    fieldResolver,
  });
  return {
    data: result.data ?? null,
    ...(result.errors ? { errors: result.errors.map(executionError) } : {}),
  };
}

function fragmentsOf(document: DocumentNode): Map<string, OperationDefinitionNode['selectionSet']['selections']> {
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition');
  return new Map(fragments.map((f) => [f.name.value, f.selectionSet.selections]));
}

function locationsOf(error: GraphQLError): AppSyncGraphqlError['locations'] {
  return error.locations?.map(({ line, column }) => ({ line, column, sourceName: null })) ?? null;
}

function executionError(error: GraphQLError): AppSyncGraphqlError {
  const original = error.originalError;
  return {
    path: error.path ?? null,
    data: null,
    errorType: original instanceof FieldUnauthorized ? original.errorType : null,
    errorInfo: null,
    locations: locationsOf(error),
    message: error.message,
  };
}

/**
 * AppSync's wording for an undefined field, `path: null` and `locations` with `sourceName: null` (graphql/graphql-over-http
 * #81, the AppSync team: "Validation error of type FieldUndefined: Field 'badfield' in type 'Query' is undefined @
 * 'badfield'"; aws-amplify/learn #417). For a nested field AWS names the path after `@` ('onDeleteX/field',
 * aws-amplify/amplify-swift #1589); the sandbox names the field alone (a known difference; no rule reads it). Other
 * validation errors keep graphql-js's text (unconfirmed: AppSync's graphql-java words them otherwise).
 */
function validationError(error: GraphQLError): AppSyncValidationError {
  const undefinedField = /^Cannot query field "(\w+)" on type "(\w+)"/.exec(error.message);
  const message = undefinedField
    ? `Validation error of type FieldUndefined: Field '${undefinedField[1]}' in type '${undefinedField[2]}' is undefined @ '${undefinedField[1]}'`
    : `Validation error: ${error.message}`;
  return { path: null, locations: locationsOf(error), message };
}
