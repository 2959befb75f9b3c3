import type { RenderedVerdict } from '@/chain/messages/render-verdict';

const STATUS = { confirmed: 'confirmed', consistent: 'fits the evidence' } as const;

/** The differential diagnosis: every candidate still open (the lead first), then what the evidence ruled out. */
export function CandidateList({ verdict }: { verdict: RenderedVerdict }) {
  const { candidates, ruledOut } = verdict;
  if (candidates.length === 0 && ruledOut.length === 0) return null;
  return (
    <div className="mt-3 text-sm">
      {candidates.length > 0 && (
        <>
          <h3 className="text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
            Candidates ({candidates.length})
          </h3>
          <ol className="mt-1 list-decimal space-y-0.5 pl-5" aria-label="Candidates">
            {candidates.map((c) => (
              <li key={c.id}>
                <strong>{c.title}</strong> <span className="text-xs">({STATUS[c.status]})</span>: {c.reason}
              </li>
            ))}
          </ol>
        </>
      )}
      {ruledOut.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
            Ruled out by the evidence ({ruledOut.length})
          </summary>
          <ul className="mt-1 space-y-0.5 text-slate-700 dark:text-slate-300" aria-label="Ruled out">
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
