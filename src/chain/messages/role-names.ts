import type { Message } from './catalog';

// arn:aws:iam::123456789012:role/path/name → name (IAM role ARNs; a path may have several segments).
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;

/** The role's name when the text is a role ARN; any other text unchanged. */
export function roleName(text: string): string {
  return ROLE_ARN.exec(text)?.[1] ?? text;
}

/**
 * A message whose role ARN parameters are shortened to role names: what a headline shows, so the eye meets
 * `authtrace-demo-authenticated`, not 60 characters of ARN. Proofs keep the full ARNs.
 */
export function withRoleNames(message: Message): Message {
  if (!('params' in message) || !message.params || typeof message.params !== 'object') return message;
  const params = Object.fromEntries(
    Object.entries(message.params).map(([key, value]) => [key, typeof value === 'string' ? roleName(value) : value]),
  );
  return { ...message, params } as Message;
}
