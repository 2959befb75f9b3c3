import type { RenderedVerdict } from '@/chain/messages/render-verdict';
import { useWords } from '@/components/words';

/** The differential diagnosis: every candidate still open (the lead first), then what the evidence ruled out. */
export function CandidateList({ verdict }: { verdict: RenderedVerdict }) {
  const { t, say } = useWords();
  const { candidates, ruledOut } = verdict;
  if (candidates.length === 0 && ruledOut.length === 0) return null;
  return (
    <div className="mt-3 text-sm">
      {candidates.length > 0 && (
        <>
          <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
            {t({ id: 'ui.candidates.heading', params: { count: candidates.length } })}
          </h3>
          <ol className="mt-1 list-decimal space-y-0.5 pl-5" aria-label={say('ui.candidates.label')}>
            {candidates.map((c) => (
              <li key={c.id}>
                <strong>{c.title}</strong> <span className="text-xs">({say(`ui.candidate.${c.status}`)})</span>:{' '}
                {c.reason}
              </li>
            ))}
          </ol>
        </>
      )}
      {ruledOut.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
            {t({ id: 'ui.ruled-out.heading', params: { count: ruledOut.length } })}
          </summary>
          <ul className="mt-1 space-y-0.5 text-slate-700 dark:text-slate-300" aria-label={say('ui.ruled-out.label')}>
            {ruledOut.map((r) => (
              <li key={r.id}>
                <span className="line-through">{r.title}</span>: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
