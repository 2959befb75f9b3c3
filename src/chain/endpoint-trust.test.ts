import { describe, expect, it } from 'vitest';
import { awsEn } from './messages/aws-en';
import { awsJa } from './messages/aws-ja';
import { render, wordsMessage } from './messages/catalog';
import { en } from './messages/en';
import { ja } from './messages/ja';
import {
  confirmationKey,
  endpointKind,
  loopbackTrust,
  needsConfirmation,
  readOnlyCredentialsMayGo,
  reviewEndpoints,
} from './endpoint-trust';

const EN = { ...en, ...awsEn };
const JA = { ...ja, ...awsJa };

const none = { sandboxOrigins: [] };
const sandbox = { sandboxOrigins: ['http://127.0.0.1:4510'] };

describe('endpointKind', () => {
  it('knows AWS’s own host for each service, https and no port only', () => {
    expect(endpointKind('cognitoIdp', 'https://cognito-idp.eu-west-1.amazonaws.com/', none)).toBe('aws');
    expect(endpointKind('iam', 'https://iam.amazonaws.com', none)).toBe('aws');
    expect(endpointKind('sts', 'https://sts.ap-northeast-1.amazonaws.com', none)).toBe('aws');
    expect(
      endpointKind('graphql', 'https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com/graphql', none),
    ).toBe('aws');
    expect(endpointKind('cloudtrail', 'https://cloudtrail.cn-north-1.amazonaws.com.cn', none)).toBe('aws');
  });

  it('calls everything else custom: other services’ hosts, look-alikes, http, ports, userinfo', () => {
    for (const url of [
      'https://abc123.execute-api.us-east-1.amazonaws.com', // API Gateway: anyone's
      'https://cognito-idp.us-east-1.amazonaws.com.evil.example',
      'https://bucket.s3.amazonaws.com',
      'http://cognito-idp.us-east-1.amazonaws.com',
      'https://cognito-idp.us-east-1.amazonaws.com:8443',
      'https://user:pw@cognito-idp.us-east-1.amazonaws.com',
      'https://iam.amazonaws.com', // IAM's host, not the user pool's
      'not a url',
    ])
      expect(endpointKind('cognitoIdp', url, none), url).toBe('custom');
  });

  it('trusts the configured sandbox origin only, and the relay only for AWS hosts', () => {
    expect(endpointKind('iam', 'http://127.0.0.1:4510/', sandbox)).toBe('sandbox');
    expect(endpointKind('iam', 'http://127.0.0.1:4511/', sandbox)).toBe('custom');
    const relay = { sandboxOrigins: [], relayOrigin: 'https://authtrace.example' };
    expect(endpointKind('iam', 'https://authtrace.example/aws-relay/iam.amazonaws.com', relay)).toBe('aws');
    expect(endpointKind('iam', 'https://authtrace.example/aws-relay/evil.example', relay)).toBe('custom');
  });
});

describe('reviewEndpoints', () => {
  it('is empty for AWS and the sandbox', () => {
    expect(
      reviewEndpoints(
        { cognitoIdp: 'http://127.0.0.1:4510', iam: 'http://127.0.0.1:4510' },
        'http://127.0.0.1:4510/graphql',
        sandbox,
      ),
    ).toEqual([]);
  });

  it('asks about a custom https host and says what it would receive', () => {
    const reviews = reviewEndpoints({ cognitoIdp: 'https://idp.example.com' }, undefined, none);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ origin: 'https://idp.example.com', sends: ['password', 'user-tokens'] });
    expect(needsConfirmation(reviews[0]!)).toBe(true);
    expect(confirmationKey(reviews)).toBe('cognitoIdp=https://idp.example.com');
  });

  it('refuses passwords and tokens over plain http off this machine, whatever is confirmed', () => {
    const [review] = reviewEndpoints({ cognitoIdp: 'http://idp.example.com' }, undefined, none);
    expect(review?.refused && render(wordsMessage(review.refused), EN)).toMatch(/plain http/);
    expect(review?.refused && render(wordsMessage(review.refused), JA)).toMatch(/暗号化されていない http/);
    expect(needsConfirmation(review!)).toBe(false);
  });

  it('withholds the read-only credentials from a custom host without asking', () => {
    const [review] = reviewEndpoints({ cloudtrail: 'https://trail.example.com' }, undefined, none);
    expect(review?.withheld && render(wordsMessage(review.withheld), EN)).toMatch(
      /never to https:\/\/trail\.example\.com/,
    );
    expect(review?.withheld && render(wordsMessage(review.withheld), JA)).toMatch(
      /https:\/\/trail\.example\.com には送信しません/,
    );
    expect(needsConfirmation(review!)).toBe(false);
    expect(readOnlyCredentialsMayGo('cloudtrail', 'https://trail.example.com', none)).toBe(false);
    expect(readOnlyCredentialsMayGo('cloudtrail', undefined, none)).toBe(true);
  });

  it('lists a custom GraphQL domain (it receives signed requests)', () => {
    const reviews = reviewEndpoints({}, 'https://api.customer.example/graphql', none);
    expect(reviews.map((r) => r.service)).toEqual(['graphql']);
  });
});

describe('loopbackTrust', () => {
  it('trusts loopback origins of the endpoints, nothing else', () => {
    expect(
      loopbackTrust({
        cognitoIdp: 'http://127.0.0.1:4510/',
        iam: 'https://iam.example.com',
        logs: 'http://localhost:9',
      }),
    ).toEqual({ sandboxOrigins: ['http://127.0.0.1:4510', 'http://localhost:9'] });
  });
});
