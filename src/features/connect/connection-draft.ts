import { authModeSchema, targetSchema, type AuthMode } from '@/chain/case';
import type { Connection, Endpoints } from '@/chain/connection';

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
  | { connection: null; errors: Partial<Record<DraftField, string>> };

const LABELS: Record<DraftField, string> = {
  region: 'Region',
  userPoolId: 'User pool id',
  userPoolClientId: 'App client id',
  identityPoolId: 'Identity pool id',
  graphqlEndpoint: 'GraphQL endpoint',
  authMode: 'Auth mode',
  apiId: 'API id',
  accountId: 'Account id',
};

export function fieldLabel(field: DraftField): string {
  return LABELS[field];
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
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as DraftField | undefined;
    if (!field || errors[field]) continue;
    const value = draft[field];
    errors[field] = value.trim() === '' ? `${LABELS[field]} is required.` : `${LABELS[field]} ${issue.message}.`;
  }
  return { connection: null, errors };
}
