import { targetSchema, type AuthMode, type Target } from './case';
import { runVariantSchema, type Endpoints, type RunVariant } from './connection';

/**
 * Reads the public app config a support engineer drops or pastes (Gen 2 `amplify_outputs.json`, Gen 1
 * `amplifyconfiguration.json` / `aws-exports.js`, the Amplify v6 `Amplify.configure` object, or the local sandbox's
 * `GET /__sandbox/config` document) into a validated `Target`. Pure: it never throws, evaluates nothing and calls
 * nothing; JavaScript is read by a small tolerant literal reader, never `eval`.
 */

/** Custom endpoints next to the config: the one `Endpoints` type of `./connection`. */
export type ConfigEndpoints = Endpoints;

export type AppConfigFormat = 'gen2' | 'gen1' | 'amplify-configure';

/** Problems by field: `Target` keys (`identityPoolId`…) or `endpoints.<name>`, each a sentence saying what to do. */
export type FieldErrors = Record<string, string>;

/** What a config yielded before validation; kept on failure so a form can be prefilled with it. */
export interface AppConfigRead {
  format: AppConfigFormat;
  target: Partial<Target>;
  /** API_KEY auth's key. It belongs to the connection and never enters a case. */
  apiKey?: string;
  endpoints?: ConfigEndpoints;
  /** The sandbox document's run variant for its scenario (how that scenario's app calls). */
  testRun?: RunVariant;
  /**
   * Every auth mode the API accepts, the default first, when the config lists the additional ones (Gen 2
   * `data.authorization_types`; Gen 1 `aws_appsync_additionalAuthenticationTypes`). `Connection.apiAuthModes`.
   */
  apiAuthModes?: AuthMode[];
  warnings: string[];
}

export type AppConfigResult =
  | (Omit<AppConfigRead, 'target'> & { ok: true; target: Target; apiId?: string; accountId?: string })
  | { ok: false; error: string; fieldErrors: FieldErrors; read?: AppConfigRead };

export type TargetValidation = { ok: true; target: Target } | { ok: false; error: string; fieldErrors: FieldErrors };

type Json = Record<string, unknown>;
type TargetField = keyof Target;
type Candidate = Partial<Record<TargetField, string>>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// ---------------------------------------------------------------------------------------------------------------
// Tolerant literal reader: JSON plus comments, single quotes, unquoted keys and trailing commas (aws-exports.js).

class SyntaxProblem extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface Token {
  kind: 'punct' | 'string' | 'number' | 'word' | 'other';
  raw: string;
  value: string | number;
  offset: number;
}

const NUMBER = /-?(?:0[xX][\da-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
const MAX_DEPTH = 64;

function matchAt(pattern: RegExp, text: string, offset: number): string | undefined {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0];
}

function readEscape(text: string, at: number): [string, number] {
  const next = text.charAt(at + 1);
  const hex =
    next === 'u'
      ? (matchAt(/\{[\da-fA-F]{1,6}\}|[\da-fA-F]{4}/y, text, at + 2) ?? '')
      : next === 'x'
        ? (matchAt(/[\da-fA-F]{2}/y, text, at + 2) ?? '')
        : undefined;
  if (hex === undefined) {
    if (next === '\r' && text.charAt(at + 2) === '\n') return ['', at + 3];
    return [next === '\n' || next === '\r' ? '' : (ESCAPES[next] ?? next), at + 2];
  }
  const code = Number.parseInt(hex.replace(/[{}]/g, ''), 16);
  if (!hex || code > 0x10ffff) throw new SyntaxProblem(`bad escape \\${next}`, at);
  return [String.fromCodePoint(code), at + 2 + hex.length];
}

function readString(text: string, start: number): [string, number] {
  const quote = text.charAt(start);
  let out = '';
  let at = start + 1;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === quote) return [out, at + 1];
    if (char === '\n' && quote !== '`') break;
    if (char === '\\') {
      const [decoded, next] = readEscape(text, at);
      out += decoded;
      at = next;
    } else {
      out += char;
      at += 1;
    }
  }
  throw new SyntaxProblem('unterminated string', start);
}

