import { actionMatches } from './action-match';
import { evaluateOperator, type RequestContext } from './conditions';
import type { CompiledSource, CompiledStatement, Layer, StatementRef } from './policy-set';
import { candidatesFor, indexResourcePatterns, type ResourceIndex } from './resource-index';
import type { RequestResource, ResourcePattern } from './resource-match';
import { allOf, isUndecided, negate, undecided, type Tri, type Undecided } from './tri';

/** What a layer's statements need to know of a request besides its resource. */
export interface RequestShape {
  action: string;
  context?: RequestContext;
  /** Condition keys known to be absent from the request (others unknown to us make a condition undecidable). */
  absentKeys?: string[];
}

/**
 * A layer item: a document's problem (listed where the document starts), or a statement with what does not depend
 * on the resource already decided. Every item has every field, so the loop over them stays monomorphic.
 */
interface Item {
  problem: string | undefined;
  ref: StatementRef | undefined;
  /** The answer for every resource, when the statement's shape decides it. */
  always: Undecided | undefined;
  action: Tri;
  condition: Tri;
  /** A Condition that is not an object: undecided unless Action or Resource rules the statement out. */
  badCondition: Undecided | undefined;
  notResource: boolean;
  /** Looked at for every resource: a problem, a shape that decides, a NotResource (which no match makes apply). */
  visitAlways: boolean;
  /** The statement's Resource/NotResource entries, with their ids in the layer's index. */
  resources: { id: number; pattern: ResourcePattern }[];
  /** The last undecided note made: an answer that does not depend on the resource gives one note, shared. */
  note: { answer: Undecided | undefined; note: Note };
}

type Note = LayerResult['undecided'][number];

/** One layer's statements prepared for one request's action and context, for any number of resources. */
export interface PreparedLayer {
  layer: Layer;
  /** In document order; statements that Action or Condition rule out are left out. */
  items: Item[];
  index: ResourceIndex;
}

export interface LayerResult {
  layer: Layer;
  allows: StatementRef[];
  denies: StatementRef[];
  undecided: { ref?: StatementRef; reason: string }[];
}

const BAD_CONDITION = "The statement's Condition is not an object.";

/** Decides Action and Condition for the request; undefined when one of them rules the statement out. */
function prepare(statement: CompiledStatement, request: RequestShape, knownAbsent: (key: string) => boolean) {
  const item = { problem: undefined, ref: statement.ref, always: statement.shape, badCondition: undefined };
  if (statement.shape) return { ...item, action: true, condition: true };
  const named = actionMatches(statement.actions, request.action);
  const action = statement.notAction ? negate(named) : named;
  if (action === false) return undefined;
  const condition = statement.condition;
  if (condition === undefined) return { ...item, action, condition: true };
  if (!condition || typeof condition !== 'object' || Array.isArray(condition))
    return { ...item, action, condition: true, badCondition: undecided(BAD_CONDITION) };
  const blocks = Object.entries(condition).map(([operator, block]) =>
    evaluateOperator(operator, block, request.context ?? {}, knownAbsent),
  );
  const all = allOf(blocks);
  return all === false ? undefined : { ...item, action, condition: all };
}

export function prepareLayer(layer: Layer, sources: CompiledSource[], request: RequestShape): PreparedLayer {
  const absent = new Set((request.absentKeys ?? []).map((k) => k.toLowerCase()));
  const knownAbsent = (key: string) => absent.has(key.toLowerCase());
  const patterns: ResourcePattern[] = [];
  const owners: number[] = [];
  const items: Item[] = [];
  for (const { problem, statements } of sources) {
    if (problem)
      items.push({
        problem,
        ref: undefined,
        always: undefined,
        action: true,
        condition: true,
        badCondition: undefined,
        notResource: false,
        visitAlways: true,
        resources: [],
        note: { answer: undefined, note: { reason: problem } },
      });
    for (const statement of statements) {
      const prepared = prepare(statement, request, knownAbsent);
      if (!prepared) continue;
      const resources = statement.resources.map((pattern) => {
        owners.push(items.length);
        return { id: patterns.push(pattern) - 1, pattern };
      });
      const visitAlways = Boolean(prepared.always) || statement.notResource;
      const note = { answer: undefined, note: { ref: statement.ref, reason: '' } };
      items.push({ ...prepared, notResource: statement.notResource, visitAlways, resources, note });
    }
  }
  return { layer, items, index: indexResourcePatterns(patterns, owners, items.length) };
}

/** Whether the statement applies to the resource: its Action, Resource and Condition all match (IAM's AND). */
function applies(item: Item, resource: RequestResource, candidates: Uint8Array): Tri {
  if (item.always) return item.always;
  // `anyOf` over the Resource entries, skipping those the index rules out (`false`).
  let named: Tri = false;
  for (const { id, pattern } of item.resources) {
    if (!candidates[id]) continue;
    const match = pattern.match(resource);
    if (match === true) {
      named = true;
      break;
    }
    if (match !== false && named === false) named = match;
  }
  const match = item.notResource ? negate(named) : named;
  if (match === false) return false;
  if (item.badCondition) return item.badCondition;
  // None of the three is false here: the first undecided one, in this order, is the answer.
  return isUndecided(item.action) ? item.action : isUndecided(match) ? match : item.condition;
}

function noteOf(item: Item, ref: StatementRef, answer: Undecided): Note {
  if (item.note.answer !== answer) item.note = { answer, note: { ref, reason: answer.undecided } };
  return item.note.note;
}

export function evaluateLayer({ layer, items, index }: PreparedLayer, resource: RequestResource): LayerResult {
  const result: LayerResult = { layer, allows: [], denies: [], undecided: [] };
  const candidates = candidatesFor(index, resource);
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    // A statement none of whose Resource entries may match does not apply (`false`): not looked at.
    if (!item || (!item.visitAlways && !candidates.statements[i])) continue;
    const { problem, ref } = item;
    if (problem !== undefined || !ref) {
      result.undecided.push(item.note.note);
      continue;
    }
    const answer = applies(item, resource, candidates.entries);
    if (isUndecided(answer)) result.undecided.push(noteOf(item, ref, answer));
    else if (answer) (ref.effect === 'Deny' ? result.denies : result.allows).push(ref);
  }
  return result;
}
