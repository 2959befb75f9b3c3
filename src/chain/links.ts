import type { Case } from './case';
import { assumedRoleArn, chainSteps, issuedAccessKeyId, matchingStsRecord } from './evidence';
import { claimString } from './token';

export type LaneId = 'token' | 'credentials' | 'sts' | 'appsync';

export type LinkId =
  | 'token-audience'
  | 'token-issuer'
  | 'sts-key-match'
  | 'role-is-expected'
  | 'request-signed-with-key'
  | 'credentials-valid-at-request'
  | 'appsync-authorized';

export type LinkStatus = 'holds' | 'broken' | 'unproven';

/** A checked connection between two lanes of the timeline: what must match, and whether it does. */
export interface Link {
  id: LinkId;
  from: LaneId;
  to: LaneId;
  label: string;
  status: LinkStatus;
  detail: string;
}

const SUPPORTED_PROVIDER = 'Token is not from a supported provider';

/**
 * Checks every link of the chain against the evidence. A link without evidence either way is `unproven`, never
 * assumed to hold: the timeline shows those as gaps to fill.
 */
export function checkLinks(c: Case): Link[] {
  const { signIn, credentials, graphql } = chainSteps(c);
  const idToken = signIn?.idToken;
  const links: Link[] = [];
  const add = (link: Link) => links.push(link);

  const aud = claimString(idToken, 'aud');
  add({
    id: 'token-audience',
    from: 'token',
    to: 'credentials',
    label: 'ID token aud = app client id',
    status: !aud ? 'unproven' : aud === c.target.userPoolClientId ? 'holds' : 'broken',
    detail: aud ? `aud ${aud}, app client ${c.target.userPoolClientId}` : 'No ID token yet.',
  });

  const iss = claimString(idToken, 'iss');
  const providerRejected = credentials?.error?.message.includes(SUPPORTED_PROVIDER) ?? false;
  add({
    id: 'token-issuer',
    from: 'token',
    to: 'credentials',
    label: 'Token issuer is a provider of the identity pool',
    status: !iss ? 'unproven' : providerRejected ? 'broken' : credentials?.outcome === 'ok' ? 'holds' : 'unproven',
    detail: iss
      ? providerRejected
        ? `The identity pool rejected tokens from ${iss}: ${credentials?.error?.message ?? ''}`
        : `iss ${iss}`
      : 'No ID token yet.',
  });

  const record = matchingStsRecord(c, credentials?.accessKeyId);
  add({
    id: 'sts-key-match',
    from: 'credentials',
    to: 'sts',
    label: 'CloudTrail issued this access key id',
    status: record ? 'holds' : 'unproven',
    detail: record
      ? `AssumeRoleWithWebIdentity ${record.eventID} issued ${issuedAccessKeyId(record) ?? ''}`
      : credentials?.accessKeyId
        ? `No AssumeRoleWithWebIdentity record with ${credentials.accessKeyId} found (yet).`
        : 'The browser got no credentials.',
  });

  const roleArn = record ? assumedRoleArn(record) : undefined;
  add({
    id: 'role-is-expected',
    from: 'sts',
    to: 'credentials',
    label: "Role = the identity pool's authenticated role",
    status: !roleArn || !c.expectedRoleArn ? 'unproven' : roleArn === c.expectedRoleArn ? 'holds' : 'broken',
    detail: roleArn
      ? `Assumed ${roleArn}${c.expectedRoleArn ? `; expected ${c.expectedRoleArn}` : ''}`
      : 'Which role was assumed is not known yet.',
  });

  if (graphql && graphql.authMode === 'iam') {
    const signed = graphql.signedWithAccessKeyId;
    add({
      id: 'request-signed-with-key',
      from: 'credentials',
      to: 'appsync',
      label: 'Request signed with these credentials',
      status:
        !signed || !credentials?.accessKeyId ? 'unproven' : signed === credentials.accessKeyId ? 'holds' : 'broken',
      detail: signed ? `SigV4 credential ${signed}` : 'The request was not signed (or not recorded).',
    });
    const expires = credentials?.expiration ? new Date(credentials.expiration) : undefined;
    add({
      id: 'credentials-valid-at-request',
      from: 'credentials',
      to: 'appsync',
      label: 'Credentials valid when the request was signed',
      status: !expires ? 'unproven' : expires.getTime() > Date.parse(graphql.at) ? 'holds' : 'broken',
      detail: expires ? `Expire ${expires.toISOString()}, request ${graphql.at}` : 'No credential expiry known.',
    });
  }

  if (graphql) {
    const unauthorized =
      graphql.status === 401 ||
      graphql.status === 403 ||
      graphql.errors.some((e) => e.errorType?.startsWith('Unauthorized'));
    add({
      id: 'appsync-authorized',
      from: 'appsync',
      to: 'appsync',
      label: 'AppSync authorized the request',
      status: graphql.outcome === 'ok' && !unauthorized ? 'holds' : unauthorized ? 'broken' : 'unproven',
      detail: `HTTP ${graphql.status ?? '—'}${graphql.errorType ? ` ${graphql.errorType}` : ''}`,
    });
  }

  return links;
}
