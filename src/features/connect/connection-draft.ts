import { authModeSchema, targetSchema, type AuthMode } from '@/chain/case';
import type { AppConfigResult } from '@/chain/app-config';
import type { Connection, Endpoints } from '@/chain/connection';
import { msg, type Message, type PlainMessageId } from '@/chain/messages/catalog';

/** What the Connect form holds: every field as typed, so nothing is lost while it is invalid. */
export interface ConnectionDraft {
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  identityPoolId: string;
  graphqlEndpoint: string;
  authMode: string;
  apiId: string;
  accountId: string;
  endpoints: Endpoints;
  /** Every mode the API accepts, when the config says (not a form field). */
  apiAuthModes?: AuthMode[];
}

export const EMPTY_DRAFT: ConnectionDraft = {
  region: '',
  userPoolId: '',
  userPoolClientId: '',
  identityPoolId: '',
  graphqlEndpoint: '',
  authMode: 'iam',
  apiId: '',
  accountId: '',
  endpoints: {},
};

export type DraftField = Exclude<keyof ConnectionDraft, 'endpoints' | 'apiAuthModes'>;

export type DraftValidation =
  | { connection: Connection; errors: Record<string, never> }
  | { connection: null; errors: Partial<Record<DraftField, Message>> };

/** A field's name (the catalog's `ui.field.*`). */
export function fieldLabel(field: DraftField): Message {
  return msg(`ui.field.${field}`);
}

// What a bad value of each field should look like; fields without a format of their own get the general message.
const INVALID: Partial<Record<DraftField, PlainMessageId>> = {
  region: 'ui.field.invalid.region',
  userPoolId: 'ui.field.invalid.userPoolId',
  userPoolClientId: 'ui.field.invalid.userPoolClientId',
  identityPoolId: 'ui.field.invalid.identityPoolId',
  graphqlEndpoint: 'ui.field.invalid.graphqlEndpoint',
  accountId: 'ui.field.invalid.accountId',
};

/**
 * The form after a config was read (pasted, dropped or the sandbox's): every field the config names, its custom
 * endpoints, and every auth mode the API accepts (the default and the additional ones), so that a run against an
 * API with IAM as an additional mode gets identity pool credentials (`runNeedsCredentials`).
 */
export function draftFromConfig(
  draft: ConnectionDraft,
  result: Extract<AppConfigResult, { ok: true }>,
): ConnectionDraft {
  const t = result.target;
  const next: ConnectionDraft = {
    ...draft,
    region: t.region,
    userPoolId: t.userPoolId,
    userPoolClientId: t.userPoolClientId,
    identityPoolId: t.identityPoolId,
    graphqlEndpoint: t.graphqlEndpoint,
    authMode: t.authMode,
    apiId: result.apiId ?? t.apiId ?? draft.apiId,
    accountId: result.accountId ?? t.accountId ?? draft.accountId,
    endpoints: result.endpoints ?? draft.endpoints,
  };
  // Modes belong to the config just read: another config's list must not linger.
  delete next.apiAuthModes;
  if (result.apiAuthModes) next.apiAuthModes = result.apiAuthModes;
  return next;
}

/** Validates the form with the case's own schema; each bad field gets its own message. */
export function validateDraft(draft: ConnectionDraft): DraftValidation {
  const parsed = targetSchema.safeParse({
    region: draft.region.trim(),
    userPoolId: draft.userPoolId.trim(),
    userPoolClientId: draft.userPoolClientId.trim(),
    identityPoolId: draft.identityPoolId.trim(),
    graphqlEndpoint: draft.graphqlEndpoint.trim(),
    authMode: authModeSchema.safeParse(draft.authMode).success ? draft.authMode : 'iam',
    ...(draft.apiId.trim() ? { apiId: draft.apiId.trim() } : {}),
    ...(draft.accountId.trim() ? { accountId: draft.accountId.trim() } : {}),
  });
  if (parsed.success)
    return {
      connection: {
        target: parsed.data,
        endpoints: draft.endpoints,
        ...(draft.apiAuthModes ? { apiAuthModes: draft.apiAuthModes } : {}),
      },
      errors: {},
    };
  const errors: Partial<Record<DraftField, Message>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as DraftField | undefined;
    if (!field || errors[field]) continue;
    const value = draft[field];
    const invalid = INVALID[field];
    errors[field] =
      value.trim() === ''
        ? msg('ui.field.required', { field })
        : invalid
          ? msg(invalid)
          : msg('ui.field.invalid.other', { field });
  }
  return { connection: null, errors };
}
