import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import type { Scenario, ServiceClock } from './scenario.ts';

/** A CloudTrail record in AWS's record shape (the JSON that `LookupEvents` returns as `CloudTrailEvent`). */
export interface TrailRecord {
  eventVersion: string;
  userIdentity: Record<string, unknown>;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  errorCode?: string;
  errorMessage?: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  resources?: { ARN?: string; accountId?: string; type?: string }[];
  eventType: string;
  managementEvent: boolean;
  recipientAccountId: string;
  eventCategory: string;
  [key: string]: unknown;
}

/** What the account's CloudTrail holds: the record, when it happened, and when LookupEvents may see it. */
export interface StoredTrailEvent {
  record: TrailRecord;
  /** Epoch ms of the call. */
  at: number;
  /** Epoch ms from which LookupEvents returns it. */
  visibleAt: number;
  /** LookupEvents' `Username` attribute and `Resources`, as CloudTrail indexes them. */
  username?: string;
  resources: { resourceType: string; resourceName: string }[];
}

export interface LogEvent {
  logStreamName: string;
  timestamp: number;
  message: string;
  ingestionTime: number;
  eventId: string;
}

/** Temporary credentials the sandbox issued (identity pool or STS), keyed by access key id. */
export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Epoch ms. */
  expiration: number;
  roleArn: string;
  identityId?: string;
  assumedRoleId: string;
  sessionName: string;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/**
 * The live state of the emulated account for the active scenario. Switching scenario builds a new one.
 * Services read the scenario and mutate only these stores.
 */
export interface SandboxContext {
  scenario: Scenario;
  /** The sandbox's base URL, e.g. `http://127.0.0.1:4510`. */
  baseUrl: string;
  /** Server time in epoch ms, including the scenario's clock offset and, when given, that service's own. */
  now(clock?: ServiceClock): number;
  signingKey: SigningKey;
  trail: StoredTrailEvent[];
  /** Log group name → events. */
  logs: Map<string, LogEvent[]>;
  credentials: Map<string, IssuedCredentials>;
  /** Identity id → the logins key that created it (or 'unauthenticated'). */
  identities: Map<string, { logins: string[] }>;
  /** Opaque refresh token → username + client. */
  refreshTokens: Map<string, { username: string; clientId: string }>;
  /** SRP session id → server secret state. Owned by the user pool service. */
  srpSessions: Map<string, unknown>;
  /** Epoch ms of recent LookupEvents calls (throttling window). */
  lookupCalls: number[];
}

let cachedKey: SigningKey | undefined;

/** One RSA key per process: generating one takes a while and tokens only need to verify within a run. */
function signingKey(): SigningKey {
  if (!cachedKey) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    cachedKey = { kid: randomUUID(), privateKey, publicKey };
  }
  return cachedKey;
}

export function createContext(scenario: Scenario, baseUrl: string): SandboxContext {
  return {
    scenario,
    baseUrl,
    now: (clock) =>
      Date.now() +
      (scenario.serverClockOffsetSeconds + (clock ? (scenario.clockOffsetsSeconds?.[clock] ?? 0) : 0)) * 1000,
    signingKey: signingKey(),
    trail: [],
    logs: new Map(),
    credentials: new Map(),
    identities: new Map(),
    refreshTokens: new Map(),
    srpSessions: new Map(),
    lookupCalls: [],
  };
}