function skipBlank(text: string, at: number): number {
  for (;;) {
    const blank = matchAt(/\s+/y, text, at);
    if (blank) at += blank.length;
    else if (text.startsWith('//', at)) at = text.includes('\n', at) ? text.indexOf('\n', at) : text.length;
    else if (text.startsWith('/*', at)) {
      const end = text.indexOf('*/', at + 2);
      if (end < 0) throw new SyntaxProblem('unterminated /* comment', at);
      at = end + 2;
    } else return at;
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (let at = skipBlank(text, 0); at < text.length; at = skipBlank(text, at)) {
    const char = text.charAt(at);
    const number = /[-.\d]/.test(char) ? matchAt(NUMBER, text, at) : undefined;
    const word = matchAt(WORD, text, at);
    if (char === '"' || char === "'" || char === '`') {
      const [value, end] = readString(text, at);
      tokens.push({ kind: 'string', raw: text.slice(at, end), value, offset: at });
      at = end;
    } else if (number) {
      tokens.push({ kind: 'number', raw: number, value: Number(number), offset: at });
      at += number.length;
    } else if (word) {
      tokens.push({ kind: 'word', raw: word, value: word, offset: at });
      at += word.length;
    } else {
      tokens.push({ kind: '{}[]:,'.includes(char) ? 'punct' : 'other', raw: char, value: char, offset: at });
      at += 1;
    }
  }
  return tokens;
}

const describeToken = (token: Token) => (token.kind === 'string' ? 'a string' : `'${token.raw.slice(0, 20)}'`);
const WORD_VALUES: Record<string, unknown> = { true: true, false: false, null: null };

class LiteralParser {
  constructor(
    private readonly tokens: Token[],
    private index: number,
    private readonly textLength: number,
  ) {}

  /** Where the next token starts, or the end of the text. */
  get offset(): number {
    return this.tokens[this.index]?.offset ?? this.textLength;
  }

  private fail(expected: string): never {
    const token = this.tokens[this.index];
    if (!token) throw new SyntaxProblem(`expected ${expected} but the text ended`, this.textLength);
    throw new SyntaxProblem(`expected ${expected} but found ${describeToken(token)}`, token.offset);
  }

  private take(raw: string): boolean {
    const token = this.tokens[this.index];
    if (token?.kind !== 'punct' || token.raw !== raw) return false;
    this.index += 1;
    return true;
  }

  value(depth = 0): unknown {
    if (depth > MAX_DEPTH) throw new SyntaxProblem(`more than ${MAX_DEPTH} levels of nesting`, this.offset);
    if (this.take('{')) return this.object(depth);
    if (this.take('[')) return this.array(depth);
    const token = this.tokens[this.index];
    if (token?.kind === 'string' || token?.kind === 'number') {
      this.index += 1;
      return token.value;
    }
    if (token?.kind === 'word' && Object.hasOwn(WORD_VALUES, token.raw)) {
      this.index += 1;
      return WORD_VALUES[token.raw];
    }
    return this.fail('a value');
  }

  private object(depth: number): Json {
    // Entries, not assignment: a "__proto__" key must stay a plain property, as with JSON.parse.
    const entries: [string, unknown][] = [];
    while (!this.take('}')) {
      const key = this.tokens[this.index];
      if (key?.kind !== 'string' && key?.kind !== 'word' && key?.kind !== 'number') this.fail("a property name or '}'");
      this.index += 1;
      if (!this.take(':')) this.fail(`':' after property ${JSON.stringify(String(key.value).slice(0, 40))}`);
      entries.push([String(key.value), this.value(depth + 1)]);
      if (this.take(',')) continue;
      if (this.take('}')) break;
      this.fail("',' or '}'");
    }
    return Object.fromEntries(entries);
  }

  private array(depth: number): unknown[] {
    const items: unknown[] = [];
    while (!this.take(']')) {
      items.push(this.value(depth + 1));
      if (this.take(',')) continue;
      if (this.take(']')) break;
      this.fail("',' or ']'");
    }
    return items;
  }
}

/** JSON mode when the text starts with `{` or `[`; otherwise JavaScript: the first object literal is the config. */
function readLenient(text: string): { value: unknown; javascript: boolean } {
  const tokens = tokenize(text);
  const first = tokens[0];
  if (!first) throw new SyntaxProblem('the text is empty', 0);
  const javascript = first.raw !== '{' && first.raw !== '[';
  const start = javascript ? tokens.findIndex((token) => token.kind === 'punct' && token.raw === '{') : 0;
  if (start < 0)
    throw new SyntaxProblem('no object literal { … } found (expected `const awsmobile = { … }`)', first.offset);
  const parser = new LiteralParser(tokens, start, text.length);
  const value = parser.value();
  if (!javascript && parser.offset < text.length)
    throw new SyntaxProblem('unexpected text after the end of the JSON', parser.offset);
  return { value, javascript };
}

function lineColumn(text: string, offset: number): string {
  const lines = text.slice(0, offset).split('\n');
  return `line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Formats: where each target field lives, first path found wins. The first path is the one named when missing.

type SourceField = Exclude<TargetField, 'apiId' | 'accountId'> | 'apiKey';

const SOURCES: Record<AppConfigFormat, Record<SourceField, string[]>> = {
  gen2: {
    region: ['data.aws_region', 'auth.aws_region'],
    userPoolId: ['auth.user_pool_id'],
    userPoolClientId: ['auth.user_pool_client_id'],
    identityPoolId: ['auth.identity_pool_id'],
    graphqlEndpoint: ['data.url'],
    authMode: ['data.default_authorization_type'],
    apiKey: ['data.api_key'],
  },
  gen1: {
    region: ['aws_appsync_region', 'aws_project_region', 'aws_cognito_region'],
    userPoolId: ['aws_user_pools_id'],
    userPoolClientId: ['aws_user_pools_web_client_id'],
    identityPoolId: ['aws_cognito_identity_pool_id'],
    graphqlEndpoint: ['aws_appsync_graphqlEndpoint'],
    authMode: ['aws_appsync_authenticationType'],
    apiKey: ['aws_appsync_apiKey'],
  },
  // Amplify v6 keys first; the v5 `Auth` keys as fallbacks cost nothing.
  'amplify-configure': {
    region: ['API.GraphQL.region', 'Auth.region'],
    userPoolId: ['Auth.Cognito.userPoolId', 'Auth.userPoolId'],
    userPoolClientId: ['Auth.Cognito.userPoolClientId', 'Auth.userPoolWebClientId'],
    identityPoolId: ['Auth.Cognito.identityPoolId', 'Auth.identityPoolId'],
    graphqlEndpoint: ['API.GraphQL.endpoint'],
    authMode: ['API.GraphQL.defaultAuthMode'],
    apiKey: ['API.GraphQL.apiKey'],
  },
};

// The API's additional auth modes. Gen 2 `amplify_outputs.json` writes `data.authorization_types`, an array (amplify-
// backend `client_config_contributor_v1.ts`: `awsAppsyncAdditionalAuthenticationTypes?.split(',')`); its legacy
// (Gen 1 shaped) config writes `aws_appsync_additionalAuthenticationTypes` as one comma-separated string (amplify-
// backend `client_config_to_legacy_converter.ts`, `authorization_types.join(',')`), and some Gen 1 files carry it as
// an array. Amplify v6's `Amplify.configure` object has no such key (amplify-js `parseAWSExports.ts` and
// `parseAmplifyOutputs.ts` keep only `defaultAuthMode`). Fixtures: src/chain/fixtures/app-config/*additional*.
const ADDITIONAL_AUTH: Partial<Record<AppConfigFormat, string>> = {
  gen2: 'data.authorization_types',
  gen1: 'aws_appsync_additionalAuthenticationTypes',
};
const CONFIGURE_ENDPOINTS = {
  cognitoIdp: 'Auth.Cognito.userPoolEndpoint',
  cognitoIdentity: 'Auth.Cognito.identityPoolEndpoint',
} as const;
const ENDPOINT_KEYS = [
  'cognitoIdp',
  'cognitoIdentity',
  'appsync',
  'appsyncControl',
  'cloudtrail',
  'logs',
  'iam',
  'sts',
] as const;

// Both AWS's names (AWS_IAM) and Amplify's (iam, identityPool), compared without case or punctuation.
const AUTH_MODES = new Map<string, AuthMode>(
  Object.entries({
    awsiam: 'iam',
    iam: 'iam',
    identitypool: 'iam',
    amazoncognitouserpools: 'userPool',
    userpool: 'userPool',
    apikey: 'apiKey',
    openidconnect: 'oidc',
    oidc: 'oidc',
    awslambda: 'lambda',
    lambda: 'lambda',
  } satisfies Record<string, AuthMode>),
);

const toAuthMode = (raw: string): AuthMode | undefined => AUTH_MODES.get(raw.replace(/[^a-z]/gi, '').toLowerCase());

function at(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined), root);
}

function textAt(root: unknown, path: string): string | undefined {
  const value = at(root, path);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function detectFormat(config: Json): AppConfigFormat | { problem: string } {
  if (isRecord(at(config, 'auth.plugins')) || isRecord(at(config, 'api.plugins')))
    return {
      problem:
        'this is the mobile (iOS, Android, Flutter) amplifyconfiguration.json, which Authtrace does not read. Use the web config (amplify_outputs.json or aws-exports.js) or fill in the fields by hand.',
    };
  if (isRecord(config.Auth) || isRecord(config.API)) return 'amplify-configure';
  if (Object.keys(config).some((key) => key.startsWith('aws_'))) return 'gen1';
  if (isRecord(config.auth) || isRecord(config.data)) return 'gen2';
  return {
    problem:
      'this is not an Amplify config. Expected amplify_outputs.json (auth, data), amplifyconfiguration.json or aws-exports.js (aws_user_pools_id…), or the Amplify.configure object (Auth.Cognito, API.GraphQL).',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation: the case's own schema, with messages that name the field, where it came from and what to do.

const LABELS: Record<TargetField, string> = {
  region: 'Region',
  userPoolId: 'User pool id',
  userPoolClientId: 'App client id',
  identityPoolId: 'Identity pool id',
  graphqlEndpoint: 'GraphQL endpoint',
  apiId: 'API id',
  accountId: 'Account id',
  authMode: 'Auth mode',
};

const NOUNS: Record<TargetField, string> = {
  region: 'region',
  userPoolId: 'user pool',
  userPoolClientId: 'user pool app client',
  identityPoolId: 'identity pool',
  graphqlEndpoint: 'GraphQL API',
  apiId: 'API id',
  accountId: 'account id',
  authMode: 'default authorization type',
};

function missingHint(field: TargetField, authMode: string | undefined): string {
  switch (field) {
    case 'identityPoolId':
      return authMode === 'iam'
        ? 'IAM auth needs one; add it by hand.'
        : 'Authtrace gets AWS credentials through it; add it by hand (Cognito console → Identity pools).';
    case 'region':
      return 'Add it by hand (for example us-east-1).';
    case 'userPoolId':
      return 'Authtrace signs the test user in through it; add it by hand (Cognito console → User pools).';
    case 'userPoolClientId':
      return 'Add it by hand (user pool → App clients).';
    case 'graphqlEndpoint':
      return 'Add the AppSync API URL by hand (AppSync console → Settings).';
    case 'authMode':
      return "Choose the API's default authorization mode by hand.";
    default:
      return 'Add it by hand.';
  }
}

const clip = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);
const isHttpUrl = (value: string) => /^https?:\/\/[^\s/]+/i.test(value);

function messageFor(field: TargetField, candidate: Candidate, sources: Candidate | undefined, problem: string): string {
  const value = candidate[field];
  const source = sources?.[field];
  if (value === undefined) {
    const where = source ? `is missing: this app config has no ${NOUNS[field]} (${source}).` : 'is required.';
    return `${LABELS[field]} ${where} ${missingHint(field, candidate.authMode)}`;
  }
  return `${LABELS[field]} ${problem}: got "${clip(value)}"${source ? ` from ${source}` : ''}.`;
}

function checkTarget(candidate: Candidate, sources: Candidate | undefined, preset: FieldErrors): TargetValidation {
  const fieldErrors: FieldErrors = { ...preset };
  const parsed = targetSchema.safeParse(candidate);
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !Object.hasOwn(LABELS, field) || fieldErrors[field]) continue;
    fieldErrors[field] = messageFor(field as TargetField, candidate, sources, issue.message);
  }
  const endpoint = candidate.graphqlEndpoint;
  if (endpoint && !fieldErrors.graphqlEndpoint && !isHttpUrl(endpoint))
    fieldErrors.graphqlEndpoint = messageFor('graphqlEndpoint', candidate, sources, 'must be an http(s) URL');
  if (parsed.success && Object.keys(fieldErrors).length === 0) return { ok: true, target: parsed.data };
  return { ok: false, error: Object.values(fieldErrors).join(' '), fieldErrors };
}

const TARGET_FIELDS = Object.keys(LABELS) as TargetField[];

function authModeProblem(raw: string, source?: string): string {
  return `Auth mode "${clip(raw)}"${source ? ` from ${source}` : ''} is not one of AWS_IAM, AMAZON_COGNITO_USER_POOLS, API_KEY, OPENID_CONNECT or AWS_LAMBDA. ${missingHint('authMode', undefined)}`;
}

/** Validates a hand-filled target (strings as typed; blanks count as missing) with the same messages as a config. */
export function validateTarget(input: unknown): TargetValidation {
  if (!isRecord(input))
    return {
      ok: false,
      error:
        'Fill in the target: region, user pool id, app client id, identity pool id, GraphQL endpoint and auth mode.',
      fieldErrors: {},
    };
  const candidate: Candidate = {};
  for (const field of TARGET_FIELDS) {
    const value = textAt(input, field);
    if (value !== undefined) candidate[field] = value;
  }
  const preset: FieldErrors = {};
  if (candidate.authMode !== undefined) {
    const mode = toAuthMode(candidate.authMode);
    if (mode) candidate.authMode = mode;
    else {
      preset.authMode = authModeProblem(candidate.authMode);
      delete candidate.authMode;
    }
  }
  return checkTarget(candidate, undefined, preset);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a config document.

interface Extraction {
  read: AppConfigRead;
  candidate: Candidate;
  sources: Candidate;
  fieldErrors: FieldErrors;
}

function extractFields(config: Json, format: AppConfigFormat, extraction: Extraction): void {
  const { candidate, sources, fieldErrors, read } = extraction;
  for (const [field, paths] of Object.entries(SOURCES[format]) as [SourceField, string[]][]) {
    const source = paths.find((path) => textAt(config, path) !== undefined);
    const value = source === undefined ? undefined : textAt(config, source);
    if (field === 'apiKey') {
      if (value) read.apiKey = value;
      continue;
    }
    sources[field] = source ?? paths[0];
    if (value !== undefined) candidate[field] = value;
  }
  if (candidate.authMode !== undefined) {
    const raw = candidate.authMode;
    const mode = toAuthMode(raw);
    if (mode) candidate.authMode = mode;
    else {
      delete candidate.authMode;
      fieldErrors.authMode = authModeProblem(raw, sources.authMode);
    }
  }
}

/** The additional modes as listed: an array of names or one comma-separated string; undefined when absent. */
function additionalModes(config: Json, format: AppConfigFormat): string[] | undefined {
  const path = ADDITIONAL_AUTH[format];
  const listed = path ? at(config, path) : undefined;
  if (Array.isArray(listed)) return listed.filter((mode): mode is string => typeof mode === 'string');
  if (typeof listed === 'string')
    return listed
      .split(',')
      .map((mode) => mode.trim())
      .filter(Boolean);
  return undefined;
}

/** The default mode and the additional ones the config lists, each once; unknown names are left out with a note. */
function readAuthModes(config: Json, format: AppConfigFormat, extraction: Extraction): void {
  const additional = additionalModes(config, format);
  if (additional === undefined) return;
  const modes: AuthMode[] = extraction.candidate.authMode ? [extraction.candidate.authMode as AuthMode] : [];
  for (const raw of additional) {
    const mode = toAuthMode(raw);
    if (!mode)
      extraction.read.warnings.push(
        `Additional auth mode "${clip(raw)}" from ${ADDITIONAL_AUTH[format] ?? 'the config'} is not one Authtrace knows; it was left out.`,
      );
    else if (!modes.includes(mode)) modes.push(mode);
  }
  extraction.read.apiAuthModes = modes;
}

function readEndpoints(root: Json, config: Json, extraction: Extraction): void {
  const found: ConfigEndpoints = {};
  for (const [key, path] of Object.entries(CONFIGURE_ENDPOINTS)) {
    const value = textAt(config, path);
    if (value) found[key as keyof typeof CONFIGURE_ENDPOINTS] = value;
  }
  const listed = root.endpoints;
  if (listed !== undefined && !isRecord(listed))
    extraction.fieldErrors.endpoints = 'endpoints must be an object of URLs ({ "cognitoIdp": "http://…", … }).';
  for (const [key, value] of Object.entries(isRecord(listed) ? listed : {})) {
    if (!(ENDPOINT_KEYS as readonly string[]).includes(key)) {
      extraction.read.warnings.push(
        `endpoints.${key} is not an endpoint Authtrace uses (${ENDPOINT_KEYS.join(', ')}); it was ignored.`,
      );
    } else if (typeof value === 'string' && isHttpUrl(value.trim())) {
      found[key as keyof ConfigEndpoints] = value.trim();
    } else {
      extraction.fieldErrors[`endpoints.${key}`] =
        `endpoints.${key} must be an http(s) URL such as http://127.0.0.1:4510; fix it or remove it.`;
    }
  }
  if (Object.keys(found).length > 0) extraction.read.endpoints = found;
}

