import type { AppSyncResolver, Case } from './case';

/**
 * Reading AppSync's authorization after IAM from the control plane's answers (pure): the directives a field carries
 * in the schema, and the check Amplify's GraphQL transformer wrote into its resolver (amplify-category-api,
 * graphql-auth-transformer `resolvers/helpers.ts`: `iamCheck`, `iamAdminRoleCheckExpression`, the stash's
 * `authRole` / `unauthRole` / `adminRoles`). A reader of the generated code's public shape, not a VTL interpreter.
 */

const AUTH_DIRECTIVE = /@aws_(iam|cognito_user_pools|api_key|oidc|lambda|auth)\b(\([^)]*\))?/g;

export interface FieldDirectives {
  /** AppSync auth directives on the field, and on its type (used when the field has none). */
  onField: string[];
  onType: string[];
  /** Whether AppSync's directive check lets AWS_IAM callers reach the field; undefined when the modes are unknown. */
  iamAllowed: boolean | undefined;
}

const escape = (name: string) => name.replace(/[^\w]/g, '');

/** The directives of `Type.field` in an SDL schema, or undefined when the schema does not define the field. */
export function fieldDirectives(
  sdl: string,
  typeName: string,
  fieldName: string,
  defaultMode: string | undefined,
): FieldDirectives | undefined {
  const header = new RegExp(`(?:^|\\n)\\s*(?:extend\\s+)?type\\s+${escape(typeName)}\\b([^{]*)\\{`, 'g');
  const onType: string[] = [];
  let onField: string[] | undefined;
  for (let match = header.exec(sdl); match; match = header.exec(sdl)) {
    onType.push(...(match[1]?.match(AUTH_DIRECTIVE) ?? []));
    const start = match.index + match[0].length;
    const end = sdl.indexOf('}', start);
    const body = sdl.slice(start, end === -1 ? undefined : end);
    const line = new RegExp(`(?:^|\\n)\\s*${escape(fieldName)}\\s*(\\([^)]*\\))?\\s*:([^\\n]*)`).exec(body);
    if (line) onField = line[2]?.match(AUTH_DIRECTIVE) ?? [];
  }
  if (onField === undefined) return undefined;
  const rules = onField.length > 0 ? onField : onType;
  const iamAllowed =
    rules.length > 0
      ? rules.some((d) => d.startsWith('@aws_iam'))
      : defaultMode === undefined
        ? undefined
        : defaultMode === 'AWS_IAM';
  return { onField, onType, iamAllowed };
}

/** The authorization an Amplify-generated resolver runs, as read from its code. */
export interface ResolverCheck {
  /** Where the check was read: a JSON pointer into the case (the template holding the IAM branch). */
  pointer: string;
  authRole?: string;
  unauthRole?: string;
  identityPoolId?: string;
  adminRoles: string[];
  /** The IAM branch's rules: private (auth role / the pool's authenticated identities), public (unauth role). */
  iamPrivate: boolean;
  iamPublic: boolean;
  /** The user pool branch's rules. */
  userPoolPrivate: boolean;
  userPoolOwner: boolean;
  userPoolGroups: boolean;
}

// VTL `$util.qr($ctx.stash.put("authRole", "…"))`; APPSYNC_JS `ctx.stash.authRole = '…'`.
const stashed = (text: string, key: string) =>
  new RegExp(`stash\\.put\\(\\s*"${key}"\\s*,\\s*"([^"]+)"`).exec(text)?.[1] ??
  new RegExp(`ctx\\.stash\\.${key}\\s*=\\s*["'\`]([^"'\`]+)["'\`]`).exec(text)?.[1];

function listOf(text: string): string[] {
  const match =
    /(?:\$adminRoles\s*=|stash\.put\(\s*"adminRoles"\s*,|(?:const|let|var)\s+adminRoles\s*=|stash\.adminRoles\s*=)\s*(\[[^\]]*\])/.exec(
      text,
    );
  if (!match?.[1]) return [];
  try {
    // APPSYNC_JS writes string literals in single quotes as often as not.
    const literal = match[1].includes('"') ? match[1] : match[1].replace(/'/g, '"');
    const parsed: unknown = JSON.parse(literal.replace(/,\s*\]$/, ']'));
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The lines of the `if (util.authType() === '<mode>') { … }` block of APPSYNC_JS code, with their depth inside it
 * (1 = directly in it): the same check as the VTL, as JavaScript resolvers write it (`util.authType()` answers the
 * same mode names; AWS AppSync Developer Guide, "Utility helpers in util", APPSYNC_JS runtime).
 */
function jsBlock(text: string, mode: string): { line: string; depth: number }[] | undefined {
  const at = new RegExp(`util\\.authType\\(\\)\\s*={2,3}\\s*["'\`]${mode}["'\`]`).exec(text);
  if (!at) return undefined;
  const open = text.indexOf('{', at.index + at[0].length);
  if (open === -1) return undefined;
  let depth = 0;
  let end = text.length;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}') depth -= 1;
    if (depth === 0) {
      end = i;
      break;
    }
  }
  const out: { line: string; depth: number }[] = [];
  let current = 1;
  for (const line of text.slice(open + 1, end).split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    out.push({ line: trimmed, depth: trimmed.startsWith('}') ? current - 1 : current });
    current += (trimmed.match(/\{/g) ?? []).length - (trimmed.match(/\}/g) ?? []).length;
  }
  return out;
}

