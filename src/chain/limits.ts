import { fieldArn } from './arn';
import type { Case } from './case';
import { accountIdOf } from './evidence';

/**
 * How much evidence a case may hold, far above what any real investigation gathers, yet small enough that any case
 * within every limit is diagnosed and drawn in well under a second (the bench's `worstCase.largestAccepted`). The
 * diagnosis compares each GraphQL field with each Resource entry of the role's policies: these counts bound that.
 */
export const LIMITS = {
  steps: { max: 20, what: 'steps', real: 'Authtrace records three' },
  calls: { max: 200, what: 'AWS calls in one step', real: 'a step makes a few, with retries' },
  fields: { max: 1_000, what: 'GraphQL fields in one request', real: 'real requests name at most a few hundred' },
  errors: { max: 10_000, what: 'GraphQL errors in one response', real: 'real responses carry at most a few hundred' },
  records: { max: 1_000, what: 'CloudTrail records', real: 'Authtrace keeps the few STS records it matched' },
  logs: { max: 10_000, what: 'log lines', real: 'a request logs at most a few hundred' },
  simulations: { max: 5_000, what: 'policy simulations', real: 'Authtrace asks one per field ARN' },
  lookups: { max: 500, what: 'lookups', real: 'an investigation asks a few dozen questions' },
  documents: {
    max: 200,
    what: 'policy documents',
    real: 'a role has at most 20 managed policies, its inline ones, a boundary and a trust policy',
  },
  statements: { max: 2_000, what: 'policy statements', real: 'real roles have at most a few hundred' },
  resources: { max: 4_000, what: 'Resource entries', real: 'real roles name at most a few hundred resources' },
  wildcards: {
    max: 500,
    what: 'Resource entries with wildcards',
    real: 'real roles have at most a few dozen',
  },
  values: { max: 250_000, what: 'values in all', real: 'real cases hold at most tens of thousands' },
  fieldArn: { max: 512, what: 'characters in a GraphQL field ARN', real: 'real ones have under 200' },
} as const;

export type LimitId = keyof typeof LIMITS;

/** A count over its limit, and the sentence that says so: "250,000 policy statements; real roles have …". */
export interface Excess {
  limit: LimitId;
  count: number;
  text: string;
}

export function excess(limit: LimitId, count: number): Excess | undefined {
  const { max, what, real } = LIMITS[limit];
  if (count <= max) return undefined;
  return { limit, count, text: `${count.toLocaleString('en-US')} ${what}; ${real}` };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const member = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Every value in the JSON (itself, object members and array elements), without recursion. */
function countValues(json: unknown): number {
  let count = 1;
  const stack = [json];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const children = Object.values(node);
    count += children.length;
    for (const child of children) stack.push(child);
  }
  return count;
}

/** A document's statements; a document kept as JSON text (as IAM returns inline policies) is read for them. */
function statementsOf(document: unknown): unknown[] {
  let parsed = document;
  if (typeof parsed === 'string')
    try {
      parsed = JSON.parse(parsed);
    } catch {
      return [];
    }
  return asList(member(parsed, 'Statement'));
}

const WILDCARD = /[*?]/;

/**
 * The first count of a parsed case (before its schema is checked, so a huge one costs no more than counting it) that
 * is over its limit; undefined when all are within them. Parts that are not of the expected shape are left to the
 * schema.
 */
export function findExcess(json: unknown): Excess | undefined {
  const steps = list(member(json, 'steps'));
  const documents = list(member(json, 'policies')).flatMap((p) => list(member(p, 'documents')));
  const statements = documents.flatMap((d) => statementsOf(member(d, 'document')));
  const resources = statements.flatMap((s) => [...asList(member(s, 'Resource')), ...asList(member(s, 'NotResource'))]);
  const most = (key: string) => Math.max(0, ...steps.map((step) => list(member(step, key)).length));
  return (
    excess('steps', steps.length) ??
    excess('calls', most('calls')) ??
    excess('fields', most('fields')) ??
    excess('errors', most('errors')) ??
    excess('records', list(member(json, 'records')).length) ??
    excess('logs', list(member(json, 'logs')).length) ??
    excess('simulations', list(member(json, 'simulations')).length) ??
    excess('lookups', list(member(json, 'lookups')).length) ??
    excess('documents', documents.length) ??
    excess('statements', statements.length) ??
    excess('resources', resources.length) ??
    excess('wildcards', sum(resources.map((r) => (typeof r === 'string' && r !== '*' && WILDCARD.test(r) ? 1 : 0)))) ??
    excess('values', countValues(json))
  );
}

/** The longest field ARN the diagnosis will build (its region, account, API id, type and field), if over the limit. */
export function fieldArnExcess(c: Case): Excess | undefined {
  const account = accountIdOf(c) ?? '';
  const lengths = c.steps.flatMap((step) =>
    step.kind === 'graphql'
      ? step.fields.map((field) => fieldArn(c.target.region, account, c.target.apiId ?? '', field).length)
      : [],
  );
  return excess('fieldArn', Math.max(0, ...lengths));
}
