import { useId, useState } from 'react';
import type { Case } from '@/chain/case';
import { planFix, type FixScope } from '@/chain/fix-plan';
import type { Verdict } from '@/chain/verdict';
import { CopyButton } from '@/components/copy-button';
import { JsonView } from '@/components/json-view';
import { useWords } from '@/components/words';

/** The fix, safe to paste: the scope, the one statement to add, and the console and CLI steps that add it. */
export function FixView({ verdict, evidence }: { verdict: Verdict; evidence: Case }) {
  const { t, say } = useWords();
  const [scope, setScope] = useState<FixScope>('fields');
  const name = useId();
  const plan = planFix(verdict, evidence, scope);
  if (!plan)
    return verdict.fix.policy ? (
      <JsonView value={verdict.fix.policy} label={say('ui.verdict.policy-to-apply')} />
    ) : null;
  return (
    <div className="mt-2 space-y-2 text-sm" data-testid="fix-plan">
      {plan.scopes.length > 1 && (
        <fieldset className="flex flex-wrap items-center gap-3 text-xs">
          <legend className="float-left mr-2 font-semibold">{t({ id: 'fix.scope.label' })}</legend>
          {plan.scopes.map((s) => (
            <label key={s} className="inline-flex items-center gap-1">
              <input type="radio" name={name} checked={scope === s} onChange={() => setScope(s)} />
              {t({ id: s === 'api' ? 'fix.scope.api' : 'fix.scope.fields' })}
            </label>
          ))}
        </fieldset>
      )}
      <JsonView value={plan.statement} label={t({ id: 'fix.statement' })} />
      <div>
        <h4 className="text-xs font-semibold">{t({ id: 'fix.console' })}</h4>
        <p>{t(plan.console)}</p>
      </div>
      <div>
        <h4 className="text-xs font-semibold">{t({ id: 'fix.cli' })}</h4>
        <ol className="space-y-1">
          {plan.cli.map((line, index) => (
            <li key={line} className="flex items-start gap-1">
              <code className="block min-w-0 flex-1 rounded bg-slate-100 p-1 font-mono text-xs break-all dark:bg-slate-900">
                {line}
              </code>
              <CopyButton value={line} label={t({ id: 'ui.what.cli-command-n', params: { n: index + 1 } })} />
            </li>
          ))}
        </ol>
        <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">{t(plan.note)}</p>
      </div>
    </div>
  );
}
