import { z } from 'zod';
import { FAILURE_MODES } from './failure-modes';

/**
 * The evidence bundle ("case"): everything the browser did and everything AWS answered, with no secret in it.
 * Secret access keys, session tokens, passwords and token signatures never enter a case: adapters keep them in
 * memory and put only what is safe to share here. The timeline, diagnosis, exports and share links all read this.
 */
export const CASE_VERSION = 1;

const isoTime = z.iso.datetime({ offset: true });

export const authModeSchema = z.enum(['iam', 'userPool', 'apiKey', 'oidc', 'lambda']);
export type AuthMode = z.infer<typeof authModeSchema>;

export const targetSchema = z.object({
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1'),
  userPoolId: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must look like us-east-1_AbCdEf123'),
  userPoolClientId: z.string().regex(/^[\w+]+$/, 'must be the app client id (letters and digits)'),
  identityPoolId: z.string().regex(/^[\w-]+:[0-9a-f-]+$/, 'must look like us-east-1:1234abcd-…'),
  graphqlEndpoint: z.url({ message: 'must be the GraphQL endpoint URL' }),
  apiId: z.string().optional(),
  accountId: z
    .string()
    .regex(/^\d{12}$/, 'must be a 12-digit account id')
    .optional(),
  authMode: authModeSchema,
});
export type Target = z.infer<typeof targetSchema>;

/** One AWS call the browser made, as the fetch recorder saw it (never its body). */
export const callSchema = z.object({
  service: z.string(),
  operation: z.string(),
  at: isoTime,
  durationMs: z.number().nonnegative(),
  status: z.number().int().optional(),
  requestId: z.string().optional(),
  errorType: z.string().optional(),
  /** The response's `Date` header, for clock comparisons. */
  serverDate: z.string().optional(),
  /** AWS's error message (never a body of a successful call, which may hold tokens or keys). */
  errorMessage: z.string().optional(),
});
export type Call = z.infer<typeof callSchema>;

export const awsErrorSchema = z.object({
  name: z.string(),
  message: z.string(),
  recoverySuggestion: z.string().optional(),
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
  durationMs: z.number().nonnegative(),
  outcome: z.enum(['ok', 'error', 'skipped']),
  error: awsErrorSchema.optional(),
  calls: z.array(callSchema).default([]),
};

export const signInStepSchema = z.object({
  kind: z.literal('sign-in'),
  ...stepBase,
  flow: z.enum(['USER_SRP_AUTH', 'USER_PASSWORD_AUTH']),
  username: z.string().optional(),
  idToken: decodedTokenSchema.optional(),
  accessToken: decodedTokenSchema.optional(),
});

export const credentialsStepSchema = z.object({
  kind: z.literal('credentials'),
  ...stepBase,
  identityId: z.string().optional(),
  /** Guest (unauthenticated) credentials: no Logins were attached. */
  guest: z.boolean().optional(),
  accessKeyId: z.string().optional(),
  expiration: isoTime.optional(),
});

export const graphqlFieldSchema = z.object({ typeName: z.string(), fieldName: z.string() });
export type GraphqlField = z.infer<typeof graphqlFieldSchema>;

export const graphqlStepSchema = z.object({
  kind: z.literal('graphql'),
  ...stepBase,
  query: z.string(),
  operationName: z.string().optional(),
  fields: z.array(graphqlFieldSchema),
  authMode: authModeSchema,
  status: z.number().int().optional(),
  requestId: z.string().optional(),
  errorType: z.string().optional(),
  /** GraphQL `errors` from the response body (errorType, message, path). */
  errors: z
    .array(
      z.object({
        errorType: z.string().optional(),
        message: z.string(),
        path: z.array(z.union([z.string(), z.number()])).optional(),
      }),
    )
    .default([]),
  /** Access key id in the request's SigV4 credential scope (the signature itself is not kept). */
  signedWithAccessKeyId: z.string().optional(),
  signingScope: z.object({ date: z.string(), region: z.string(), service: z.string() }).optional(),
  /** Browser clock at signing vs the server's `Date` header, seconds (positive: browser ahead). */
  clockSkewSeconds: z.number().optional(),
});

export const stepSchema = z.discriminatedUnion('kind', [signInStepSchema, credentialsStepSchema, graphqlStepSchema]);
export type SignInStep = z.infer<typeof signInStepSchema>;
export type CredentialsStep = z.infer<typeof credentialsStepSchema>;
export type GraphqlStep = z.infer<typeof graphqlStepSchema>;
export type Step = z.infer<typeof stepSchema>;

/** A CloudTrail record as AWS wrote it (the parsed `CloudTrailEvent`), minus any session token. */
export const cloudTrailRecordSchema = z
  .object({
    eventVersion: z.string().optional(),
    eventTime: z.string(),
    eventSource: z.string(),
    eventName: z.string(),
    awsRegion: z.string().optional(),
    eventID: z.string(),
    requestID: z.string().optional(),
    errorCode: z.string().optional(),
    errorMessage: z.string().optional(),
    userIdentity: z.record(z.string(), z.unknown()).optional(),
    requestParameters: z.record(z.string(), z.unknown()).nullable().optional(),
    responseElements: z.record(z.string(), z.unknown()).nullable().optional(),
    recipientAccountId: z.string().optional(),
  })
  .loose();
export type CloudTrailRecord = z.infer<typeof cloudTrailRecordSchema>;

export const logLineSchema = z.object({
  timestamp: z.number(),
  message: z.string(),
  logStreamName: z.string().optional(),
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
  matchedStatements: z
    .array(z.object({ sourcePolicyId: z.string(), sourcePolicyType: z.string().optional() }))
    .default([]),
});
export type Simulation = z.infer<typeof simulationSchema>;

/** The identity pool's role settings (`GetIdentityPoolRoles`, `DescribeIdentityPool`), when readable. */
export const identityPoolEvidenceSchema = z.object({
  roles: z.object({ authenticated: z.string().optional(), unauthenticated: z.string().optional() }),
  roleMappings: z.record(z.string(), z.unknown()).optional(),
  allowUnauthenticatedIdentities: z.boolean().optional(),
  providers: z.array(z.object({ providerName: z.string(), clientId: z.string() })).optional(),
});
export type IdentityPoolEvidence = z.infer<typeof identityPoolEvidenceSchema>;

/** One question asked of AWS for evidence, how many calls it took, and what came of it. */
export const lookupSchema = z.object({
  source: z.enum(['cloudtrail', 'logs', 'iam', 'cognito-identity']),
  purpose: z.string(),
  query: z.record(z.string(), z.unknown()),
  calls: z.number().int().nonnegative(),
  outcome: z.enum(['found', 'not-found', 'pending', 'denied', 'error']),
  error: awsErrorSchema.optional(),
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
  records: z.array(cloudTrailRecordSchema).default([]),
  logs: z.array(logLineSchema).default([]),
  policies: z.array(policyDocumentsSchema).default([]),
  simulations: z.array(simulationSchema).default([]),
  identityPool: identityPoolEvidenceSchema.optional(),
  lookups: z.array(lookupSchema).default([]),
  /** The identity pool's authenticated role, when known (config, IAM or the engineer). */
  expectedRoleArn: z.string().optional(),
});
export type Case = z.infer<typeof caseSchema>;

export const failureModeSchema = z.enum(FAILURE_MODES);
