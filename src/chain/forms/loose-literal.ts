/**
 * Reads a value the way people paste it: JSON, or a JavaScript object as a console printed it (`console.log`,
 * Node's `util.inspect`, the browser consoles): unquoted keys, single quotes and backticks, `[Object]` and `[Array]`
 * for what the printer cut off, `Foo {…}` class prefixes, `<ref *1>`, `[Circular *1]`, `... 2 more items`, errors
 * printed as `Name: message` followed by their stack and their own properties, and text before or after the value.
 * A single left-to-right pass (no backtracking regular expression), depth- and size-bounded: it never hangs.
 */

export const MAX_PIECE_CHARS = 5_000_000;
const MAX_DEPTH = 64;

/** Text that starts like a value and does not read as one: the pieces report it as "Not valid JSON: …". */
export class LooseParseError extends SyntaxError {}

type Bag = Record<string, unknown>;

// An error's header as consoles print it: `UnauthorizedException: Unknown error`, `Error: …`, `TypeError: …`.
const ERROR_NAME = /^[A-Za-z_$][\w$.]{0,79}$/;
const STACK_LINE = /^\s*(at\s|\.\.\. \d+ lines? matching)/;

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new LooseParseError(`${what} at character ${this.pos + 1}`);
  }

  peek(offset = 0): string {
    return this.text[this.pos + offset] ?? '';
  }

  skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text[this.pos] as string;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\ufeff') this.pos++;
      else if (c === '/' && text[this.pos + 1] === '/') {
        while (this.pos < text.length && text[this.pos] !== '\n') this.pos++;
      } else break;
    }
  }

  /** `foo`, `$metadata`, `x-amzn-ErrorType`, `Array(1)`: a run of word characters (and dashes, dots inside). */
  word(): string {
    const start = this.pos;
    while (this.pos < this.text.length && /[\w$.\-@]/.test(this.text[this.pos] as string)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  string(quote: string): string {
    let out = '';
    this.pos++; // the opening quote
    const { text } = this;
    while (this.pos < text.length) {
      const c = text[this.pos] as string;
      if (c === quote) {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        const next = text[this.pos + 1] ?? '';
        this.pos += 2;
        if (next === 'n') out += '\n';
        else if (next === 't') out += '\t';
        else if (next === 'r') out += '\r';
        else if (next === 'b') out += '\b';
        else if (next === 'f') out += '\f';
        else if (next === 'u') {
          const hex = text.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
        } else out += next;
        continue;
      }
      out += c;
      this.pos++;
    }
    return this.fail('Unterminated string');
  }

  /** The rest of a bare value: up to the next `,`, `}`, `]` or line end. */
  bare(): string {
    const start = this.pos;
    while (this.pos < this.text.length && !/[,}\]\n]/.test(this.text[this.pos] as string)) this.pos++;
    return this.text.slice(start, this.pos).trim();
  }

  restOfLine(): string {
    const end = this.text.indexOf('\n', this.pos);
    const line = this.text.slice(this.pos, end < 0 ? this.text.length : end);
    this.pos = end < 0 ? this.text.length : end + 1;
    return line;
  }

  value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail('Nested too deeply');
    this.skipSpace();
    const c = this.peek();
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"' || c === "'" || c === '`') return this.string(c);
    if (c === '<') {
      // `<ref *1> { … }`
      const end = this.text.indexOf('>', this.pos);
      if (end < 0 || end - this.pos > 20) this.fail('Unexpected "<"');
      this.pos = end + 1;
      return this.value(depth + 1);
    }
    if (c === '(') {
      // Firefox: `errors: (1) […]`
      const end = this.text.indexOf(')', this.pos);
      if (end > 0 && /^\(\d+\)$/.test(this.text.slice(this.pos, end + 1))) {
        this.pos = end + 1;
        return this.value(depth + 1);
      }
    }
    if (c === '…') {
      this.pos++;
      return undefined;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      const raw = this.bare();
      const number = Number(raw);
      return raw !== '' && Number.isFinite(number) ? number : raw;
    }
    if (c === '') this.fail('Unexpected end');
    const start = this.pos;
    const word = this.word();
    if (word === '') {
      const bare = this.bare();
      if (this.pos === start) this.fail(`Unexpected "${c}"`);
      return bare;
    }
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'undefined') return undefined;
    if (word === 'null' || word === 'NaN' || word === 'Infinity') return null;
    // `Array(1) [ … ]`, `Map(2) { … }`, `GraphQLError { … }`, `Object { … }`: the class name goes.
    const afterWord = this.pos;
    if (this.peek() === '(') {
      const end = this.text.indexOf(')', this.pos);
      if (end > 0 && /^\(\d+\)$/.test(this.text.slice(this.pos, end + 1))) this.pos = end + 1;
    }
    this.skipSpaceInLine();
    const next = this.peek();
    if (next === '{' || next === '[') {
      if (next === '[' && /^Array\(\d+\)/.test(this.text.slice(start, this.pos))) return this.array(depth);
      if (next === '{') return this.object(depth);
    }
    if (/^Array\(\d+\)$/.test(this.text.slice(start, this.pos).trim())) return [];
    this.pos = afterWord;
    if (this.peek() === ':' && ERROR_NAME.test(word)) return this.errorBody(word, depth);
    this.pos = start;
    return this.bare();
  }

  skipSpaceInLine(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  /** After `Name:`: the message, the stack lines, and the error's own properties (`… at x (y:1:2) { code: … }`). */
  errorBody(name: string, depth: number): Bag {
    this.pos++; // ':'
    const message = this.restOfLine().trim();
    const error: Bag = { name, message };
    while (this.pos < this.text.length) {
      const lineEnd = this.text.indexOf('\n', this.pos);
      const line = this.text.slice(this.pos, lineEnd < 0 ? this.text.length : lineEnd);
      if (!STACK_LINE.test(line)) {
        // Properties printed after a stackless error: `Name: message {` on the next line's start.
        if (line.trim() === '{' || line.trimStart().startsWith('{')) Object.assign(error, this.propsAt(depth));
        break;
      }
      if (line.trimEnd().endsWith('{')) {
        this.pos += line.lastIndexOf('{');
        Object.assign(error, this.propsAt(depth));
        break;
      }
      this.pos = lineEnd < 0 ? this.text.length : lineEnd + 1;
    }
    return error;
  }

  propsAt(depth: number): Bag {
    this.skipSpace();
    const props = this.object(depth);
    return props;
  }

  object(depth: number): Bag {
    this.pos++; // '{'
    const out: Bag = Object.create(null) as Bag;
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c === '}') {
        this.pos++;
        return { ...out };
      }
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '…') {
        this.pos++;
        continue;
      }
      if (c === '') this.fail('Unterminated object');
      if (c === '.' && this.text.startsWith('...', this.pos)) {
        this.restOfLineWithin();
        continue;
      }
      let key: string;
      if (c === '"' || c === "'" || c === '`') key = this.string(c);
      else if (c === '[') {
        // `[Symbol(x)]: …`
        const end = this.text.indexOf(']', this.pos);
        if (end < 0) this.fail('Bad key');
        key = this.text.slice(this.pos, end + 1);
        this.pos = end + 1;
      } else {
        key = this.word();
        if (key === '') this.fail(`Unexpected "${c}"`);
      }
      this.skipSpace();
      if (this.peek() !== ':') {
        // Chrome's `{data: {…}, errors: Array(1)}` never lacks the colon; anything else is not an object.
        this.fail('Expected ":"');
      }
      this.pos++;
      const value = this.value(depth + 1);
      if (value !== undefined && key !== '__proto__') out[key] = value;
    }
  }

  /** `... 3 more items` inside a container: up to the next separator. */
  restOfLineWithin(): void {
    while (this.pos < this.text.length && !/[,}\]\n]/.test(this.text[this.pos] as string)) this.pos++;
  }

  array(depth: number): unknown {
    this.pos++; // '['
    this.skipSpace();
    // `[Object]`, `[Array]`, `[Function: x]`, `[Getter]`, `[Circular *1]`, `[Object: null prototype] {…}`,
    // `[UnauthorizedException: Unknown error]` (an error printed without its stack).
    const tag = /^([A-Za-z_$][\w$]*)(?:[:\s][^[\]{}\n]{0,500})?\]/.exec(this.text.slice(this.pos, this.pos + 600));
    if (tag && !/^(true|false|null|undefined)$/.test(tag[1] as string)) {
      const inner = tag[0].slice(0, -1);
      this.pos += tag[0].length;
      const name = tag[1] as string;
      if (name === 'Object' && /null prototype/.test(inner)) return this.value(depth + 1);
      if (name === 'Object') return {};
      if (name === 'Array') return [];
      if (/^(Function|Getter|Setter|Circular|class|AsyncFunction)/.test(name)) return undefined;
      const colon = inner.indexOf(':');
      if (colon > 0 && ERROR_NAME.test(name)) return { name, message: inner.slice(colon + 1).trim() };
      return inner;
    }
    const out: unknown[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c === ']') {
        this.pos++;
        return out;
      }
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '') this.fail('Unterminated array');
      if (c === '.' && this.text.startsWith('...', this.pos)) {
        this.restOfLineWithin();
        continue;
      }
      const value = this.value(depth + 1);
      if (value !== undefined) out.push(value);
    }
  }
}

