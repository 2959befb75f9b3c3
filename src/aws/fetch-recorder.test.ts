import { describe, expect, it } from 'vitest';
import { NOT_AN_AWS_ANSWER, normalizeAwsError } from '@/chain/error-forms';
import { authorizationScheme, withRecordedFetch, type RecordedCall } from './fetch-recorder';

const JWT = 'eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('authorizationScheme', () => {
  it('names what stands before the credential, and never returns the credential', () => {
    expect(authorizationScheme(`Bearer ${JWT}`)).toBe('Bearer');
    expect(authorizationScheme(`bearer ${JWT}`)).toBe('Bearer');
    expect(authorizationScheme(JWT)).toBe('bare');
    expect(
      authorizationScheme(
        'AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20261124/us-east-1/appsync/aws4_request, Signature=x',
      ),
    ).toBe('AWS4-HMAC-SHA256');
    expect(authorizationScheme(`Token ${JWT}`)).toBe('other');
    expect(authorizationScheme(null)).toBeUndefined();
  });
});

describe('withRecordedFetch and answers that are not AWS’s', () => {
  it('reports an HTML error page by its status and content type, not as a parse error', async () => {
    const calls: RecordedCall[] = [];
    const html = async () =>
      new Response('<html><body>502 Bad Gateway</body></html>', {
        status: 502,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    const real = globalThis.fetch;
    globalThis.fetch = html as typeof fetch;
    try {
      await withRecordedFetch(
        async () => {
          await fetch('https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com/graphql', {
            method: 'POST',
            body: '{}',
          });
        },
        (call) => calls.push(call),
      );
    } finally {
      globalThis.fetch = real;
    }
    expect(calls[0]).toMatchObject({ status: 502, errorType: NOT_AN_AWS_ANSWER });
    expect(calls[0]?.errorMessage).toMatch(/answered HTTP 502 with text\/html, not an AWS answer/);
  });
});

describe('withRecordedFetch and the session token', () => {
  it('records whether an AppSync request carried x-amz-security-token, never its value', async () => {
    const calls: RecordedCall[] = [];
    const body = JSON.stringify({
      errors: [
        { errorType: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.' },
      ],
    });
    const real = globalThis.fetch;
    globalThis.fetch = (async () =>
      new Response(body, {
        status: 401,
        headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'UnrecognizedClientException' },
      })) as typeof fetch;
    const url = 'https://abcdefghijklmnopqrstuvwxyz.appsync-api.us-east-1.amazonaws.com/graphql';
    const authorization =
      'AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20261124/us-east-1/appsync/aws4_request, SignedHeaders=host, Signature=ab';
    const token = `IQoJb3JpZ2luX2Vj${'Q'.repeat(200)}`;
    try {
      await withRecordedFetch(
        async () => {
          await fetch(url, { method: 'POST', body: '{}', headers: { authorization } });
          await fetch(url, { method: 'POST', body: '{}', headers: { authorization, 'x-amz-security-token': token } });
        },
        (call) => calls.push(call),
      );
    } finally {
      globalThis.fetch = real;
    }
    expect(calls.map((c) => c.securityTokenSent)).toEqual([false, true]);
    expect(calls[0]).toMatchObject({ status: 401, errorType: 'UnrecognizedClientException' });
    expect(JSON.stringify(calls)).not.toContain(token);
  });
});

describe('normalizeAwsError and the SDK’s unreadable bodies', () => {
  it('names the status and content type and leaves the SDK’s internals out', () => {
    // What @smithy/core's schemaDeserializationMiddleware throws for an HTML 503.
    const error = Object.assign(
      new SyntaxError(
        'Unexpected token \'<\', "<html>" is not valid JSON\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.',
      ),
      { $metadata: { httpStatusCode: 503 } },
    );
    Object.defineProperty(error, '$response', {
      value: { statusCode: 503, headers: { 'content-type': 'text/html' }, body: '<html>' },
    });
    const n = normalizeAwsError(error);
    expect(n).toMatchObject({ code: NOT_AN_AWS_ANSWER, status: 503, fault: 'server' });
    expect(n.message).toBe(
      'The endpoint answered HTTP 503 with text/html, not an AWS answer that could be read (a proxy, a gateway or an outage page).',
    );
    expect(JSON.stringify(n)).not.toContain('$response');
  });
});
