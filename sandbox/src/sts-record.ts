import { randomUUID } from 'node:crypto';
import type { TrailRecord } from './context.ts';
import { accountOf, assumedRoleArn } from './credentials.ts';
import { cloudTrailTime, stsExpirationText, type TrailIndex } from './trail-format.ts';
import { COGNITO_IDENTITY_PRINCIPAL } from './trust.ts';
import { unconfirmedOf, type Scenario } from './scenario.ts';

/**
 * STS's answer to a refused web identity: 403 `AccessDenied` "Not authorized to perform sts:AssumeRoleWithWebIdentity"
 * (aws-amplify/aws-sdk-android #9: "Not authorized to perform sts:AssumeRoleWithWebIdentity (Service:
 * AWSSecurityTokenService; Status Code: 403; Error Code: AccessDenied …)"; aws/aws-sdk-js-v3 #6225; aws/aws-sdk-net
 * #1522). The same text for a role that does not exist is the sandbox's assumption (unconfirmed).
 * The one constant: services/sts.ts answers with it, and a failed record's message may be it (below).
 */
export const STS_NOT_AUTHORIZED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity';

/** Where an STS call came from, as CloudTrail shows it. */
export interface CallOrigin {
  sourceIPAddress: string;
  userAgent: string;
  /** Host the client named, for `tlsDetails`. */
  tlsHost?: string;
  /** `additionalEventData` of the record (the enhanced flow's, below). */
  additionalEventData?: Record<string, unknown>;
}

/**
 * Cognito calls STS itself in the enhanced flow. As seen in a real account (shared/FAILURE-MODES.md, "Facts checked
 * since": enhanced-flow record): `userAgent` begins `aws-internal/3` (the rest of the string is not quoted there, so
 * the sandbox writes the prefix alone), `additionalEventData.identityProviderConnectionVerificationMethod:
 * "IAMTrustStore"` with `RequestDetails.endpointType: "regional"`, and `tlsDetails.clientProvidedHostHeader:
 * "sts.<region>.amazonaws.com"`. `sourceIPAddress` is not in that fact: the service principal, as CloudTrail names
 * AWS services calling on a customer's behalf (CloudTrail user guide, "sourceIPAddress"), is unconfirmed for Cognito.
 */
export function cognitoOrigin(region: string): CallOrigin {
  return {
    sourceIPAddress: COGNITO_IDENTITY_PRINCIPAL,
    userAgent: 'aws-internal/3',
    tlsHost: `sts.${region}.amazonaws.com`,
    additionalEventData: {
      identityProviderConnectionVerificationMethod: 'IAMTrustStore',
      RequestDetails: { endpointType: 'regional' },
    },
  };
}

export interface WebIdentityCall {
  at: number;
  region: string;
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  identityPoolId: string;
  identityId: string;
  origin: CallOrigin;
  requestId: string;
  outcome:
    | { credentials: { accessKeyId: string; sessionToken: string; expiration: number; assumedRoleId: string } }
    | { errorCode: string; errorMessage: string };
}

/**
 * The `AssumeRoleWithWebIdentity` record for a Cognito identity, shaped like the real ones: IAM user guide
 * "Logging IAM and AWS STS API calls with AWS CloudTrail" (web identity example) and a Cognito-token record
 * published by Aidan Steele (awsteele.com, 2023: eventVersion 1.08, `readOnly: true`, `audience` = identity pool id,
 * `subjectFromWebIdentityToken` = identity id, `provider` = cognito-identity.amazonaws.com).
 */
export function webIdentityRecord(call: WebIdentityCall): { record: TrailRecord; index: TrailIndex } {
  const accountId = accountOf(call.roleArn);
  const ok = 'credentials' in call.outcome ? call.outcome.credentials : undefined;
  const failure = 'errorCode' in call.outcome ? call.outcome : undefined;
  const record: TrailRecord = {
    eventVersion: '1.08',
    userIdentity: {
      type: 'WebIdentityUser',
      principalId: `${COGNITO_IDENTITY_PRINCIPAL}:${call.identityPoolId}:${call.identityId}`,
      userName: call.identityId,
      identityProvider: COGNITO_IDENTITY_PRINCIPAL,
    },
    eventTime: cloudTrailTime(call.at),
    eventSource: 'sts.amazonaws.com',
    eventName: 'AssumeRoleWithWebIdentity',
    awsRegion: call.region,
    sourceIPAddress: call.origin.sourceIPAddress,
    userAgent: call.origin.userAgent,
    ...(failure ? { errorCode: failure.errorCode, errorMessage: failure.errorMessage } : {}),
    requestParameters: {
      roleArn: call.roleArn,
      roleSessionName: call.sessionName,
      durationSeconds: call.durationSeconds,
    },
    responseElements: ok
      ? {
          credentials: {
            accessKeyId: ok.accessKeyId,
            sessionToken: ok.sessionToken,
            expiration: stsExpirationText(ok.expiration),
          },
          subjectFromWebIdentityToken: call.identityId,
          assumedRoleUser: { assumedRoleId: ok.assumedRoleId, arn: assumedRoleArn(call.roleArn, call.sessionName) },
          provider: COGNITO_IDENTITY_PRINCIPAL,
          audience: call.identityPoolId,
        }
      : null,
    requestID: call.requestId,
    eventID: randomUUID(),
    readOnly: true,
    resources: [{ accountId, type: 'AWS::IAM::Role', ARN: call.roleArn }],
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: accountId,
    eventCategory: 'Management',
    ...(call.origin.additionalEventData ? { additionalEventData: call.origin.additionalEventData } : {}),
    ...(call.origin.tlsHost
      ? {
          tlsDetails: {
            tlsVersion: 'TLSv1.3',
            cipherSuite: 'TLS_AES_128_GCM_SHA256',
            clientProvidedHostHeader: call.origin.tlsHost,
          },
        }
      : {}),
  };
  return {
    record,
    index: { username: call.identityId, resources: [{ resourceType: 'AWS::IAM::Role', resourceName: call.roleArn }] },
  };
}

/**
 * The `errorMessage` CloudTrail writes in a failed web-identity record: "An unknown error occurred" (AWS Knowledge
 * Center, "resolve AccessDenied for AssumeRoleWithWebIdentity" with EKS); for Cognito unconfirmed, so switchable.
 */
export const TRAIL_UNKNOWN_ERROR = 'An unknown error occurred';

export function failedRecordMessage(scenario: Pick<Scenario, 'unconfirmed'>): string {
  return unconfirmedOf(scenario).failedWebIdentityMessage === 'unknown-error'
    ? TRAIL_UNKNOWN_ERROR
    : STS_NOT_AUTHORIZED;
}

/** The region whose CloudTrail records the call: us-east-1 for the global STS endpoint (since November 2021). */
export function stsRecordRegion(scenario: Pick<Scenario, 'region' | 'cloudtrail'>): string {
  return scenario.cloudtrail.stsEndpoint === 'global' ? 'us-east-1' : scenario.region;
}
