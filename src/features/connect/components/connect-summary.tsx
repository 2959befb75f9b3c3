import { Button } from '@/components/button';
import { Panel } from '@/components/panel';
import type { Connection } from '@/chain/connection';

const MODE: Record<string, string> = {
  iam: 'AWS_IAM',
  userPool: 'Cognito user pools',
  apiKey: 'API key',
  oidc: 'OpenID Connect',
  lambda: 'Lambda',
};

/** Step 1, filled: one glance at what the run talks to, and a way back to the form. */
export function ConnectSummary({ connection, onEdit }: { connection: Connection; onEdit(): void }) {
  const { target, apiAuthModes } = connection;
  const host = (() => {
    try {
      return new URL(target.graphqlEndpoint).host;
    } catch {
      return target.graphqlEndpoint;
    }
  })();
  const rows: [string, string][] = [
    ['Region', target.region],
    ['User pool', `${target.userPoolId} · client ${target.userPoolClientId}`],
    ['Identity pool', target.identityPoolId],
    ['API', `${target.apiId ?? host}${target.accountId ? ` · account ${target.accountId}` : ''}`],
    [
      'Auth',
      `${MODE[target.authMode] ?? target.authMode} (default)${
        apiAuthModes && apiAuthModes.length > 1
          ? `; also ${apiAuthModes
              .filter((m) => m !== target.authMode)
              .map((m) => MODE[m] ?? m)
              .join(', ')}`
          : ''
      }`,
    ],
  ];
  return (
    <Panel
      title="1 · Connect"
      actions={
        <Button variant="ghost" onClick={onEdit} aria-label="Change the connection">
          Change
        </Button>
      }
    >
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs" aria-label="Connection">
        {rows.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">{name}</dt>
            <dd className="font-mono break-all">{value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