/** The lines of the `#if( $util.authType() == "<mode>" )` block, with their depth inside it (1 = directly in it). */
function block(text: string, mode: string): { line: string; depth: number }[] | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.includes('$util.authType()') && l.includes(`"${mode}"`));
  if (start === -1) return jsBlock(text, mode);
  const out: { line: string; depth: number }[] = [];
  let depth = 1;
  for (const line of lines.slice(start + 1)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('#end')) depth -= 1;
    if (depth === 0) break;
    out.push({ line: trimmed, depth });
    if (trimmed.startsWith('#if') || trimmed.startsWith('#foreach')) depth += 1;
  }
  return out;
}

/** The templates of a resolver, in the order AppSync runs them, each with its pointer into the case. */
function templates(c: Case, resolver: AppSyncResolver): { pointer: string; text: string }[] {
  const index = c.appsync?.resolvers.indexOf(resolver) ?? -1;
  const base = `/appsync/resolvers/${index}`;
  const out: { pointer: string; text: string }[] = [];
  if (resolver.requestMappingTemplate)
    out.push({ pointer: `${base}/requestMappingTemplate`, text: resolver.requestMappingTemplate });
  if (resolver.code) out.push({ pointer: `${base}/code`, text: resolver.code });
  resolver.functions.forEach((fn, i) => {
    if (fn.requestMappingTemplate)
      out.push({ pointer: `${base}/functions/${i}/requestMappingTemplate`, text: fn.requestMappingTemplate });
    if (fn.code) out.push({ pointer: `${base}/functions/${i}/code`, text: fn.code });
  });
  return out;
}

/** The Amplify authorization check of a resolver, or undefined when its code has no IAM branch Amplify writes. */
export function readResolverCheck(c: Case, resolver: AppSyncResolver): ResolverCheck | undefined {
  const parts = templates(c, resolver);
  const all = parts.map((p) => p.text).join('\n');
  const holder = parts.find((p) => block(p.text, 'IAM Authorization'));
  if (!holder) return undefined;
  const iam = block(holder.text, 'IAM Authorization') ?? [];
  const pool = block(holder.text, 'User Pool Authorization') ?? [];
  const has = (lines: { line: string }[], pattern: RegExp) => lines.some(({ line }) => pattern.test(line));
  const authRole = stashed(all, 'authRole');
  const unauthRole = stashed(all, 'unauthRole');
  const identityPoolId =
    /cognitoIdentityPoolId\s*={2,3}\s*["']([^"']+)["']/.exec(holder.text)?.[1] ?? stashed(all, 'identityPoolId');
  return {
    pointer: holder.pointer,
    ...(authRole ? { authRole } : {}),
    ...(unauthRole ? { unauthRole } : {}),
    ...(identityPoolId ? { identityPoolId } : {}),
    adminRoles: listOf(all),
    iamPrivate: has(iam, /userArn\s*={2,3}\s*\$?ctx\.stash\.authRole/),
    iamPublic: has(iam, /userArn\s*={2,3}\s*\$?ctx\.stash\.unauthRole/),
    userPoolPrivate: pool.some(
      ({ line, depth }) =>
        depth === 1 &&
        (/^#set\(\s*\$isAuthorized\s*=\s*true\s*\)/.test(line) ||
          /^(?:(?:let|var)\s+)?isAuthorized\s*=\s*true\b/.test(line)),
    ),
    userPoolOwner: has(pool, /ownerClaim|authFilter/),
    userPoolGroups: has(pool, /staticGroupRoles|groupsInToken/),
  };
}

/** The caller as `$ctx.identity` shows it to a resolver: the role session, its pool, authenticated or guest. */
export interface ResolverCaller {
  sessionArn: string;
  identityPoolId: string;
  guest: boolean;
}

/** `arn:aws:sts::<account>:assumed-role/<role>/CognitoIdentityCredentials` for a role the identity pool issued. */
export function cognitoSessionArn(roleArn: string): string {
  const account = roleArn.split(':')[4] ?? '';
  return `arn:aws:sts::${account}:assumed-role/${roleArn.split('/').pop() ?? ''}/CognitoIdentityCredentials`;
}

/**
 * Whether the check admits the caller, in the transformer's order: an admin role contained in the caller's ARN
 * (and not the auth/unauth role), then private (the stashed auth role, or an authenticated identity of the baked-in
 * pool), then public (the stashed unauth role).
 */
export function admits(check: ResolverCheck, caller: ResolverCaller): boolean {
  const { sessionArn } = caller;
  if (
    check.adminRoles.some(
      (role) => sessionArn.includes(role) && sessionArn !== check.authRole && sessionArn !== check.unauthRole,
    )
  )
    return true;
  if (check.iamPrivate) {
    if (sessionArn === check.authRole) return true;
    if (check.identityPoolId && caller.identityPoolId === check.identityPoolId && !caller.guest) return true;
  }
  return check.iamPublic && sessionArn === check.unauthRole;
}
