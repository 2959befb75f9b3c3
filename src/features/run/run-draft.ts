import type { RunVariant } from '@/chain/connection';

/** What the Run form holds. The password and the credentials text live only in this in-memory state. */
export interface RunDraft {
  username: string;
  password: string;
  flow: 'USER_SRP_AUTH' | 'USER_PASSWORD_AUTH';
  query: string;
  credentialsText: string;
  /** A declared difference from the standard run (set by a sandbox scenario; the engineer can clear it). */
  variant?: RunVariant;
}

export const EMPTY_RUN: RunDraft = {
  username: '',
  password: '',
  flow: 'USER_SRP_AUTH',
  query: 'query ListNotes {\n  listNotes {\n    id\n  }\n}',
  credentialsText: '',
};
