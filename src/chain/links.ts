import type { Case } from './case';
import { assumedRoleArn, chainSteps, issuedAccessKeyId, matchingStsRecord } from './evidence';
import { msg, type Message } from './messages/catalog';
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
  /** What must match (the catalog's `link.<id>`). */
  label: Message;
  status: LinkStatus;
  detail: Message;
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
    label: msg('link.token-audience'),
    status: !aud ? 'unproven' : aud === c.target.userPoolClientId ? 'holds' : 'broken',
    detail: aud ? msg('link.token-audience.detail', { aud, client: c.target.userPoolClientId }) : msg('link.no-token'),
  });

  const iss = claimString(idToken, 'iss');
  const providerRejected = credentials?.error?.message.includes(SUPPORTED_PROVIDER) ?? false;
  add({
    id: 'token-issuer',
    from: 'token',
    to: 'credentials',
    label: msg('link.token-issuer'),
    status: !iss ? 'unproven' : providerRejected ? 'broken' : credentials?.outcome === 'ok' ? 'holds' : 'unproven',
    detail: iss
      ? providerRejected
        ? msg('link.token-issuer.rejected', { iss, message: credentials?.error?.message ?? '' })
        : msg('link.token-issuer.detail', { iss })
      : msg('link.no-token'),
  });

  const record = matchingStsRecord(c, credentials?.accessKeyId);
  add({
    id: 'sts-key-match',
    from: 'credentials',
    to: 'sts',
    label: msg('link.sts-key-match'),
    status: record ? 'holds' : 'unproven',
    detail: record
      ? msg('link.sts-key-match.detail', { eventId: record.eventID, accessKeyId: issuedAccessKeyId(record) ?? '' })
      : credentials?.accessKeyId
        ? msg('link.sts-key-match.not-found', { accessKeyId: credentials.accessKeyId })
        : msg('link.no-credentials'),
  });

  const roleArn = record ? assumedRoleArn(record) : undefined;
  add({
    id: 'role-is-expected',
    from: 'sts',
    to: 'credentials',
    label: msg('link.role-is-expected'),
    status: !roleArn || !c.expectedRoleArn ? 'unproven' : roleArn === c.expectedRoleArn ? 'holds' : 'broken',
    detail: roleArn
      ? msg('link.role-is-expected.detail', { roleArn, ...(c.expectedRoleArn ? { expected: c.expectedRoleArn } : {}) })
      : msg('link.role-is-expected.unknown'),
  });

  if (graphql && graphql.authMode === 'iam') {
    const signed = graphql.signedWithAccessKeyId;
    add({
      id: 'request-signed-with-key',
      from: 'credentials',
      to: 'appsync',
      label: msg('link.request-signed-with-key'),
      status:
        !signed || !credentials?.accessKeyId ? 'unproven' : signed === credentials.accessKeyId ? 'holds' : 'broken',
      detail: signed
        ? signed !== credentials?.accessKeyId && graphql.signedAs?.sessionArn
          ? msg('link.request-signed-with-key.other-role', {
              accessKeyId: signed,
              session: graphql.signedAs.sessionArn,
            })
          : msg('link.request-signed-with-key.detail', { accessKeyId: signed })
        : msg('link.request-signed-with-key.unsigned'),
    });
    const expires = credentials?.expiration ? new Date(credentials.expiration) : undefined;
    add({
      id: 'credentials-valid-at-request',
      from: 'credentials',
      to: 'appsync',
      label: msg('link.credentials-valid-at-request'),
      status: !expires ? 'unproven' : expires.getTime() > Date.parse(graphql.at) ? 'holds' : 'broken',
      detail: expires
        ? msg('link.credentials-valid-at-request.detail', { expires: expires.toISOString(), at: graphql.at })
        : msg('link.credentials-valid-at-request.unknown'),
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
      label: msg('link.appsync-authorized'),
      status: graphql.outcome === 'ok' && !unauthorized ? 'holds' : unauthorized ? 'broken' : 'unproven',
      detail: msg('link.appsync-authorized.detail', {
        status: graphql.status ?? '—',
        ...(graphql.errorType ? { errorType: graphql.errorType } : {}),
      }),
    });
  }

  return links;
}
