import { useEffect, useMemo, useState } from 'react';
import type { Case, PolicyEvidence } from '@/chain/case';
import { diagnose } from '@/chain/diagnose';
import { decodeShareLink } from '@/chain/share/share-decode';
import { buildTimeline } from '@/chain/timeline';
import { ErrorNote } from '@/components/panel';
import { PolicyPanel } from '@/features/evidence/components/policy-panel';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { VerdictCard } from '@/features/verdict/components/verdict-card';
import { ErrorBoundary } from '@/components/error-boundary';

const payloadOf = (hash: string) => hash.replace(/^#\/share\//, '');

/**
 * What the customer sees from a share link: the same verdict and timeline, read-only, rebuilt in this browser
 * from the link alone. No AWS call, no sign-in; a pasted policy is evaluated here and goes nowhere.
 */
export function CustomerRoot() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const decoded = useMemo(() => decodeShareLink(payloadOf(hash)), [hash]);

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto max-w-5xl px-4 py-3">
          <h1 className="text-lg font-semibold">Authtrace</h1>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            A shared investigation, read-only. Everything below was decoded from the link in this browser; nothing is
            sent anywhere.
          </p>
        </div>
      </header>
      <main className="mx-auto max-w-5xl space-y-4 p-4">
        {decoded.ok ? (
          <ErrorBoundary
            key={hash}
            what="This share link"
            hint="Ask the support engineer for the link again, or for the Markdown export of the investigation."
          >
            <SharedInvestigation shared={decoded.case} />
          </ErrorBoundary>
        ) : (
          <ErrorNote title="This share link cannot be shown">
            <p>{decoded.error}</p>
            <p className="mt-1">Links are long: make sure the whole link was copied, from https:// to the end.</p>
          </ErrorNote>
        )}
      </main>
    </div>
  );
}

/** The decoded case, diagnosed here; a policy the customer pastes joins the evidence in this browser only. */
function SharedInvestigation({ shared }: { shared: Case }) {
  const [pasted, setPasted] = useState<PolicyEvidence[]>([]);
  const evidence = useMemo(() => ({ ...shared, policies: [...shared.policies, ...pasted] }), [shared, pasted]);
  const verdict = useMemo(() => diagnose(evidence), [evidence]);
  const timeline = useMemo(() => buildTimeline(evidence, verdict.links), [evidence, verdict]);
  return (
    <>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Collected {evidence.createdAt} for region {evidence.target.region}, identity pool{' '}
        {evidence.target.identityPoolId}.
      </p>
      <VerdictCard verdict={verdict} />
      <TimelineView timeline={timeline} evidence={evidence} />
      <PolicyPanel
        evidence={evidence}
        gathering={false}
        onPaste={(roleArn, document) =>
          setPasted([{ roleArn, source: 'pasted', documents: [{ name: 'pasted policy', kind: 'inline', document }] }])
        }
      />
    </>
  );
}
