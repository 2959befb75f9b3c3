import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { VerdictChange } from '@/chain/compare';
import { render } from '@/chain/messages/catalog';
import { en } from '@/chain/messages/en';
import { renderVerdict } from '@/chain/messages/render-verdict';
import { withRoleNames } from '@/chain/messages/role-names';
import type { Verdict } from '@/chain/verdict';
import { CopyButton } from '@/components/copy-button';
import { JsonView } from '@/components/json-view';
import { useCatalog } from '@/components/use-catalog';
import type { Case } from '@/chain/case';
import { MessageText } from '@/components/message-text';
import { CandidateList } from './candidate-list';
import { FixView } from './fix-view';
import { VerdictChanges } from './verdict-changes';

const TONE = {
  healthy: 'border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950/40',
  broken: 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950/40',
  inconclusive: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40',
} as const;

interface VerdictCardProps {
  verdict: Verdict;
  /**
   * Set by the dashboard to the run's id: when the card appears for a run (or the id changes), the verdict is
   * scrolled into view and its heading takes the focus, so a keyboard or screen reader user lands on it.
   */
  focusKey?: number;
  /** Shown above the verdict: e.g. "provisional, waiting for CloudTrail" with its actions. */
  status?: ReactNode;
  /** How this verdict changed while evidence arrived. */
  changes?: VerdictChange[];
  /** The case behind the verdict: with it, the fix is shown paste-ready (scope, statement, console and CLI steps). */
  evidence?: Case;
}

/** The verdict: the cause, the broken link, its proof, the fix, the candidates, and the message for the customer. */
export function VerdictCard({ verdict: diagnosis, focusKey, status, changes = [], evidence }: VerdictCardProps) {
  const [language, setLanguage] = useState<'en' | 'ja'>('en');
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey === undefined) return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [focusKey]);

  const verdict = renderVerdict(diagnosis, en);
  const headline = render(withRoleNames(diagnosis.headline), en);
  const catalog = useCatalog(language);
  const message = catalog ? renderVerdict(diagnosis, catalog).customerMessage : '';
  const tone = verdict.cause === 'healthy' ? 'healthy' : verdict.cause === 'inconclusive' ? 'inconclusive' : 'broken';
  const brokenLink = diagnosis.links.find((l) => l.id === diagnosis.brokenLink);
  return (
    <section aria-label="Verdict" ref={sectionRef} className={`scroll-mt-4 rounded-lg border p-4 ${TONE[tone]}`}>
      {status}
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span
          className="rounded bg-slate-900 px-1.5 py-0.5 font-mono text-white dark:bg-slate-100 dark:text-slate-900"
          data-testid="verdict-cause"
          title="Failure mode id (FAILURE-MODES.md)"
        >
          {verdict.cause}
        </span>
        <span className="rounded border border-current px-1.5 py-0.5">
          {verdict.confidence === 'proven' ? 'proven by the evidence' : 'likely: not proven yet'}
        </span>
        {verdict.brokenLink && (
          <span className="text-slate-700 dark:text-slate-300">
            Broken link: {brokenLink ? render(brokenLink.label, en) : verdict.brokenLink}
          </span>
        )}
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="mt-2 text-lg font-semibold focus:outline-none">
        {verdict.title}
      </h2>
      <p className="mt-1 font-medium">{headline}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <MessageText message={diagnosis.explanation} catalog={en} />
      </p>
      <VerdictChanges changes={changes} />

      {verdict.proofs.length > 0 && (
        <div className="mt-3">
          <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">Proof</h3>
          <ul className="mt-1 space-y-0.5 text-sm">
            {verdict.proofs.map((proof) => (
              <li key={proof.pointer} className="flex flex-wrap items-center gap-1">
                <span className="text-slate-700 dark:text-slate-300">{proof.label}:</span>
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
        <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">Fix</h3>
        <p className="mt-1 text-sm">{render(withRoleNames(diagnosis.fix.summary), en)}</p>
        {evidence ? (
          <FixView verdict={diagnosis} evidence={evidence} />
        ) : (
          verdict.fix.policy && <JsonView value={verdict.fix.policy} label="Policy to apply" />
        )}
      </div>

      {verdict.next && (
        <p className="mt-3 text-sm" data-testid="verdict-next">
          <strong>The one piece of evidence that decides:</strong> {verdict.next.how}
        </p>
      )}

      <CandidateList verdict={verdict} />

      {message && (
        <div className="mt-3">
          <div className="flex items-center gap-2">
            <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              Message for the customer
            </h3>
            <div role="group" aria-label="Message language" className="flex gap-1 text-xs">
              {(['en', 'ja'] as const).map((lang) => (
                <button
                  key={lang}
                  type="button"
                  aria-pressed={language === lang}
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
