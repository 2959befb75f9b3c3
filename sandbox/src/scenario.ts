/**
 * The shape of one emulated customer account. A scenario file under `sandbox/scenarios/` builds one of these
 * (usually by adjusting `baseAccount()`), and names the failure-mode id from shared/FAILURE-MODES.md it reproduces.
 */

export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Principal?: unknown;
  NotPrincipal?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

export type ExplicitAuthFlow =
  | 'ALLOW_USER_SRP_AUTH'
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH'
  | 'ALLOW_CUSTOM_AUTH';

export interface AppClient {
  clientId: string;
  name: string;
  explicitAuthFlows: ExplicitAuthFlow[];
  idTokenValiditySeconds: number;
  accessTokenValiditySeconds: number;
}

export interface PoolUser {
  username: string;
  password: string;
  sub: string;
  email: string;
  groups: string[];
}

export interface PoolGroup {
  name: string;
  roleArn?: string;
  precedence?: number;
}

export interface UserPool {
  id: string;
  clients: AppClient[];
  users: PoolUser[];
  groups: PoolGroup[];
}

export interface RoleMappingRule {
  claim: string;
  matchType: 'Equals' | 'Contains' | 'StartsWith' | 'NotEqual';
  value: string;
  roleArn: string;
}

export interface RoleMapping {
  type: 'Token' | 'Rules';
  ambiguousRoleResolution: 'AuthenticatedRole' | 'Deny';
  rules?: RoleMappingRule[];
}

export interface IdentityPool {
  id: string;
  name: string;
  allowUnauthenticatedIdentities: boolean;
  /** Cognito user pool providers: `cognito-idp.<region>.amazonaws.com/<userPoolId>` + app client id. */
  providers: { providerName: string; clientId: string }[];
  roles: { authenticated?: string; unauthenticated?: string };
  /** Keyed like `SetIdentityPoolRoles`' `RoleMappings`: `<provider name>:<app client id>` for a user pool. */
  roleMappings: Record<string, RoleMapping>;
  /**
   * Lifetime of the credentials GetCredentialsForIdentity issues, seconds. AWS always issues one hour; a scenario
   * shortens it so a test can outlive its credentials in seconds instead of an hour.
   */
  credentialsLifetimeSeconds?: number;
  /** Identities other users already have (identity id → their login), e.g. one an app cached for another user. */
  knownIdentities?: { identityId: string; providerName: string; sub: string }[];
}

export interface Role {
  name: string;
  arn: string;
  trustPolicy: PolicyDocument;
  inlinePolicies: Record<string, PolicyDocument>;
  attachedPolicyArns: string[];
  permissionsBoundaryArn?: string;
}

export interface ManagedPolicy {
  arn: string;
  name: string;
  document: PolicyDocument;
}

export type AppSyncAuthType = 'AWS_IAM' | 'AMAZON_COGNITO_USER_POOLS' | 'API_KEY' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

export interface GraphqlApi {
  id: string;
  name: string;
  defaultAuthType: AppSyncAuthType;
  additionalAuthTypes: AppSyncAuthType[];
  /** SDL with AppSync directives (`@aws_iam`, `@aws_cognito_user_pools`, `@aws_api_key`). */
  schema: string;
  /** Static data served by the resolvers: top-level field name → value. */
  data: Record<string, unknown>;
  apiKey?: string;
  logging: { enabled: boolean; fieldLogLevel: 'NONE' | 'ERROR' | 'ALL' };
  /** Region the API lives in (the region a SigV4 scope must name). */
  region: string;
  /** Resolvers Amplify generated for top-level fields, with the authorization they run (none: direct data). */
  resolvers?: AmplifyResolver[];
  /**
   * The `Host` AppSync receives when something in front of it (a custom domain, a CDN, a proxy) forwards another one
   * than the browser signed: the signature cannot match (aws-amplify/amplify-js #8058). Absent: the request's own.
   */
  forwardedHost?: string;
}

