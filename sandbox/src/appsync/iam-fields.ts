import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { callerPolicies } from '../authorize.ts';
import type { SandboxContext } from '../context.ts';
import { evaluatePolicies } from '../iam-eval.ts';
import type { VerifiedCaller } from '../sigv4.ts';
import { APPSYNC_MESSAGES, unauthorized } from './errors.ts';

/** The root type AppSync names in the field ARN (`types/Query`, `types/Mutation`, `types/Subscription`). */
export function rootTypeName(schema: GraphQLSchema, operation: OperationDefinitionNode): string {
  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return root?.name ?? operation.operation;
}

/** `arn:aws:appsync:<region>:<account>:apis/<apiId>/types/<Type>/fields/<field>` (AppSync IAM resource format). */
export function fieldArn(ctx: SandboxContext, typeName: string, fieldName: string): string {
  const { api, accountId } = ctx.scenario;
  return `arn:aws:appsync:${api.region}:${accountId}:apis/${api.id}/types/${typeName}/fields/${fieldName}`;
}

type FieldLike = OperationDefinitionNode['selectionSet']['selections'][number];

/** Top-level field names of the operation (fragments spread at the root included). */
export function topLevelFields(
  operation: OperationDefinitionNode,
  fragments: Map<string, readonly FieldLike[]>,
): string[] {
  const names = new Set<string>();
  const visit = (selections: readonly FieldLike[]) => {
    for (const selection of selections) {
      if (selection.kind === 'Field') names.add(selection.name.value);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet.selections);
      else visit(fragments.get(selection.name.value) ?? []);
    }
  };
  visit(operation.selectionSet.selections);
  return [...names].filter((name) => !name.startsWith('__'));
}

/**
 * AWS_IAM requests: AppSync asks IAM for `appsync:GraphQL` on every top-level field's ARN before running
 * anything; a single field not allowed fails the whole request with 401 UnauthorizedException "Permission denied"
 * (AppSync Developer Guide, "AWS_IAM authorization"; the text from aws-amplify/amplify-cli #6595, #13712).
 */
export async function authorizeIamFields(
  ctx: SandboxContext,
  caller: VerifiedCaller,
  typeName: string,
  fields: string[],
): Promise<void> {
  const policies = callerPolicies(ctx, caller);
  for (const field of fields) {
    const { decision } = await evaluatePolicies(policies, 'appsync:GraphQL', fieldArn(ctx, typeName, field));
    if (decision !== 'allowed') throw unauthorized(APPSYNC_MESSAGES.permissionDenied);
  }
}