/** The sandbox document (and any wrapper around the outputs) may name the account, the API id and the region. */
function readWrapper(root: Json, extraction: Extraction): void {
  const { candidate, sources } = extraction;
  for (const field of ['accountId', 'apiId'] as const) {
    const value = textAt(root, field);
    if (value !== undefined) {
      candidate[field] = value;
      sources[field] = field;
    }
  }
  if (root.testRun !== undefined) {
    const variant = runVariantSchema.safeParse(root.testRun);
    if (variant.success) extraction.read.testRun = variant.data;
    else extraction.read.warnings.push('testRun is not a run variant Authtrace knows; the standard run is used.');
  }
  const region = textAt(root, 'region');
  if (candidate.region === undefined && region !== undefined) {
    candidate.region = region;
    sources.region = 'region';
  }
}

/** Amplify.configure has no auth region: Cognito takes it from the pool id's prefix, and so do we. */
function fillRegionFromPool({ candidate, sources }: Extraction): void {
  const poolRegion = candidate.userPoolId?.match(/^([a-z]{2}(?:-[a-z]+)+-\d)_/)?.[1];
  if (candidate.region !== undefined || !poolRegion) return;
  candidate.region = poolRegion;
  sources.region = `the prefix of ${sources.userPoolId ?? 'the user pool id'}`;
}

