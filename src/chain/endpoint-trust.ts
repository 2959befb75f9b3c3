import type { Endpoints } from './connection';
import { awsMsg, type AwsMessage } from './messages/aws-message';

/**
 * Which hosts a run would talk to, and what each would receive. A config may name endpoints of its own (a proxy, a
 * custom domain, the local sandbox): such a host receives the test user's password, their tokens or signed requests,
 * so it is shown and confirmed before anything is sent; the engineer's read-only credentials are never sent to it,
 * and nothing secret travels over plain http except to the loopback sandbox.
 */
export type Service = keyof Endpoints | 'graphql';

/** What a service's endpoint receives during a run. */
export type Sent = 'password' | 'user-tokens' | 'identity-credentials' | 'read-only-credentials';

const SENDS: Record<Service, readonly Sent[]> = {
  cognitoIdp: ['password', 'user-tokens'],
  // The run's GetId/GetCredentialsForIdentity carry the ID token; DescribeIdentityPool is signed with read-only keys.
  cognitoIdentity: ['user-tokens', 'read-only-credentials'],
  graphql: ['identity-credentials', 'user-tokens'],
  appsync: ['read-only-credentials'],
  appsyncControl: ['read-only-credentials'],
  cloudtrail: ['read-only-credentials'],
  logs: ['read-only-credentials'],
  iam: ['read-only-credentials'],
  // A run that signs as a function's role (run variant `signAs`) calls AssumeRole with the identity credentials.
  sts: ['identity-credentials', 'read-only-credentials'],
};

const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
const PARTITION = '\\.amazonaws\\.com(?:\\.cn)?';
/**
 * AWS's own hosts per service (AWS General Reference, "Service endpoints and quotas": Amazon Cognito, AWS AppSync,
 * AWS CloudTrail, Amazon CloudWatch Logs, IAM and AWS STS pages; FIPS variants included).
 */
const AWS_HOSTS: Record<Service, RegExp> = {
  cognitoIdp: new RegExp(`^cognito-idp(?:-fips)?\\.${REGION}${PARTITION}$`),
  cognitoIdentity: new RegExp(`^cognito-identity(?:-fips)?\\.${REGION}${PARTITION}$`),
  graphql: new RegExp(`^[a-z0-9]{1,64}\\.appsync-api\\.${REGION}${PARTITION}$`),
  appsync: new RegExp(`^appsync\\.${REGION}${PARTITION}$`),
  appsyncControl: new RegExp(`^appsync\\.${REGION}${PARTITION}$`),
  cloudtrail: new RegExp(`^cloudtrail(?:-fips)?\\.${REGION}${PARTITION}$`),
  logs: new RegExp(`^logs(?:-fips)?\\.${REGION}${PARTITION}$`),
  iam: new RegExp(`^iam(?:-fips)?(?:\\.(?:us-gov|${REGION}))?${PARTITION}$`),
  sts: new RegExp(`^sts(?:-fips)?(?:\\.${REGION})?${PARTITION}$`),
};

export type EndpointKind = 'aws' | 'sandbox' | 'custom';

export interface EndpointReview {
  service: Service;
  /** `scheme://host[:port]`: what the confirmation names. */
  origin: string;
  kind: EndpointKind;
  sends: readonly Sent[];
  /** Refused whatever the user confirms (the run cannot start): why, in a sentence that says what to do. */
  refused?: AwsMessage;
  /** The engineer's read-only credentials are not sent there (the run goes on without what they would read). */
  withheld?: AwsMessage;
}

