import { createHash, randomBytes } from 'node:crypto';
import type { SandboxContext } from '../context.ts';
import type { AppClient, PoolUser } from '../scenario.ts';
import {
  claimSignature,
  isCognitoTimestamp,
  isValidClientPublic,
  passwordVerifier,
  serverEphemeral,
  sessionKey,
  signaturesMatch,
  type ServerEphemeral,
} from '../srp.ts';
import {
  incorrectCredentials,
  invalidParameter,
  notAuthorized,
  requireParam,
  sessionUser,
} from './cognito-idp-pool.ts';

/**
 * USER_SRP_AUTH: InitiateAuth answers the PASSWORD_VERIFIER challenge, RespondToAuthChallenge checks the claim.
 * Cognito carries the state in SECRET_BLOCK and sends no Session for this challenge; here SECRET_BLOCK is a random
 * handle to the server state kept in `ctx.srpSessions`.
 */

/** Cognito's default app client `AuthSessionValidity`: 3 minutes. */
const AUTH_SESSION_VALIDITY_MS = 3 * 60 * 1000;

export class SrpChallenge {
  constructor(
    readonly username: string,
    readonly clientId: string,
    readonly A: bigint,
    readonly ephemeral: ServerEphemeral,
    readonly verifier: bigint,
    readonly expiresAt: number,
  ) {}
}

export interface PasswordVerifierChallenge {
  ChallengeName: 'PASSWORD_VERIFIER';
  ChallengeParameters: Record<string, string>;
}

/** The part of the pool id after the underscore: Cognito's "pool name" in the SRP hashes. */
function poolName(ctx: SandboxContext): string {
  return ctx.scenario.userPool.id.split('_')[1] ?? '';
}

/** A stable 16-byte salt per user (Cognito picks a random one when the password is set and keeps it). */
function saltFor(ctx: SandboxContext, user: PoolUser): string {
  return createHash('sha256').update(`${ctx.scenario.userPool.id}/${user.username}`).digest('hex').slice(0, 32);
}

export function startSrp(
  ctx: SandboxContext,
  client: AppClient,
  user: PoolUser,
  srpA: string,
): PasswordVerifierChallenge {
  const A = /^[0-9a-f]{1,800}$/i.test(srpA) ? BigInt(`0x${srpA}`) : 0n;
  // The sandbox's own text, not AWS's (unconfirmed what Cognito answers for a zero SRP_A).
  if (!isValidClientPublic(A))
    throw invalidParameter('SRP_A is not a valid SRP public value (the sandbox checks A mod N != 0).');
  const salt = saltFor(ctx, user);
  const verifier = passwordVerifier(poolName(ctx), user.username, user.password, salt);
  const ephemeral = serverEphemeral(verifier);
  const secretBlock = randomBytes(1024).toString('base64');
  pruneExpired(ctx);
  ctx.srpSessions.set(
    secretBlock,
    new SrpChallenge(
      user.username,
      client.clientId,
      A,
      ephemeral,
      verifier,
      ctx.now('cognito-idp') + AUTH_SESSION_VALIDITY_MS,
    ),
  );
  return {
    ChallengeName: 'PASSWORD_VERIFIER',
    ChallengeParameters: {
      SALT: salt,
      SECRET_BLOCK: secretBlock,
      SRP_B: ephemeral.B.toString(16),
      USERNAME: user.username,
      USER_ID_FOR_SRP: user.username,
    },
  };
}

/** Checks PASSWORD_CLAIM_SIGNATURE; returns the authenticated user. Each challenge allows one answer. */
export function finishSrp(ctx: SandboxContext, client: AppClient, responses: Record<string, string>): PoolUser {
  const username = requireParam(responses, 'USERNAME');
  const secretBlock = requireParam(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
  const timestamp = requireParam(responses, 'TIMESTAMP');
  const signature = requireParam(responses, 'PASSWORD_CLAIM_SIGNATURE');
  const challenge = ctx.srpSessions.get(secretBlock);
  // aws-amplify/amplify-js #5834, aws-samples/amazon-cognito-passwordless-email-auth #17 (NotAuthorizedException).
  if (!(challenge instanceof SrpChallenge) || challenge.clientId !== client.clientId)
    throw notAuthorized('Invalid session for the user.');
  ctx.srpSessions.delete(secretBlock);
  // The expired-session wording is unconfirmed (no public thread quotes it).
  if (ctx.now('cognito-idp') >= challenge.expiresAt)
    throw notAuthorized('Invalid session for the user, session is expired.');
  // Wording as Cognito answers a localized or otherwise malformed TIMESTAMP: unconfirmed (no public thread found
  // quotes it; the format itself is Cognito's, "EEE MMM d HH:mm:ss z yyyy", as Amplify's SRP client formats it).
  if (!isCognitoTimestamp(timestamp))
    throw invalidParameter('TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.');
  const user = sessionUser(ctx, challenge.username);
  if (!user || username !== challenge.username) throw incorrectCredentials();
  const key = sessionKey({
    A: challenge.A,
    B: challenge.ephemeral.B,
    b: challenge.ephemeral.b,
    verifier: challenge.verifier,
  });
  const expected = claimSignature(key, {
    poolName: poolName(ctx),
    userIdForSrp: user.username,
    secretBlock,
    timestamp,
  });
  if (!signaturesMatch(expected, signature)) throw incorrectCredentials();
  return user;
}

function pruneExpired(ctx: SandboxContext): void {
  const now = ctx.now('cognito-idp');
  for (const [id, challenge] of ctx.srpSessions)
    if (challenge instanceof SrpChallenge && now >= challenge.expiresAt) ctx.srpSessions.delete(id);
}
