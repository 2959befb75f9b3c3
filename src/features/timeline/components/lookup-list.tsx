import type { Lookup } from '@/chain/case';
import { lookupPurpose } from '@/chain/messages/render-verdict';
import { CopyButton } from '@/components/copy-button';
import { Panel } from '@/components/panel';
import { useWords } from '@/components/words';

/** Every question asked of AWS for evidence, with its cost and the CLI command that repeats it. */
export function LookupList({ lookups }: { lookups: Lookup[] }) {
  const { t, say, catalog } = useWords();
  if (lookups.length === 0) return null;
  return (
    <Panel title={say('ui.lookups.title')}>
      <ul className="space-y-2 text-xs">
        {lookups.map((lookup, index) => (
          <li key={`${lookup.at}-${index}`} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <p>
              <span className="font-medium">{lookupPurpose(lookup, catalog)}</span> —{' '}
              {t({ id: 'ui.lookup.calls', params: { count: lookup.calls } })},{' '}
              <span className="font-mono">{lookup.outcome}</span>
              {lookup.error && <span className="text-red-700 dark:text-red-400"> ({lookup.error.name})</span>}
            </p>
            <div className="mt-1 flex items-start gap-1">
              <code className="block flex-1 font-mono text-[11px] break-all text-slate-600 dark:text-slate-400">
                {lookup.cli}
              </code>
              <CopyButton value={lookup.cli} label={say('ui.what.cli-command')} />
            </div>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
