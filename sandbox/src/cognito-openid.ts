import { errors, jwtVerify, SignJWT } from 'jose';
import type { SandboxContext } from './context.ts';
import { AwsError } from './http.ts';
import { COGNITO_IDENTITY_PRINCIPAL } from './trust.ts';

/** Issuer of Cognito identity OpenID tokens (GetOpenIdToken), which STS accepts without an IAM OIDC provider. */
export const COGNITO_IDENTITY_ISSUER = `https://${COGNITO_IDENTITY_PRINCIPAL}`;

/** "The OpenID token is valid for 10 minutes." (GetOpenIdToken API reference). */
const OPENID_TOKEN_SECONDS = 600;

export interface OpenIdClaims {
  /** Identity id. */
  sub: string;
  /** Identity pool id. */
  aud: string;
  amr: string[];
  exp: number;
}

export function mintOpenIdToken(
  ctx: SandboxContext,
  claims: { identityId: string; identityPoolId: string; amr: string[] },
): Promise<string> {
  const iat = Math.floor(ctx.now() / 1000);
  return new SignJWT({ amr: claims.amr })
    .setProtectedHeader({ kid: ctx.signingKey.kid, typ: 'JWS', alg: 'RS256' })
    .setIssuer(COGNITO_IDENTITY_ISSUER)
    .setSubject(claims.identityId)
    .setAudience(claims.identityPoolId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + OPENID_TOKEN_SECONDS)
    .sign(ctx.signingKey.privateKey);
}

/**
 * STS's check of a Cognito identity token. Texts:
 * - 400 `ExpiredTokenException` "Token expired: current date/time <now> must be before the expiration date/time<exp>"
 *   (awslabs/aws-orbit-workbench #707, #771: no space before the second number; aws/aws-sdk-java-v2 #5709 quotes one
 *   and "Status Code: 400" — which spacing STS sends today is unconfirmed).
 * - `InvalidIdentityToken` (its code in STS's service model: botocore sts `InvalidIdentityTokenException`, code
 *   `InvalidIdentityToken`, 400; floci-io/floci #3205) for anything else it cannot trust. The text below is unconfirmed:
 *   no public thread quotes STS's words for a Cognito token with a bad signature or shape.
 */
export async function verifyOpenIdToken(ctx: SandboxContext, token: string): Promise<OpenIdClaims> {
  try {
    const { payload } = await jwtVerify(token, ctx.signingKey.publicKey, {
      algorithms: ['RS256'],
      issuer: COGNITO_IDENTITY_ISSUER,
      currentDate: new Date(ctx.now()),
    });
    const { sub, aud, amr, exp } = payload;
    if (typeof sub !== 'string' || typeof aud !== 'string' || typeof exp !== 'number') throw new Error('claims');
    const methods = Array.isArray(amr) ? amr.filter((v): v is string => typeof v === 'string') : [];
    return { sub, aud, amr: methods, exp };
  } catch (error) {
    if (error instanceof errors.JWTExpired) {
      const now = Math.floor(ctx.now() / 1000);
      const exp = typeof error.payload.exp === 'number' ? error.payload.exp : 0;
      throw new AwsError(
        400,
        'ExpiredTokenException',
        `Token expired: current date/time ${now} must be before the expiration date/time${exp}`,
        'query',
      );
    }
    // The code: STS's service model (above). The text: the sandbox's own (unconfirmed), not quoted from AWS.
    throw new AwsError(
      400,
      'InvalidIdentityToken',
      'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
      'query',
    );
  }
}