function addWarnings(config: Json, format: AppConfigFormat, extraction: Extraction): void {
  const { candidate, read } = extraction;
  const regions = SOURCES[format].region.flatMap((path) => {
    const value = textAt(config, path);
    return value ? [`${path} ${value}`] : [];
  });
  if (new Set(regions.map((r) => r.split(' ')[1])).size > 1)
    read.warnings.push(
      `This config names more than one region (${regions.join(', ')}); the target uses ${candidate.region ?? '?'}, the first of them.`,
    );
  const host = candidate.graphqlEndpoint?.match(/\.appsync-api\.([a-z0-9-]+)\.amazonaws\.com/)?.[1];
  if (host && candidate.region && host !== candidate.region)
    read.warnings.push(
      `The GraphQL endpoint is in ${host} but the region is ${candidate.region}; AppSync requests are signed for the region, so check which is right.`,
    );
  const hasIam = (additionalModes(config, format) ?? []).some((mode) => toAuthMode(mode) === 'iam');
  if (hasIam && candidate.authMode && candidate.authMode !== 'iam')
    read.warnings.push(
      `The API's default auth mode is ${candidate.authMode} and AWS_IAM is an additional one: set the auth mode to IAM if the failing request uses identity pool credentials.`,
    );
  if (candidate.authMode === 'apiKey' && !read.apiKey)
    read.warnings.push(
      `The default auth mode is API_KEY but the config has no API key (${SOURCES[format].apiKey[0]}).`,
    );
}

