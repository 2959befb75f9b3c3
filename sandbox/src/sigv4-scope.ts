import type { SandboxContext } from './context.ts';
import type { Protocol } from './http.ts';
import type { ServiceClock } from './scenario.ts';
import { signatureError } from './sigv4-errors.ts';
import { formatAmzDate, parseAmzDate, type ParsedAuthorization } from './sigv4-parse.ts';

export interface SigningExpectation {
  service: string;
  protocol: Protocol;
  /** Region the credential scope must name; defaults to the scenario's region (IAM: `us-east-1`). */
  region?: string;
  /** Any region will do (a regional service answering in every region: the scope names which one is asked). */
  anyRegion?: boolean;
}

/** The clock of the emulated service that checks this signature (others use the account's). */
export function serviceClock(service: string): ServiceClock | undefined {
  return service === 'appsync' || service === 'sts' ? service : undefined;
}

/** AWS allows 5 minutes between the request's X-Amz-Date and its own clock. */
const MAX_SKEW_MS = 5 * 60 * 1000;

/** Checks the credential scope (terminator, region, service, date) and the clock; returns the signing time. */
export function checkScopeAndDate(
  auth: ParsedAuthorization,
  amzDate: string,
  ctx: SandboxContext,
  expected: SigningExpectation,
): number {
  const { protocol } = expected;
  const region = expected.region ?? ctx.scenario.region;
  // Texts as AWS answers them, trailing space included:
  // - region: aws/aws-sdk-go #156, aws/aws-sdk-js #792 (JSON `SignatureDoesNotMatch`), cognitect-labs/aws-api #27 (STS,
  //   `<Type>Sender</Type><Code>SignatureDoesNotMatch</Code>`), aws/aws-sdk-ruby #508.
  // - service: cllunsford/aws-signing-proxy #25; timkay/aws #111 (query: Sender `SignatureDoesNotMatch`);
  //   arnemolland/sigv4 #15 (JSON: `InvalidSignatureException`).
  // - terminator: the sandbox's own wording, modelled on the two above (unconfirmed).
  if (auth.scope.terminator !== 'aws4_request') {
    throw signatureError(
      'signature',
      protocol,
      `Credential should be scoped with a valid terminator: 'aws4_request', not '${auth.scope.terminator}'. `,
    );
  }
  if (!expected.anyRegion && auth.scope.region !== region) {
    throw signatureError(
      'signature',
      protocol,
      `Credential should be scoped to a valid region, not '${auth.scope.region}'. `,
    );
  }
  if (auth.scope.service !== expected.service) {
    throw signatureError(
      'signature',
      protocol,
      `Credential should be scoped to correct service: '${expected.service}'. `,
    );
  }
  const signedAt = parseAmzDate(amzDate);
  // AWS's sentence (aws/chalice #828, in its list of what the Authorization header lacks); as an error of its own,
  // under `IncompleteSignature`, unconfirmed.
  if (signedAt === undefined) {
    throw signatureError(
      'incomplete',
      protocol,
      `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`,
    );
  }
  // The sandbox's wording of a scope date that is not the X-Amz-Date's day (unconfirmed: no public answer quoted).
  if (auth.scope.date !== amzDate.slice(0, 8)) {
    throw signatureError(
      'signature',
      protocol,
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${auth.scope.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  checkSkew(signedAt, ctx.now(serviceClock(expected.service)), protocol);
  return signedAt;
}

/**
 * "Signature expired: … is now earlier than … (… - 5 min.)" as AWS words it (aws-amplify/amplify-js #11480, AppSync;
 * aws/aws-sdk-js #254, JSON services). The mirror "Signature not yet current: … is still later than … (… + 5 min.)"
 * follows the same pattern (unconfirmed: no public answer quoted). The 5 minutes: AWS General Reference, "Signature
 * Version 4 signing process" (a request older than 5 minutes is refused).
 */
function checkSkew(signedAt: number, now: number, protocol: Protocol): void {
  const request = formatAmzDate(signedAt);
  if (signedAt < now - MAX_SKEW_MS) {
    const message = `Signature expired: ${request} is now earlier than ${formatAmzDate(now - MAX_SKEW_MS)} (${formatAmzDate(now)} - 5 min.)`;
    throw signatureError('skew', protocol, message);
  }
  if (signedAt > now + MAX_SKEW_MS) {
    const message = `Signature not yet current: ${request} is still later than ${formatAmzDate(now + MAX_SKEW_MS)} (${formatAmzDate(now)} + 5 min.)`;
    throw signatureError('skew', protocol, message);
  }
}