/** Where the run goes: what the trust rules need to know besides the endpoints. */
export interface TrustContext {
  /** The configured sandbox origins (the build's, or the CLI's `--endpoint`): trusted like AWS. */
  sandboxOrigins: readonly string[];
  /** The app's own origin, whose `/aws-relay/<host>/` forwards to an AWS host (npm run serve). */
  relayOrigin?: string;
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])$/;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Whether a URL is AWS's own host for a service (https only), the configured sandbox, or someone else's. */
export function endpointKind(service: Service, url: string, context: TrustContext): EndpointKind {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return 'custom';
  if (context.sandboxOrigins.includes(parsed.origin)) return 'sandbox';
  if (context.relayOrigin && parsed.origin === context.relayOrigin) {
    const relayed = /^\/aws-relay\/([^/]+)(?:\/|$)/.exec(parsed.pathname)?.[1];
    return relayed && AWS_HOSTS[service].test(relayed) ? 'aws' : 'custom';
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '') return 'custom';
  return AWS_HOSTS[service].test(parsed.hostname) ? 'aws' : 'custom';
}

/** Whether the engineer's read-only credentials may be sent to this endpoint: AWS's own host or the sandbox only. */
export function readOnlyCredentialsMayGo(service: Service, url: string | undefined, context: TrustContext): boolean {
  return url === undefined || endpointKind(service, url, context) !== 'custom';
}

const isPlainRemote = (url: URL) => url.protocol === 'http:' && !LOOPBACK.test(url.hostname);

/**
 * Every non-AWS host a run would reach and what it would receive. Empty when the run talks only to AWS and the
 * sandbox. `graphqlEndpoint` is the app's API URL (a custom domain is common and legitimate, but still a host of
 * its own).
 */
export function reviewEndpoints(
  endpoints: Endpoints,
  graphqlEndpoint: string | undefined,
  context: TrustContext,
): EndpointReview[] {
  const reviews: EndpointReview[] = [];
  const listed: [Service, string | undefined][] = [
    ...(Object.entries(endpoints) as [keyof Endpoints, string | undefined][]),
    ['graphql', graphqlEndpoint],
  ];
  for (const [service, url] of listed) {
    if (!url) continue;
    const kind = endpointKind(service, url, context);
    if (kind !== 'custom') continue;
    const parsed = parse(url);
    const sends = SENDS[service];
    const review: EndpointReview = { service, origin: parsed?.origin ?? url, kind, sends };
    const runSecrets = sends.filter((sent) => sent !== 'read-only-credentials');
    if (!parsed) review.refused = awsMsg('aws.endpoint.not-a-url', { url, service });
    else if (runSecrets.length > 0 && isPlainRemote(parsed))
      review.refused = awsMsg('aws.endpoint.plain-http', {
        origin: parsed.origin,
        password: sends.includes('password'),
      });
    if (sends.includes('read-only-credentials'))
      review.withheld = awsMsg('aws.endpoint.read-only-withheld', { origin: review.origin, service });
    reviews.push(review);
  }
  return reviews;
}

/** Whether a reviewed host would receive the test user's password, tokens or credentials (and so needs a yes). */
export const needsConfirmation = (review: EndpointReview) =>
  !review.refused && review.sends.some((sent) => sent !== 'read-only-credentials');

/** The hosts that need the user's confirmation, as a stable key to remember the answer by. */
export function confirmationKey(reviews: readonly EndpointReview[]): string {
  return reviews
    .filter(needsConfirmation)
    .map((r) => `${r.service}=${r.origin}`)
    .sort()
    .join(' ');
}

const LOOPBACK_ORIGIN = /^http:\/\/(?:127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d+)?$/;

/**
 * On the engineer's own machine (the CLI, the tests), a sandbox on loopback is the sandbox: the loopback origins of
 * the endpoints are trusted. The dashboard never uses this; it states its one configured sandbox.
 */
export function loopbackTrust(endpoints: Endpoints & { graphql?: string }): TrustContext {
  const origins = Object.values(endpoints).flatMap((url) => {
    const parsed = url ? parse(url) : undefined;
    return parsed && LOOPBACK_ORIGIN.test(parsed.origin) ? [parsed.origin] : [];
  });
  return { sandboxOrigins: [...new Set(origins)] };
}