/**
 * A model rule as Amplify's GraphQL transformer reads it. Gen 1 `@auth(rules: [...])`; Gen 2 `allow.guest()` is
 * public/iam, `allow.authenticated('identityPool')` private/iam, `allow.authenticated()` private/userPools,
 * `allow.owner()` owner, `allow.groups([...])` groups (docs.amplify.aws, "Customize your auth rules").
 */
export type AmplifyRule =
  | { allow: 'public'; provider: 'iam' | 'apiKey' }
  | { allow: 'private'; provider: 'iam' | 'userPools' }
  | { allow: 'owner'; ownerField: string; identityClaim: string }
  | { allow: 'groups'; groups: string[] };

/**
 * What the transformer bakes into a resolver at deploy time (aws-amplify/amplify-category-api,
 * graphql-auth-transformer `resolvers/helpers.ts`, `iamCheck` / `iamAdminRoleCheckExpression`): the stash's
 * `authRole` / `unauthRole` (assumed-role ARNs of the identity pool's roles), the identity pool id an IAM caller may
 * come from, and `adminRoles` (Gen 1 `custom-roles.json` `adminRoleNames`, Gen 2 functions and sandbox roles).
 */
export interface AmplifyAuthCheck {
  generation: 'gen1' | 'gen2';
  authRole?: string;
  unauthRole?: string;
  identityPoolId?: string;
  adminRoles: string[];
  rules: AmplifyRule[];
}

export interface AmplifyResolver {
  typeName: string;
  fieldName: string;
  /** PIPELINE (the transformer's: stash, auth function, data function) or UNIT (the check inlined). */
  kind: 'PIPELINE' | 'UNIT';
  auth: AmplifyAuthCheck;
}

export interface ReadOnlyPrincipal {
  userName: string;
  arn: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Identity policy of the engineer's read-only principal, evaluated for every CloudTrail/Logs/IAM call. */
  policy: PolicyDocument;
}

export interface CloudTrailBehaviour {
  /** Seconds between an API call and its record becoming visible to LookupEvents. */
  deliveryDelaySeconds: number;
  /** LookupEvents calls per second before ThrottlingException (AWS: about 2). */
  lookupCallsPerSecond: number;
  /** Unrelated management events seeded over the day around the run (a busy app's sign-ins, for the benchmark). */
  noiseEvents: number;
  /**
   * Which STS endpoint the web-identity calls reach. `regional` (default): recorded in the pool's region, as a real
   * enhanced-flow record shows (`endpointType: "regional"`, `sts.<region>.amazonaws.com`; FAILURE-MODES.md);
   * `global`: `sts.amazonaws.com`, whose calls CloudTrail records in us-east-1 only (since November 2021, AWS
   * "CloudTrail concepts: global service events").
   */
  stsEndpoint?: 'regional' | 'global';
}

/**
 * Behaviours no public source settles (sandbox/FIDELITY.md). Each is switchable per scenario and per run (admin
 * `POST /__sandbox/scenario` with `"unconfirmed": {…}`), and the product is tested under every setting.
 */
export interface Unconfirmed {
  /**
   * Whether LookupEvents' `Username` attribute selects a `WebIdentityUser` event by its identity id (the record's
   * `userIdentity.userName`). Default true; false: such events carry no `Username` at all.
   */
  usernameSelectsIdentityId: boolean;
  /**
   * `errorMessage` of a failed AssumeRoleWithWebIdentity record: `unknown-error` ("An unknown error occurred", seen
   * for web identities in the AWS Knowledge Center's EKS article; default) or `not-authorized` (STS's own answer).
   */
  failedWebIdentityMessage: 'unknown-error' | 'not-authorized';
  /**
   * Which response headers the services' CORS answers let a browser read (`Access-Control-Expose-Headers`, cors.ts):
   * `listed` (x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, x-amz-request-id, Date; default) or `none`
   * (a browser reads only the CORS-safelisted headers, so no request id and no error type from headers).
   */
  exposedHeaders: 'listed' | 'none';
}

