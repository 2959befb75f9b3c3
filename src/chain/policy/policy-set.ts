import { compileActionPattern, type ActionPattern } from './action-match';
import { compileResourcePattern, type ResourcePattern } from './resource-match';
import { undecided, type Undecided } from './tri';

export interface PolicySource {
  /** Where the document came from, e.g. `inline:appsync-access` or a managed policy ARN. */
  name: string;
  document: unknown;
}

export interface StatementRef {
  policy: string;
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  statement: Record<string, unknown>;
  /** Set when the statement is in the permissions boundary. */
  boundary?: true;
}

export type Layer = 'identity' | 'boundary';

/** A statement read once: its entries compiled, whatever the requests it is then asked about. */
export interface CompiledStatement {
  ref: StatementRef;
  /** Undecidable for every request: not exactly one of Action/NotAction and one of Resource/NotResource. */
  shape?: Undecided;
  actions: ActionPattern[];
  notAction: boolean;
  resources: ResourcePattern[];
  notResource: boolean;
  condition: unknown;
}

/** A document's statements, up to the first that is not a statement, and why the rest could not be read. */
export interface CompiledSource {
  statements: CompiledStatement[];
  problem?: string;
}

/** The identity policies, and the permissions boundary when there is one, compiled for any number of requests. */
export interface PolicySet {
  layers: { layer: Layer; sources: CompiledSource[] }[];
}

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function compileStatement(ref: StatementRef): CompiledStatement {
  const { statement } = ref;
  const hasAction = 'Action' in statement;
  const hasResource = 'Resource' in statement;
  const shapeOk = hasAction !== 'NotAction' in statement && hasResource !== 'NotResource' in statement;
  return {
    ref,
    ...(shapeOk
      ? {}
      : {
          shape: undecided('The statement must have exactly one of Action/NotAction and one of Resource/NotResource.'),
        }),
    actions: asList(hasAction ? statement.Action : statement.NotAction).map(compileActionPattern),
    notAction: !hasAction,
    resources: asList(hasResource ? statement.Resource : statement.NotResource).map(compileResourcePattern),
    notResource: !hasResource,
    condition: statement.Condition,
  };
}

function compileSource(source: PolicySource, boundary: boolean): CompiledSource {
  let document = source.document;
  if (typeof document === 'string') {
    try {
      document = JSON.parse(document);
    } catch {
      return { statements: [], problem: `${source.name} is not valid JSON.` };
    }
  }
  if (!document || typeof document !== 'object' || !('Statement' in document))
    return { statements: [], problem: `${source.name} has no "Statement".` };
  const statements: CompiledStatement[] = [];
  for (const [index, raw] of asList(document.Statement).entries()) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
      return { statements, problem: `Statement ${index} of ${source.name} is not an object.` };
    const statement = raw as Record<string, unknown>;
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny')
      return { statements, problem: `Statement ${index} of ${source.name} has no Effect "Allow" or "Deny".` };
    const sid = typeof statement.Sid === 'string' ? statement.Sid : undefined;
    const ref: StatementRef = { policy: source.name, index, sid, effect: statement.Effect, statement };
    statements.push(compileStatement(boundary ? { ...ref, boundary: true as const } : ref));
  }
  return { statements };
}

/** Reads and compiles the documents once; `boundary` (its documents; `[]` allows nothing) adds the boundary layer. */
export function compilePolicySet(sources: PolicySource[], boundary?: PolicySource[]): PolicySet {
  const layers: PolicySet['layers'] = [
    { layer: 'identity', sources: sources.map((source) => compileSource(source, false)) },
  ];
  if (boundary) layers.push({ layer: 'boundary', sources: boundary.map((source) => compileSource(source, true)) });
  return { layers };
}
