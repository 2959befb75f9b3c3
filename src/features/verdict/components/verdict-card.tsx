import { useState } from 'react';
import { en } from '@/chain/messages/en';
import { renderVerdict } from '@/chain/messages/render-verdict';
import type { Verdict } from '@/chain/verdict';
import { CopyButton } from '@/components/copy-button';
import { JsonView } from '@/components/json-view';
import { useCatalog } from '@/components/use-catalog';

const TONE = {
  healthy: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40',
  broken: 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40',
  inconclusive: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40',
} as const;

/** The verdict: the broken link, its proof, the fix, and the message for the customer. */
export function VerdictCard({ verdict: diagnosis }: { verdict: Verdict }) {
  const [language, setLanguage] = useState<'en' | 'ja'>('en');
  const verdict = renderVerdict(diagnosis, en);
  const catalog = useCatalog(language);
  const message = catalog ? renderVerdict(diagnosis, catalog).customerMessage : '';
  const tone = verdict.cause === 'healthy' ? 'healthy' : verdict.cause === 'inconclusive' ? 'inconclusive' : 'broken';
  const others = verdict.candidates.slice(1);
  return (
    <section aria-label="Verdict" className={`rounded-lg border p-4 ${TONE[tone]}`}>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span
          className="rounded bg-slate-900 px-1.5 py-0.5 font-mono text-white dark:bg-slate-100 dark:text-slate-900"
          data-testid="verdict-cause"
        >
          {verdict.cause}
        </span>
        <span className="rounded border border-current px-1.5 py-0.5">
          {verdict.confidence === 'proven' ? 'proven by the evidence' : 'likely: not proven yet'}
        </span>
        {verdict.brokenLink && (
          <span className="text-slate-600 dark:text-slate-300">broken link: {verdict.brokenLink}</span>
        )}
      </div>
      <h2 className="mt-2 text-lg font-semibold">{verdict.headline}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{verdict.explanation}</p>

      {verdict.proofs.length > 0 && (
        <div className="mt-3">
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Proof</h3>
          <ul className="mt-1 space-y-0.5 text-sm">
            {verdict.proofs.map((proof) => (
              <li key={proof.pointer} className="flex flex-wrap items-center gap-1">
                <span className="text-slate-600 dark:text-slate-400">{proof.label}:</span>
                <code className="font-mono text-xs break-all">{proof.value}</code>
                <CopyButton value={proof.value} label={proof.label} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {verdict.misleading && (
        <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
          <strong>Not the cause:</strong> {verdict.misleading}
        </p>
      )}

      <div className="mt-3">
        <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Fix</h3>
        <p className="mt-1 text-sm">{verdict.fix.summary}</p>
        {verdict.fix.policy && <JsonView value={verdict.fix.policy} label="Policy to apply" />}
      </div>

      {verdict.next && (
        <p className="mt-3 text-sm" data-testid="verdict-next">
          <strong>The one piece of evidence that decides:</strong> {verdict.next.how}
        </p>
      )}

      {(others.length > 0 || verdict.ruledOut.length > 0) && (
        <details className="mt-3 text-sm" open={others.length > 0}>
          <summary className="cursor-pointer text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
            Other candidates ({others.length}) and ruled out ({verdict.ruledOut.length})
          </summary>
          {others.length > 0 && (
            <ul className="mt-1 space-y-0.5" aria-label="Other candidates">
              {others.map((c) => (
                <li key={c.id}>
                  <strong>{c.title}</strong> <span className="text-xs">({c.status})</span>: {c.reason}
                </li>
              ))}
            </ul>
          )}
          <ul className="mt-1 space-y-0.5 text-slate-600 dark:text-slate-400" aria-label="Ruled out">
            {verdict.ruledOut.map((r) => (
              <li key={r.id}>
                <span className="line-through">{r.title}</span>: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}

      {message && (
        <div className="mt-3">
          <div className="flex items-center gap-2">
            <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Message for the customer</h3>
            <div role="tablist" aria-label="Message language" className="flex gap-1 text-xs">
              {(['en', 'ja'] as const).map((lang) => (
                <button
                  key={lang}
                  type="button"
                  role="tab"
                  aria-selected={language === lang}
                  onClick={() => setLanguage(lang)}
                  className={`rounded px-1.5 ${language === lang ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900' : ''}`}
                >
                  {lang === 'en' ? 'English' : '日本語'}
                </button>
              ))}
            </div>
            <CopyButton value={message} label="customer message" />
          </div>
          <p className="mt-1 rounded bg-white/70 p-2 text-sm dark:bg-slate-900/60" lang={language}>
            {message}
          </p>
        </div>
      )}
    </section>
  );
}
