// zod/mini: the same schema at a fraction of the bundle (the customer view validates share links with it).
import * as z from 'zod/mini';

// The built app's Content-Security-Policy forbids eval: keep zod from probing `new Function`, which the browser
// reports as a CSP violation even though zod catches the error (zod then validates the same way, without JIT).
z.config({ jitless: true });

/**
 * The evidence bundle ("case"): everything the browser did and everything AWS answered, with no secret in it.
 * Secret access keys, session tokens, passwords and token signatures never enter a case: adapters keep them in
 * memory and put only what is safe to share here. The timeline, diagnosis, exports and share links all read this.
 */
export const CASE_VERSION = 2;

const isoTime = z.iso.datetime({ offset: true });

export const authModeSchema = z.enum(['iam', 'userPool', 'apiKey', 'oidc', 'lambda']);
export type AuthMode = z.infer<typeof authModeSchema>;

export const targetSchema = z.object({
  region: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1')),
  userPoolId: z.string().check(z.regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must look like us-east-1_AbCdEf123')),
  userPoolClientId: z.string().check(z.regex(/^[\w+]+$/, 'must be the app client id (letters and digits)')),
  identityPoolId: z.string().check(z.regex(/^[\w-]+:[0-9a-f-]+$/, 'must look like us-east-1:1234abcd-…')),
  graphqlEndpoint: z.url({ error: 'must be the GraphQL endpoint URL' }),
  apiId: z.optional(z.string()),
  accountId: z.optional(z.string().check(z.regex(/^\d{12}$/, 'must be a 12-digit account id'))),
  authMode: authModeSchema,
});
export type Target = z.infer<typeof targetSchema>;

/** One AWS call the browser made, as the fetch recorder saw it (never its body). */
export const callSchema = z.object({
  service: z.string(),
  operation: z.string(),
  at: isoTime,
  durationMs: z.number().check(z.gte(0)),
  status: z.optional(z.int()),
  requestId: z.optional(z.string()),
  errorType: z.optional(z.string()),
  /** The response's `Date` header, for clock comparisons. */
  serverDate: z.optional(z.string()),
  /** AWS's error message (never a body of a successful call, which may hold tokens or keys). */
  errorMessage: z.optional(z.string()),
});
export type Call = z.infer<typeof callSchema>;

export const awsErrorSchema = z.object({
  name: z.string(),
  message: z.string(),
  recoverySuggestion: z.optional(z.string()),
});
export type AwsErrorInfo = z.infer<typeof awsErrorSchema>;

/** A JWT kept as decoded header and claims: the signature is dropped on decoding. */
export const decodedTokenSchema = z.object({
  header: z.record(z.string(), z.unknown()),
  claims: z.record(z.string(), z.unknown()),
});
export type DecodedToken = z.infer<typeof decodedTokenSchema>;

const stepBase = {
  at: isoTime,
  durationMs: z.number().check(z.gte(0)),
  outcome: z.enum(['ok', 'error', 'skipped']),
  error: z.optional(awsErrorSchema),
  calls: z._default(z.array(callSchema), []),
};

export const signInStepSchema = z.object({
  kind: z.literal('sign-in'),
  ...stepBase,
  flow: z.enum(['USER_SRP_AUTH', 'USER_PASSWORD_AUTH']),
  username: z.optional(z.string()),
  idToken: z.optional(decodedTokenSchema),
  accessToken: z.optional(decodedTokenSchema),
});

export const credentialsStepSchema = z.object({
  kind: z.literal('credentials'),
  ...stepBase,
  identityId: z.optional(z.string()),
  /** Guest (unauthenticated) credentials: no Logins were attached. */
  guest: z.optional(z.boolean()),
  accessKeyId: z.optional(z.string()),
  expiration: z.optional(isoTime),
});

export const graphqlFieldSchema = z.object({ typeName: z.string(), fieldName: z.string() });
export type GraphqlField = z.infer<typeof graphqlFieldSchema>;

export const graphqlStepSchema = z.object({
  kind: z.literal('graphql'),
  ...stepBase,
  query: z.string(),
  operationName: z.optional(z.string()),
  fields: z.array(graphqlFieldSchema),
  authMode: authModeSchema,
  status: z.optional(z.int()),
  requestId: z.optional(z.string()),
  errorType: z.optional(z.string()),
  /** GraphQL `errors` from the response body (errorType, message, path). */
  errors: z._default(
    z.array(
      z.object({
        errorType: z.optional(z.string()),
        message: z.string(),
        path: z.optional(z.array(z.union([z.string(), z.number()]))),
      }),
    ),
    [],
  ),
  /** Access key id in the request's SigV4 credential scope (the signature itself is not kept). */
  signedWithAccessKeyId: z.optional(z.string()),
  signingScope: z.optional(z.object({ date: z.string(), region: z.string(), service: z.string() })),
  /**
   * What stood before the credential in the request's `Authorization` header: a SigV4 signature, a `Bearer ` scheme,
   * a bare token, or something else. Never the credential itself.
   */
  authorizationScheme: z.optional(z.enum(['AWS4-HMAC-SHA256', 'Bearer', 'bare', 'other'])),
  /**
   * Whether the SigV4-signed request carried an `x-amz-security-token` header (temporary credentials need one). Never
   * the token itself; absent when the case does not show the request's headers (a pasted error).
   */
  securityTokenSent: z.optional(z.boolean()),
  /** Browser clock at signing vs the server's `Date` header, seconds (positive: browser ahead). */
  clockSkewSeconds: z.optional(z.number()),
  /**
   * The role the request was signed as when it was not the identity pool's (a function's or a script's role, taken
   * with STS `AssumeRole`): the role asked for and the session ARN STS answered (`AssumedRoleUser.Arn`).
   */
  signedAs: z.optional(z.object({ roleArn: z.string(), sessionArn: z.optional(z.string()) })),
});

export const stepSchema = z.discriminatedUnion('kind', [signInStepSchema, credentialsStepSchema, graphqlStepSchema]);
export type SignInStep = z.infer<typeof signInStepSchema>;
export type CredentialsStep = z.infer<typeof credentialsStepSchema>;
export type GraphqlStep = z.infer<typeof graphqlStepSchema>;
export type Step = z.infer<typeof stepSchema>;

/** A CloudTrail record as AWS wrote it (the parsed `CloudTrailEvent`), minus any session token. */
export const cloudTrailRecordSchema = z.looseObject({
  eventVersion: z.optional(z.string()),
  eventTime: z.string(),
  eventSource: z.string(),
  eventName: z.string(),
  awsRegion: z.optional(z.string()),
  eventID: z.string(),
  requestID: z.optional(z.string()),
  errorCode: z.optional(z.string()),
  errorMessage: z.optional(z.string()),
  userIdentity: z.optional(z.record(z.string(), z.unknown())),
  requestParameters: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  responseElements: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  recipientAccountId: z.optional(z.string()),
});
export type CloudTrailRecord = z.infer<typeof cloudTrailRecordSchema>;

export const logLineSchema = z.object({
  timestamp: z.number(),
  message: z.string(),
  logStreamName: z.optional(z.string()),
});
export type LogLine = z.infer<typeof logLineSchema>;

export const policyDocumentsSchema = z.object({
  roleArn: z.string(),
  source: z.enum(['iam', 'pasted']),
  documents: z.array(
    z.object({
      name: z.string(),
      /** `trust` is the role's trust policy (who may assume it); the others grant permissions. */
      kind: z.enum(['inline', 'managed', 'boundary', 'trust']),
      document: z.unknown(),
    }),
  ),
});
export type PolicyEvidence = z.infer<typeof policyDocumentsSchema>;

/** AWS's own evaluation (`iam:SimulatePrincipalPolicy`) of one action on one resource for a role. */
export const simulationSchema = z.object({
  roleArn: z.string(),
  action: z.string(),
  resource: z.string(),
  decision: z.enum(['allowed', 'explicitDeny', 'implicitDeny']),
  matchedStatements: z._default(
    z.array(z.object({ sourcePolicyId: z.string(), sourcePolicyType: z.optional(z.string()) })),
    [],
  ),
});
export type Simulation = z.infer<typeof simulationSchema>;

/** The identity pool's role settings (`GetIdentityPoolRoles`, `DescribeIdentityPool`), when readable. */
export const identityPoolEvidenceSchema = z.object({
  roles: z.object({ authenticated: z.optional(z.string()), unauthenticated: z.optional(z.string()) }),
  roleMappings: z.optional(z.record(z.string(), z.unknown())),
  allowUnauthenticatedIdentities: z.optional(z.boolean()),
  providers: z.optional(z.array(z.object({ providerName: z.string(), clientId: z.string() }))),
});
export type IdentityPoolEvidence = z.infer<typeof identityPoolEvidenceSchema>;

/** One function of a pipeline resolver, as AppSync's control plane returns it (`GetFunction`). */
export const appsyncFunctionSchema = z.object({
  functionId: z.string(),
  name: z.optional(z.string()),
  requestMappingTemplate: z.optional(z.string()),
  responseMappingTemplate: z.optional(z.string()),
  /** APPSYNC_JS code, when the function is JavaScript. */
  code: z.optional(z.string()),
});
export type AppSyncFunction = z.infer<typeof appsyncFunctionSchema>;

/** A field's resolver (`GetResolver`) with its pipeline's functions in order. */
export const appsyncResolverSchema = z.object({
  typeName: z.string(),
  fieldName: z.string(),
  kind: z.optional(z.string()),
  resolverArn: z.optional(z.string()),
  requestMappingTemplate: z.optional(z.string()),
  responseMappingTemplate: z.optional(z.string()),
  code: z.optional(z.string()),
  functions: z._default(z.array(appsyncFunctionSchema), []),
});
export type AppSyncResolver = z.infer<typeof appsyncResolverSchema>;

/**
 * What AppSync's control plane showed about the authorization after IAM: the API's modes (`GetGraphqlApi`), the
 * schema with its directives (`GetIntrospectionSchema`, SDL), and the resolvers of the refused fields.
 */
export const appsyncEvidenceSchema = z.object({
  /** The default mode first, then the additional ones (AWS names: AWS_IAM, AMAZON_COGNITO_USER_POOLS…). */
  authModes: z.optional(z.array(z.string())),
  schema: z.optional(z.string()),
  resolvers: z._default(z.array(appsyncResolverSchema), []),
});
export type AppSyncEvidence = z.infer<typeof appsyncEvidenceSchema>;

/**
 * What a lookup asked, as an id (the viewer's catalog words it, `lookup.<ask>`), with the one value it was about
 * (a role name, a request id). v1 cases stored an English `purpose` instead; `restoreCase` maps it.
 */
export const LOOKUP_ASKS = [
  'sts-record-by-identity',
  'sts-record-by-event-name',
  'identity-pool',
  'role-policies',
  'simulate-policy',
  'appsync-logs',
  'appsync-api',
  'appsync-schema',
  'appsync-resolver',
  'other',
] as const;
export type LookupAsk = (typeof LOOKUP_ASKS)[number];

/** One question asked of AWS for evidence, how many calls it took, and what came of it. */
export const lookupSchema = z.object({
  source: z.enum(['cloudtrail', 'logs', 'iam', 'cognito-identity', 'appsync']),
  ask: z.enum(LOOKUP_ASKS),
  subject: z.optional(z.string()),
  query: z.record(z.string(), z.unknown()),
  calls: z.int().check(z.gte(0)),
  outcome: z.enum(['found', 'not-found', 'pending', 'denied', 'error']),
  error: z.optional(awsErrorSchema),
  /** The equivalent AWS CLI command, for the engineer to rerun. */
  cli: z.string(),
  at: isoTime,
});
export type Lookup = z.infer<typeof lookupSchema>;

export const caseSchema = z.object({
  version: z.literal(CASE_VERSION),
  createdAt: isoTime,
  target: targetSchema,
  steps: z.array(stepSchema),
  records: z._default(z.array(cloudTrailRecordSchema), []),
  logs: z._default(z.array(logLineSchema), []),
  policies: z._default(z.array(policyDocumentsSchema), []),
  simulations: z._default(z.array(simulationSchema), []),
  identityPool: z.optional(identityPoolEvidenceSchema),
  /** AppSync's control plane: schema with directives and the refused fields' resolvers, when read or pasted. */
  appsync: z.optional(appsyncEvidenceSchema),
  lookups: z._default(z.array(lookupSchema), []),
  /** The identity pool's authenticated role, when known (config, IAM or the engineer). */
  expectedRoleArn: z.optional(z.string()),
});
export type Case = z.infer<typeof caseSchema>;
