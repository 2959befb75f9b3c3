import * as z from 'zod/mini';
import { authModeSchema, type AuthMode, type Target } from './case';

/**
 * Custom endpoints (the local sandbox's, or a proxy's). Absent means AWS's public endpoints for the region.
 * Amplify takes the Cognito ones from `Amplify.configure` (amplify_outputs.json cannot carry them).
 */
export interface Endpoints {
  cognitoIdp?: string;
  cognitoIdentity?: string;
  appsync?: string;
  /**
   * AppSync's control plane (`appsync.<region>.amazonaws.com`; GetGraphqlApi, GetIntrospectionSchema, resolvers). It
   * answers no CORS: a browser reaches it through a same-origin relay, so this is where the relay's URL goes.
   */
  appsyncControl?: string;
  cloudtrail?: string;
  logs?: string;
  iam?: string;
  sts?: string;
}

/** What the investigation talks to: the app's target and where its services answer. */
export interface Connection {
  target: Target;
  endpoints: Endpoints;
  /**
   * Authtrace's same-origin AWS relay (`<origin>/aws-relay`), when the page is served by `npm run serve` or
   * `npm start`: services without CORS (IAM, AppSync's control plane) are read through it from a browser.
   */
  relay?: string;

  /**
   * Every authorization mode the API accepts (default and additional), when known (amplify_outputs.json
   * `data.authorization_types`, the sandbox's config). The target's `authMode` is only the default.
   */
  apiAuthModes?: AuthMode[];
}

/**
 * Whether the run fetches identity pool credentials: when the app's call is IAM-signed, or the API accepts IAM in any
 * mode (its default, or an additional one): an app that can use IAM gets credentials after sign-in, as Amplify does.
 */
export function runNeedsCredentials(connection: Connection, variant: RunVariant = {}): boolean {
  const { authMode } = connection.target;
  return (
    variant.authMode === 'iam' ||
    variant.signAs !== undefined ||
    authMode === 'iam' ||
    (connection.apiAuthModes ?? []).includes('iam')
  );
}

/** The engineer's read-only credentials: held in memory only, never put in a case, a URL or storage. */
export interface ReadOnlyCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * How a run differs from the standard one (sign-in → fetchAuthSession → signed GraphQL request), to reproduce what
 * a given app does. The sandbox's config document declares it per scenario; the dashboard and the CLI both apply it.
 */
export const runVariantSchema = z.object({
  /** `guest`: after sign-in, sign out and take guest credentials (an app that does not attach the ID token). */
  credentials: z.optional(z.literal('guest')),
  /** The auth mode of the GraphQL call, when the app's call overrides its config's default. */
  authMode: z.optional(authModeSchema),
  /** The region the app config gives the API (`data.aws_region`), when it differs from the target's. */
  graphqlRegion: z.optional(z.string()),
  /** Wait between getting credentials and sending the request (an app that keeps its credentials for later). */
  delayBeforeRequestMs: z.optional(z.number().check(z.gte(0), z.lte(600_000))),
  /** The app adds `Bearer ` before the user pool token it sends to AppSync (an interceptor, a custom header). */
  bearerPrefix: z.optional(z.boolean()),
  /** An identity id the app has stored from before (another user's, another pool's), which Amplify presents first. */
  cachedIdentityId: z.optional(z.string().check(z.maxLength(64))),
  /**
   * The app calls the identity pool with the AWS SDK and builds `Logins` itself: keyed by the provider name or by the
   * user pool id alone, with the ID token or the access token.
   */
  sdkLogins: z.optional(z.object({ key: z.enum(['provider-name', 'user-pool-id']), token: z.enum(['id', 'access']) })),
  /**
   * The app signs the GraphQL request itself with the credentials' access key id and secret key and drops their
   * session token (a hand-built signer given two of the three values).
   */
  sessionToken: z.optional(z.literal('dropped')),
  /**
   * The request is made by a function or a script with its own IAM role: the run takes that role with STS
   * `AssumeRole` (signed with the identity pool credentials) and signs the GraphQL request with the session.
   */
  signAs: z.optional(
    z.object({
      roleArn: z.string().check(z.regex(/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/)),
      roleSessionName: z.string().check(z.regex(/^[\w+=,.@-]{2,64}$/)),
    }),
  ),
});
export type RunVariant = z.infer<typeof runVariantSchema>;

/** One base URL for every service (the local sandbox): what `--endpoint` and the sandbox picker set. */
export function endpointsAt(base: string): Endpoints {
  return {
    cognitoIdp: base,
    cognitoIdentity: base,
    appsync: base,
    appsyncControl: base,
    cloudtrail: base,
    logs: base,
    iam: base,
    sts: base,
  };
}
