import type { AppSyncFunction, AppSyncResolver, GraphqlField } from '../case';
import { scrubText } from '../secrets';

/**
 * AppSync's control-plane answers as people paste them, read into the case's `appsync` evidence (pure):
 * - the schema: the SDL `aws appsync get-introspection-schema --format SDL --include-directives <file>` writes (the
 *   console's Schema page shows the same text); JSON introspection is refused, as it carries no auth directives;
 * - the resolver: `aws appsync get-resolver` (`{"resolver": {…}}`), `get-function` (`{"functionConfiguration": {…}}`),
 *   `list-resolvers` / `list-functions` output, several of them one after another, or the raw VTL or APPSYNC_JS code
 *   (the console's resolver page). Shapes: AWS AppSync API Reference, GetResolver / GetFunction "Response Syntax".
 */

const NOT_SDL =
  'Expected the schema as SDL (type Query { … }), as the AppSync console’s Schema page shows it: copy it from there, or paste the output of `aws appsync get-introspection-schema --api-id <id> --format SDL --include-directives schema.graphql`.';
const SDL_TYPE = /(?:^|\n)\s*(?:extend\s+)?(?:type|schema|input|interface|enum|union|scalar)\b/;

/** The SDL of a pasted schema, or an error saying what to paste instead. */
export function readSchemaPiece(text: string): string {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{')) {
    const value = jsonValues(trimmed)?.[0];
    if (isObject(value) && (isObject(value.data) || isObject(value.__schema)))
      throw new Error(
        'This is JSON introspection, which carries no auth directives: use `aws appsync get-introspection-schema --format SDL --include-directives schema.graphql` and paste the file.',
      );
    // A schema kept in JSON by hand or a tool (`{"schema": "type Query …"}`, CloudFormation's `Definition`).
    const sdl = isObject(value) ? (value.schema ?? value.definition ?? value.Definition) : undefined;
    if (typeof sdl === 'string' && SDL_TYPE.test(sdl)) return scrubText(sdl);
    throw new Error(NOT_SDL);
  }
  if (!SDL_TYPE.test(trimmed)) throw new Error(NOT_SDL);
  return scrubText(trimmed);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON values written one after another (the outputs of several CLI commands pasted together), or undefined. */
function jsonValues(text: string): unknown[] | undefined {
  const values: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth < 0) return undefined;
      if (depth === 0) {
        try {
          values.push(JSON.parse(text.slice(start, i + 1)));
        } catch {
          return undefined;
        }
      }
    } else if (depth === 0 && c !== undefined && !/\s/.test(c)) return undefined;
  }
  return depth === 0 && values.length > 0 ? values : undefined;
}

const str = (value: unknown) => (typeof value === 'string' && value.length > 0 ? scrubText(value) : undefined);

function toFunction(value: Record<string, unknown>, index: number): AppSyncFunction {
  const requestMappingTemplate = str(value.requestMappingTemplate);
  const responseMappingTemplate = str(value.responseMappingTemplate);
  const code = str(value.code);
  const name = str(value.name);
  return {
    functionId: str(value.functionId) ?? `pasted-${index + 1}`,
    ...(name ? { name } : {}),
    ...(requestMappingTemplate ? { requestMappingTemplate } : {}),
    ...(responseMappingTemplate ? { responseMappingTemplate } : {}),
    ...(code ? { code } : {}),
  };
}

interface Collected {
  resolvers: Record<string, unknown>[];
  functions: Record<string, unknown>[];
}

/** Every resolver and function object in the pasted JSON values, whichever command printed them. */
function collect(values: unknown[]): Collected {
  const out: Collected = { resolvers: [], functions: [] };
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isObject(value)) return;
    if (isObject(value.resolver)) return visit(value.resolver);
    if (isObject(value.functionConfiguration)) return visit(value.functionConfiguration);
    if (Array.isArray(value.resolvers)) return value.resolvers.forEach(visit);
    if (Array.isArray(value.functions)) return value.functions.forEach(visit);
    if (typeof value.fieldName === 'string' && typeof value.typeName === 'string') out.resolvers.push(value);
    else if (typeof value.functionId === 'string' || 'requestMappingTemplate' in value || 'code' in value)
      out.functions.push(value);
  };
  values.forEach(visit);
  return out;
}

const VTL = /\$util\.|\$ctx\.|\$context\.|#if\s*\(|#set\s*\(/;
const JS = /\bexport\s+function\s+(?:request|response)\b|@aws-appsync\/utils/;

/**
 * The resolver of `field` from a pasted piece. JSON outputs give its type and field themselves; raw code is taken as
 * the code of `field` (the field AppSync refused, or the query's first).
 */
export function readResolverPiece(text: string, field: GraphqlField | undefined): AppSyncResolver {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  const values = trimmed.startsWith('{') || trimmed.startsWith('[') ? jsonValues(trimmed) : undefined;
  if (!values) {
    const isVtl = VTL.test(trimmed);
    if (!isVtl && !JS.test(trimmed))
      throw new Error(
        'Expected `aws appsync get-resolver` / `get-function` JSON, or the resolver’s VTL or JavaScript code as the AppSync console shows it.',
      );
    if (!field)
      throw new Error(
        'Raw resolver code needs its field: paste the app’s error (Not Authorized to access …) or the query.',
      );
    const code = scrubText(trimmed);
    return {
      ...field,
      functions: [],
      ...(isVtl ? { requestMappingTemplate: code } : { code }),
    };
  }
  const { resolvers, functions } = collect(values);
  const resolver =
    resolvers.find((r) => field && r.typeName === field.typeName && r.fieldName === field.fieldName) ?? resolvers[0];
  if (!resolver && functions.length === 0)
    throw new Error('No resolver or function in this JSON: paste `aws appsync get-resolver` or `get-function` output.');
  const typeName = str(resolver?.typeName) ?? field?.typeName;
  const fieldName = str(resolver?.fieldName) ?? field?.fieldName;
  if (!typeName || !fieldName)
    throw new Error('These functions need their field: paste the app’s error (Not Authorized to access …) too.');
  const pipeline = isObject(resolver?.pipelineConfig) ? resolver.pipelineConfig.functions : undefined;
  const order = Array.isArray(pipeline) ? pipeline.filter((id): id is string => typeof id === 'string') : undefined;
  // In the pipeline's order when the resolver names it; otherwise in the order they were pasted.
  const inPipeline = order ? order.flatMap((id) => functions.filter((fn) => fn.functionId === id)) : [];
  const ordered = inPipeline.length > 0 ? inPipeline : functions;
  const kind = str(resolver?.kind);
  const resolverArn = str(resolver?.resolverArn);
  const requestMappingTemplate = str(resolver?.requestMappingTemplate);
  const responseMappingTemplate = str(resolver?.responseMappingTemplate);
  const code = str(resolver?.code);
  return {
    typeName,
    fieldName,
    ...(kind ? { kind } : {}),
    ...(resolverArn ? { resolverArn } : {}),
    ...(requestMappingTemplate ? { requestMappingTemplate } : {}),
    ...(responseMappingTemplate ? { responseMappingTemplate } : {}),
    ...(code ? { code } : {}),
    functions: ordered.map(toFunction),
  };
}