function readDocument(text: string): { value: unknown; warning?: string } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    const { value, javascript } = readLenient(text);
    return javascript
      ? { value }
      : {
          value,
          warning:
            'This file is not strict JSON (comments, single quotes, unquoted keys or trailing commas); it was read leniently.',
        };
  }
}

function readConfig(text: string, name: string): AppConfigResult {
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim())
    return {
      ok: false,
      error: `${name} is empty: paste or drop amplify_outputs.json, amplifyconfiguration.json or aws-exports.js.`,
      fieldErrors: {},
    };
  let document: { value: unknown; warning?: string };
  try {
    document = readDocument(clean);
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error;
    return {
      ok: false,
      error: `${name} could not be read: ${error.message} at ${lineColumn(clean, error.offset)}.`,
      fieldErrors: {},
    };
  }
  const root = document.value;
  if (!isRecord(root))
    return {
      ok: false,
      error: `${name} is not a config object: expected { … } at the top, as in amplify_outputs.json.`,
      fieldErrors: {},
    };
  const config = isRecord(root.amplifyOutputs) ? root.amplifyOutputs : root;
  const format = detectFormat(config);
  if (typeof format !== 'string') return { ok: false, error: `${name}: ${format.problem}`, fieldErrors: {} };

  const extraction: Extraction = {
    read: { format, target: {}, warnings: document.warning ? [document.warning] : [] },
    candidate: {},
    sources: {},
    fieldErrors: {},
  };
  extractFields(config, format, extraction);
  readWrapper(root, extraction);
  fillRegionFromPool(extraction);
  readEndpoints(root, config, extraction);
  readAuthModes(config, format, extraction);
  addWarnings(config, format, extraction);
  const { read, candidate, sources, fieldErrors } = extraction;
  read.target = { ...candidate } as Partial<Target>;

  const checked = checkTarget(candidate, sources, fieldErrors);
  if (!checked.ok) return { ok: false, error: `${name}: ${checked.error}`, fieldErrors: checked.fieldErrors, read };
  const { apiId, accountId } = checked.target;
  return {
    ok: true,
    ...read,
    target: checked.target,
    ...(apiId ? { apiId } : {}),
    ...(accountId ? { accountId } : {}),
  };
}

/**
 * Reads an app config into a validated target. Never throws: anything unreadable comes back as `ok: false` with a
 * message naming the field (and the config key it came from) and what to do.
 */
export function parseAppConfig(text: string, fileName?: string): AppConfigResult {
  const name = fileName?.split(/[\\/]/).at(-1) || 'The config';
  try {
    return readConfig(typeof text === 'string' ? text : '', name);
  } catch (error) {
    return {
      ok: false,
      error: `${name} could not be read (${error instanceof Error ? error.message : 'unexpected error'}).`,
      fieldErrors: {},
    };
  }
}