export const DEFAULT_UNCONFIRMED: Unconfirmed = {
  usernameSelectsIdentityId: true,
  failedWebIdentityMessage: 'unknown-error',
  exposedHeaders: 'listed',
};

/** The scenario's settings of the unconfirmed behaviours, defaults filled in. */
export function unconfirmedOf(scenario: Pick<Scenario, 'unconfirmed'>): Unconfirmed {
  return { ...DEFAULT_UNCONFIRMED, ...scenario.unconfirmed };
}

/** The emulated services that keep their own clock (see `Scenario.clockOffsetsSeconds`). */
export type ServiceClock = 'cognito-idp' | 'cognito-identity' | 'sts' | 'appsync';

/**
 * How the product's test run must differ from its standard one (sign-in → fetchAuthSession → IAM-signed GraphQL)
 * to reproduce the scenario, as a support engineer would set it up in the dashboard.
 */
export interface TestRun {
  /** `guest`: after sign-in, sign out and get guest (unauthenticated) credentials, as an app that drops Logins. */
  credentials?: 'guest';
  /** The auth mode the app's GraphQL call uses instead of the app config's default. */
  authMode?: 'iam' | 'userPool' | 'apiKey';
  /** The region the app config gives the API (`data.aws_region`), which Amplify signs for. */
  graphqlRegion?: string;
  /** Wait this long between getting credentials and sending the request (an app that keeps credentials). */
  delayBeforeRequestMs?: number;
  /** The app adds `Bearer ` before the user pool token it sends to AppSync (an interceptor, a custom header). */
  bearerPrefix?: boolean;
  /** An identity id the app has cached from before (Amplify's identity id store), which it presents first. */
  cachedIdentityId?: string;
  /**
   * The app gets credentials with the AWS SDK (`GetId` + `GetCredentialsForIdentity`) and builds `Logins` itself:
   * `key` the user pool id alone instead of the provider name, `token` the access token instead of the ID token.
   */
  sdkLogins?: { key: 'provider-name' | 'user-pool-id'; token: 'id' | 'access' };
  /**
   * `dropped`: the app signs the GraphQL request itself with the credentials' access key id and secret key and leaves
   * out their session token (a hand-built signer given two of the three values).
   */
  sessionToken?: 'dropped';
  /**
   * The GraphQL request is signed as another role than the identity pool's: a function's or a script's. The run
   * takes it with STS `AssumeRole` (signed with the identity pool credentials; the role's trust policy admits the
   * account so a test can reproduce the caller) and signs the request with that session's credentials.
   */
  signAs?: { roleArn: string; roleSessionName: string };
}

export interface Scenario {
  id: string;
  title: string;
  description: string;
  /** Failure-mode id from shared/FAILURE-MODES.md that a correct diagnosis names. */
  expected: string;
  region: string;
  accountId: string;
  userPool: UserPool;
  identityPool: IdentityPool;
  roles: Role[];
  managedPolicies: ManagedPolicy[];
  api: GraphqlApi;
  readOnly: ReadOnlyPrincipal;
  cloudtrail: CloudTrailBehaviour;
  /** The user the dashboard signs in with. */
  testUsername: string;
  /** A query the dashboard runs by default. */
  testQuery: string;
  /** Server clock minus true time, seconds (to emulate a device whose clock is off). */
  serverClockOffsetSeconds: number;
  /** Per-service clock offsets, seconds, added to `serverClockOffsetSeconds` (one service believing it is later). */
  clockOffsetsSeconds?: Partial<Record<ServiceClock, number>>;
  /** What the app's own config says where it differs from the account (an identity pool id of another pool). */
  appConfig?: { identityPoolId?: string };
  /** A run variant the product must use to reproduce this scenario; absent for the standard run. */
  testRun?: TestRun;
  /** Settings of the behaviours no public source settles (defaults: `DEFAULT_UNCONFIRMED`). */
  unconfirmed?: Partial<Unconfirmed>;
}
