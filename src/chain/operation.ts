import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { GraphqlField } from './case';

const ROOT_TYPES = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

export interface ParsedOperation {
  operationName?: string;
  fields: GraphqlField[];
}

/**
 * The top-level fields an operation touches: AppSync authorizes `appsync:GraphQL` per top-level field ARN.
 * Root type names assume AppSync's defaults (Query/Mutation/Subscription). Throws a readable error on bad syntax.
 */
export function parseOperation(query: string, operationName?: string): ParsedOperation {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    throw new Error(`The test query is not valid GraphQL: ${error instanceof Error ? error.message : String(error)}`);
  }
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation)
    throw new Error(
      operationName ? `The query has no operation named ${operationName}.` : 'The query has no operation.',
    );
  const typeName = ROOT_TYPES[operation.operation];
  const fields = operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD && !selection.name.value.startsWith('__')
      ? [{ typeName, fieldName: selection.name.value }]
      : [],
  );
  return { operationName: operation.name?.value, fields };
}
