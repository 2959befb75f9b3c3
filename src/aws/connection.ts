import type { Target } from '@/chain/case';

/**
 * Custom endpoints, for the local sandbox or a proxy. Empty means AWS's public endpoints for the region.
 * Amplify takes the Cognito ones from `Amplify.configure` (amplify_outputs.json cannot carry them).
 */
export interface Endpoints {
  cognitoIdp?: string;
  cognitoIdentity?: string;
  cloudtrail?: string;
  logs?: string;
  iam?: string;
}

/** Read-only credentials of the engineer: held in memory only, never put in a case, a URL or storage. */
export interface ReadOnlyCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface Connection {
  target: Target;
  endpoints: Endpoints;
}
