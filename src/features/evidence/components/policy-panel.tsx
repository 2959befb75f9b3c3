import { classifyAwsError } from '@/chain/error-taxonomy';
import { lookupPurpose } from '@/chain/messages/render-verdict';
import { useState } from 'react';
import type { Case } from '@/chain/case';
import { accountIdOf, assumedRoleArn, chainSteps, matchingStsRecord } from '@/chain/evidence';
import { fieldAccess } from '@/chain/field-access';
import { resolveRole, roleInQuestion } from '@/chain/role-resolution';
import { Button } from '@/components/button';
import { CopyButton } from '@/components/copy-button';
import { TextArea } from '@/components/field';
import { JsonView } from '@/components/json-view';
import { Panel } from '@/components/panel';
import { useWords } from '@/components/words';

// A query may name hundreds of fields: the first rows are drawn, the rest on request (a thousand rows of ARNs take
// longer to lay out than the rest of the page).
const FIRST_ROWS = 50;

interface PolicyPanelProps {
  evidence: Case;
  gathering: boolean;
  onPaste(roleArn: string, document: unknown): void;
}

/** Which role should have been used and which was, its policies, and the decision on each field ARN. */
export function PolicyPanel({ evidence, gathering, onPaste }: PolicyPanelProps) {
  const { t, say, catalog } = useWords();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [allRows, setAllRows] = useState(false);
  const { credentials } = chainSteps(evidence);
  const record = matchingStsRecord(evidence, credentials?.accessKeyId);
  const assumed = record ? assumedRoleArn(record) : undefined;
  const resolution = resolveRole(evidence);
  const roleArn = roleInQuestion(evidence);
  const policies = roleArn ? evidence.policies.filter((p) => p.roleArn === roleArn) : [];
  const access = fieldAccess(evidence, roleArn, accountIdOf(evidence));
  const denied = evidence.lookups.filter((l) => l.outcome === 'denied');
  // IAM answers no CORS: without the relay the browser's call fails as a network error (src/aws/relay.ts).
  const unreachable = evidence.lookups.filter(
    (l) =>
      l.source === 'iam' &&
      l.outcome === 'error' &&
      l.error &&
      classifyAwsError(Object.assign(new Error(l.error.message), { name: l.error.name }), { service: 'iam' }).kind ===
        'network',
  );

  const paste = () => {
    try {
      const document: unknown = JSON.parse(text);
      if (!document || typeof document !== 'object' || !('Statement' in document)) {
        setError(say('ui.policy.paste.no-statement'));
        return;
      }
      setError(undefined);
      if (roleArn) onPaste(roleArn, document);
    } catch (e) {
      setError(t({ id: 'ui.policy.paste.not-json', params: { problem: e instanceof Error ? e.message : String(e) } }));
    }
  };

  return (
    <Panel title={say('ui.policy.title')}>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-slate-600 dark:text-slate-400">{say('ui.policy.should-choose')}</dt>
        <dd className="font-mono break-all">
          {resolution.roleArn ?? '—'}{' '}
          <span className="font-sans text-slate-600 dark:text-slate-400">({t(resolution.reason)})</span>
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">{say('ui.policy.assumed')}</dt>
        <dd className="font-mono break-all">{assumed ?? say('ui.policy.not-known')}</dd>
      </dl>
      {access.length > 0 && (
        <table className="mt-3 w-full text-left text-xs">
          <caption className="sr-only">{say('ui.policy.caption')}</caption>
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              <th className="py-1 font-medium">{say('ui.policy.col.arn')}</th>
              <th className="py-1 font-medium">{say('ui.policy.col.ours')}</th>
              <th className="py-1 font-medium">{say('ui.policy.col.statement')}</th>
              <th className="py-1 font-medium">{say('ui.policy.col.simulation')}</th>
            </tr>
          </thead>
          <tbody>
            {(allRows ? access : access.slice(0, FIRST_ROWS)).map((a) => (
              <tr key={a.arn} className="border-t border-slate-200 align-top dark:border-slate-700">
                <td className="py-1 pr-2 font-mono break-all">{a.arn}</td>
                <td className="py-1 pr-2">{a.evaluation ? say(`ui.decision.${a.evaluation.decision}`) : '—'}</td>
                <td className="py-1 pr-2 font-mono break-all">
                  {a.evaluation?.decisive[0]
                    ? `${a.evaluation.decisive[0].policy}${a.evaluation.decisive[0].sid ? ` (${a.evaluation.decisive[0].sid})` : ` #${a.evaluation.decisive[0].index}`}`
                    : a.evaluation
                      ? say('ui.policy.none-matches')
                      : '—'}
                </td>
                <td className="py-1">{a.simulation?.decision ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!allRows && access.length > FIRST_ROWS && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {t({ id: 'ui.policy.first-rows', params: { shown: FIRST_ROWS, total: access.length } })}{' '}
          <Button onClick={() => setAllRows(true)}>
            {t({ id: 'ui.policy.show-all', params: { total: access.length } })}
          </Button>
        </p>
      )}
      {gathering && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" role="status">
          {say('ui.policy.reading')}
        </p>
      )}
      {denied.length > 0 && (
        <p className="mt-2 text-xs text-amber-800 dark:text-amber-300">
          {t({
            id: 'ui.policy.not-readable',
            params: { what: denied.map((l) => lookupPurpose(l, catalog)).join(say('ui.list.join')) },
          })}
        </p>
      )}
      {unreachable.length > 0 && (
        <div className="mt-2 space-y-1 text-xs text-amber-800 dark:text-amber-300" role="note">
          <p>{say('ui.policy.iam-from-browser')}</p>
          {unreachable.map((l, index) => (
            <div key={`${l.at}-${index}`} className="flex items-start gap-1">
              <code className="block flex-1 font-mono text-[11px] break-all text-slate-600 dark:text-slate-400">
                {l.cli}
              </code>
              <CopyButton value={l.cli} label={say('ui.what.cli-command')} />
            </div>
          ))}
        </div>
      )}
      {policies.flatMap((p) =>
        p.documents.map((d) => (
          <details key={`${p.source}-${d.name}`} className="mt-2">
            <summary className="cursor-pointer text-xs text-sky-800 dark:text-sky-300">
              {t({
                id: 'ui.policy.source',
                params: { name: d.kind === 'trust' ? say('ui.policy.trust') : d.name, source: p.source },
              })}
            </summary>
            <JsonView value={d.document} label={t({ id: 'ui.json-of', params: { what: d.name } })} />
          </details>
        )),
      )}
      {roleArn && (
        <div className="mt-3 space-y-2">
          <TextArea
            label={say('ui.policy.paste.label')}
            rows={4}
            spellCheck={false}
            value={text}
            error={error}
            onChange={(e) => setText(e.target.value)}
            hint={say('ui.policy.paste.hint')}
          />
          <Button onClick={paste} disabled={!text.trim()}>
            {say('ui.policy.paste.button')}
          </Button>
        </div>
      )}
    </Panel>
  );
}
