import { Button } from '@/components/button';
import { Panel } from '@/components/panel';
import type { AuthMode } from '@/chain/case';
import type { Connection } from '@/chain/connection';
import { useWords } from '@/components/words';

/** Step 1, filled: one glance at what the run talks to, and a way back to the form. */
export function ConnectSummary({ connection, onEdit }: { connection: Connection; onEdit(): void }) {
  const { t, say } = useWords();
  const mode = (m: AuthMode) => say(`ui.mode.${m}`);
  const { target, apiAuthModes } = connection;
  const host = (() => {
    try {
      return new URL(target.graphqlEndpoint).host;
    } catch {
      return target.graphqlEndpoint;
    }
  })();
  const also = (apiAuthModes ?? []).filter((m) => m !== target.authMode).map(mode);
  const rows: [string, string][] = [
    [say('ui.field.region'), target.region],
    [
      say('ui.summary.user-pool'),
      t({ id: 'ui.summary.user-pool.value', params: { pool: target.userPoolId, client: target.userPoolClientId } }),
    ],
    [say('ui.summary.identity-pool'), target.identityPoolId],
    [
      say('ui.summary.api'),
      t({ id: 'ui.summary.api.value', params: { api: target.apiId ?? host, account: target.accountId ?? '' } }),
    ],
    [
      say('ui.summary.auth'),
      t({
        id: 'ui.summary.auth.value',
        params: { mode: mode(target.authMode), also: also.join(say('ui.list.join')) },
      }),
    ],
  ];
  return (
    <Panel
      title={say('ui.connect.title')}
      actions={
        <Button variant="ghost" onClick={onEdit} aria-label={say('ui.summary.change.name')}>
          {say('ui.summary.change')}
        </Button>
      }
    >
      <dl
        className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs"
        aria-label={say('ui.summary.label')}
      >
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
