import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Lang } from '@/chain/messages/format';
import type { VerdictChange } from '@/chain/compare';
import { renderVerdict } from '@/chain/messages/render-verdict';
import { withRoleNames } from '@/chain/messages/role-names';
import type { Verdict } from '@/chain/verdict';
import { CopyButton } from '@/components/copy-button';
import { JsonView } from '@/components/json-view';
import { useCatalog } from '@/components/use-catalog';
import type { Case } from '@/chain/case';
import { LanguageSwitch } from '@/components/language-switch';
import { MessageText } from '@/components/message-text';
import { useWords } from '@/components/words';
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
  const words = useWords();
  const { t, say } = words;
  // The customer's language for the message to send: the page's, until the engineer picks another.
  // The page's language until the engineer picks another for the customer message.
  const [picked, setLanguage] = useState<Lang>();
  const language = picked ?? words.lang;
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey === undefined) return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [focusKey]);

  const verdict = renderVerdict(diagnosis, words.catalog);
  const headline = t(withRoleNames(diagnosis.headline));
  const catalog = useCatalog(language);
  const message = catalog ? renderVerdict(diagnosis, catalog).customerMessage : '';
  const tone = verdict.cause === 'healthy' ? 'healthy' : verdict.cause === 'inconclusive' ? 'inconclusive' : 'broken';
  const brokenLink = diagnosis.links.find((l) => l.id === diagnosis.brokenLink);
  return (
    <section
      aria-label={say('ui.verdict.title')}
      ref={sectionRef}
      className={`scroll-mt-4 rounded-lg border p-4 ${TONE[tone]}`}
    >
      {status}
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span
          className="rounded bg-slate-900 px-1.5 py-0.5 font-mono text-white dark:bg-slate-100 dark:text-slate-900"
          data-testid="verdict-cause"
          title={say('ui.verdict.cause-id')}
        >
          {verdict.cause}
        </span>
        <span className="rounded border border-current px-1.5 py-0.5">
          {say(verdict.confidence === 'proven' ? 'ui.verdict.proven' : 'ui.verdict.likely')}
        </span>
        {verdict.brokenLink && (
          <span className="text-slate-700 dark:text-slate-300">
            {t({
              id: 'ui.verdict.broken-link',
              params: { link: brokenLink ? t(brokenLink.label) : verdict.brokenLink },
            })}
          </span>
        )}
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="mt-2 text-lg font-semibold focus:outline-none">
        {verdict.title}
      </h2>
      <p className="mt-1 font-medium">{headline}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <MessageText message={diagnosis.explanation} />
      </p>
      <VerdictChanges changes={changes} />

      {verdict.proofs.length > 0 && (
        <div className="mt-3">
          <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
            {say('ui.verdict.proof')}
          </h3>
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
          <strong>{say('ui.verdict.not-the-cause')}</strong> {verdict.misleading}
        </p>
      )}

      <div className="mt-3">
        <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
          {say('ui.verdict.fix')}
        </h3>
        <p className="mt-1 text-sm">{t(withRoleNames(diagnosis.fix.summary))}</p>
        {evidence ? (
          <FixView verdict={diagnosis} evidence={evidence} />
        ) : (
          verdict.fix.policy && <JsonView value={verdict.fix.policy} label={say('ui.verdict.policy-to-apply')} />
        )}
      </div>

      {verdict.next && (
        <p className="mt-3 text-sm" data-testid="verdict-next">
          <strong>{say('ui.verdict.next')}</strong> {verdict.next.how}
        </p>
      )}

      <CandidateList verdict={verdict} />

      {message && (
        <div className="mt-3">
          <div className="flex items-center gap-2">
            <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
              {say('ui.verdict.customer-message')}
            </h3>
            <LanguageSwitch value={language} onChange={setLanguage} label={say('ui.verdict.message-language')} />
            <CopyButton value={message} label={say('ui.what.customer-message')} />
          </div>
          <p className="mt-1 rounded bg-white/70 p-2 text-sm dark:bg-slate-900/60" lang={language}>
            {message}
          </p>
        </div>
      )}
    </section>
  );
}
