import type { SandboxContext } from '../context.ts';
import { AwsError } from '../http.ts';
import type { AppClient, ExplicitAuthFlow, PoolUser } from '../scenario.ts';

/**
 * Lookups and checks shared by the user pool operations, with Cognito's own error texts. Codes and statuses: the
 * InitiateAuth API reference (all 400). Each text's public source is beside it.
 */

export const invalidParameter = (message: string) => new AwsError(400, 'InvalidParameterException', message);
export const notAuthorized = (message: string) => new AwsError(400, 'NotAuthorizedException', message);
// iprak/winix #162 ("NotAuthorizedException) when calling the RespondToAuthChallenge operation: Incorrect username or
// password."); aws-amplify/amplify-flutter #1216 ("Status Code: 400; Error Code: NotAuthorizedException").
export const incorrectCredentials = () => notAuthorized('Incorrect username or password.');

export function findClient(ctx: SandboxContext, clientId: string): AppClient {
  const client = ctx.scenario.userPool.clients.find((c) => c.clientId === clientId);
  // aws/aws-sdk-php #2183 (`400 Bad Request … {"__type":"ResourceNotFoundException","message":"User pool client {id}
  // does not exist."}`); aws-amplify/amplify-flutter #740.
  if (!client) throw new AwsError(400, 'ResourceNotFoundException', `User pool client ${clientId} does not exist.`);
  return client;
}

/**
 * The user a sign-in names. The pool signs in by username or, since its username attribute is email
 * (`username_attributes: ['email']` in the served config), by email; neither is case-sensitive (Cognito's default
 * `UsernameConfiguration.CaseSensitive: false`). Unknown users get UserNotFoundException, as a client without
 * `PreventUserExistenceErrors` answers.
 */
export function findUser(ctx: SandboxContext, name: string): PoolUser {
  const wanted = name.toLowerCase();
  const user = ctx.scenario.userPool.users.find(
    (u) => u.username.toLowerCase() === wanted || u.email.toLowerCase() === wanted,
  );
  // amazon-archives/amazon-cognito-identity-js #192 (`{"message":"User does not exist.","code":"UserNotFoundException",
  // … "statusCode":400}`); amazon-archives/amazon-cognito-auth-js #168.
  if (!user) throw new AwsError(400, 'UserNotFoundException', 'User does not exist.');
  return user;
}

/** The user a session was issued to, if still in the pool (a scenario may have removed it). */
export function sessionUser(ctx: SandboxContext, username: string): PoolUser | undefined {
  // Access tokens name the user by its Cognito username, the sub in an email-username pool (tokens.ts).
  return ctx.scenario.userPool.users.find((u) => u.username === username || u.sub === username);
}

// "USER_SRP_AUTH is not enabled for the client": aws-samples/aws-serverless-workshops #277 (the title quotes it without
// the final period: the period is unconfirmed). The USER_PASSWORD_AUTH and refresh texts are not quoted from AWS in any
// public thread found (unconfirmed; no rule reads them, only the code `InvalidParameterException`).
const FLOW_ERRORS: Record<string, [ExplicitAuthFlow, string]> = {
  USER_SRP_AUTH: ['ALLOW_USER_SRP_AUTH', 'USER_SRP_AUTH is not enabled for the client.'],
  USER_PASSWORD_AUTH: ['ALLOW_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH flow not enabled for this client'],
  REFRESH_TOKEN_AUTH: ['ALLOW_REFRESH_TOKEN_AUTH', 'Refresh Token flow not enabled for this client'],
  REFRESH_TOKEN: ['ALLOW_REFRESH_TOKEN_AUTH', 'Refresh Token flow not enabled for this client'],
};

/** Rejects a flow the app client's `ExplicitAuthFlows` does not allow. */
export function requireFlow(client: AppClient, authFlow: string): void {
  const rule = FLOW_ERRORS[authFlow];
  if (rule && !client.explicitAuthFlows.includes(rule[0])) throw invalidParameter(rule[1]);
}

/** AuthFlowType as the API model lists it, for the validation error on anything else. */
export const AUTH_FLOWS = [
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'REFRESH_TOKEN',
  'CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_AUTH',
];

/** A string-to-string map parameter (`AuthParameters`, `ChallengeResponses`), dropping non-string values. */
export function stringMap(input: Record<string, unknown>, key: string): Record<string, string> {
  const value = input[key];
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [name, item] of Object.entries(value)) if (typeof item === 'string') out[name] = item;
  }
  return out;
}

/**
 * `Missing required parameter X`, Cognito's answer to an absent AuthParameters / ChallengeResponses entry
 * (aws/aws-sdk-php #1057: `{"__type":"InvalidParameterException","message":"Missing required parameter UserName"}`,
 * echoing the name as sent).
 */
export function requireParam(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (!value) throw invalidParameter(`Missing required parameter ${name}`);
  return value;
}