const CONSOLE_PREFIX = /^(?:Uncaught(?: \(in promise\))?|Unhandled Promise Rejection:|\[Error\]|Error:?\s*(?=[{[]))\s*/;

/** One value read from the start of `text` (after a console's `Uncaught (in promise)`); what follows is ignored. */
export function parseLoose(text: string): unknown {
  if (text.length > MAX_PIECE_CHARS)
    throw new Error(`The text is ${text.length.toLocaleString('en-US')} characters: more than any evidence`);
  const reader = new Reader(text.trim().replace(CONSOLE_PREFIX, ''));
  return reader.value(0);
}

/**
 * The structured value a pasted text holds: the whole text read loosely, else the first `{` or `[` that reads as
 * one (a label before it, `console.log('failed', err)`). Undefined when there is none: then the text is plain.
 */
export function findLooseValue(text: string): unknown {
  try {
    const value = parseLoose(text);
    if (typeof value === 'object' && value !== null) return value;
  } catch (error) {
    if (text.length > MAX_PIECE_CHARS) throw error;
  }
  // A few starts only, near the beginning: the value a person pasted is not buried deep in prose.
  let from = 0;
  for (let attempt = 0; attempt < 8; attempt++) {
    const start = text.slice(from, 4_000).search(/[{[]/);
    if (start < 0) return undefined;
    try {
      const value = new Reader(text.slice(from + start)).value(0);
      if (typeof value === 'object' && value !== null) return value;
    } catch {
      // try the next brace
    }
    from += start + 1;
  }
  return undefined;
}
