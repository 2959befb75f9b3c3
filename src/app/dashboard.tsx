import { useMemo, useState } from 'react';
import { confirmationKey, reviewEndpoints, type TrustContext } from '@/chain/endpoint-trust';
import { parseOperation } from '@/chain/operation';
import { parseReadOnlyCredentials } from '@/chain/read-only-credentials';
import { ErrorBoundary } from '@/components/error-boundary';
import { Panel } from '@/components/panel';
import { SANDBOX_URL } from '@/features/connect/api/sandbox';
import { ConnectPanel } from '@/features/connect/components/connect-panel';
import { EndpointReviewBox } from '@/features/connect/components/endpoint-review';
import { EMPTY_DRAFT, validateDraft, type ConnectionDraft } from '@/features/connect/connection-draft';
import type { SandboxConfig } from '@/features/connect/api/sandbox';
import { RunPanel } from '@/features/run/components/run-panel';
import { EMPTY_RUN, type RunDraft } from '@/features/run/run-draft';
import { PolicyPanel } from '@/features/evidence/components/policy-panel';
import { SharePanel } from '@/features/share/components/share-panel';
import { LookupList } from '@/features/timeline/components/lookup-list';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { VerdictCard } from '@/features/verdict/components/verdict-card';
import { useInvestigation } from './use-investigation';

function draftsFromSandbox(config: SandboxConfig): { connection: ConnectionDraft; run: Partial<RunDraft> } {
  const { auth, data } = config.amplifyOutputs;
  return {
    connection: {
      region: auth.aws_region,
      userPoolId: auth.user_pool_id,
      userPoolClientId: auth.user_pool_client_id,
      identityPoolId: auth.identity_pool_id,
      graphqlEndpoint: data.url,
      authMode: data.default_authorization_type === 'AWS_IAM' ? 'iam' : 'userPool',
      apiId: config.apiId,
      accountId: config.accountId,
      endpoints: config.endpoints,
    },
    run: {
      username: config.testUser.username,
      password: config.testUser.password,
      query: config.testQuery,
      variant: config.testRun,
      credentialsText: `AWS_ACCESS_KEY_ID=${config.readOnlyCredentials.accessKeyId}\nAWS_SECRET_ACCESS_KEY=${config.readOnlyCredentials.secretAccessKey}`,
    },
  };
}

/** The configured sandbox is trusted like AWS; so is this origin's relay to AWS hosts (npm run serve). */
const TRUST: TrustContext = {
  sandboxOrigins: [new URL(SANDBOX_URL).origin],
  ...(typeof location === 'undefined' ? {} : { relayOrigin: location.origin }),
};

const RERUN = 'What you typed is kept: check the evidence, then run again (or export the case for the Authtrace team).';

export function Dashboard() {
  const [connectionDraft, setConnectionDraft] = useState(EMPTY_DRAFT);
  const [runDraft, setRunDraft] = useState(EMPTY_RUN);
  const validation = useMemo(() => validateDraft(connectionDraft), [connectionDraft]);
  const credentials = useMemo(
    () => (runDraft.credentialsText.trim() ? parseReadOnlyCredentials(runDraft.credentialsText) : undefined),
    [runDraft.credentialsText],
  );
  const investigation = useInvestigation();
  const reviews = useMemo(
    () => reviewEndpoints(connectionDraft.endpoints, connectionDraft.graphqlEndpoint.trim() || undefined, TRUST),
    [connectionDraft.endpoints, connectionDraft.graphqlEndpoint],
  );
  // A yes holds for exactly the hosts it was given for: any change of host asks again.
  const [confirmedKey, setConfirmedKey] = useState('');
  const toConfirm = confirmationKey(reviews);

  const problems: string[] = [];
  const badFields = Object.keys(validation.errors).length;
  if (badFields > 0) problems.push(`Connect: ${badFields} field${badFields === 1 ? '' : 's'} to fix.`);
  if (!runDraft.username.trim()) problems.push('Enter the test user.');
  if (!runDraft.password) problems.push('Enter the test user’s password.');
  if (credentials && !credentials.ok) problems.push(`Read-only credentials: ${credentials.error}`);
  for (const review of reviews) if (review.refused) problems.push(review.refused);
  if (toConfirm && confirmedKey !== toConfirm) problems.push('Confirm the hosts that are not AWS (above Run).');
  try {
    parseOperation(runDraft.query);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }

  const onRun = () => {
    if (!validation.connection || problems.length > 0) return;
    investigation.start(validation.connection, runDraft, credentials?.ok ? credentials.credentials : undefined, TRUST);
  };

  return (
    <div className="grid gap-4 lg:grid-cols-[360px_minmax(0,1fr)]">
      <div className="space-y-4">
        <ConnectPanel
          draft={connectionDraft}
          errors={validation.errors}
          onDraftChange={setConnectionDraft}
          onSandboxConfig={(config) => {
            const drafts = draftsFromSandbox(config);
            setConnectionDraft(drafts.connection);
            setRunDraft((current) => ({ ...current, ...drafts.run }));
          }}
        />
        <EndpointReviewBox
          reviews={reviews}
          confirmed={Boolean(toConfirm) && confirmedKey === toConfirm}
          onConfirm={(yes) => setConfirmedKey(yes ? toConfirm : '')}
        />
        <RunPanel
          draft={runDraft}
          onDraftChange={setRunDraft}
          onRun={onRun}
          running={investigation.running}
          problems={problems}
          warnings={credentials?.ok && credentials.warning ? [credentials.warning] : []}
          error={investigation.runError ? investigation.runError.message : undefined}
        />
      </div>
      <div className="min-w-0 space-y-4">
        <ErrorBoundary what="The verdict" hint={RERUN} resetKey={investigation.evidence}>
          {investigation.verdict ? (
            <VerdictCard verdict={investigation.verdict} />
          ) : (
            <Panel title="Verdict">
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {investigation.running
                  ? 'Running the chain…'
                  : 'Connect to the app, then run the chain: the broken link, its proof and the fix appear here.'}
              </p>
            </Panel>
          )}
        </ErrorBoundary>
        {investigation.timeline && investigation.evidence && (
          <ErrorBoundary what="The timeline" hint={RERUN} resetKey={investigation.evidence}>
            <TimelineView
              timeline={investigation.timeline}
              evidence={investigation.evidence}
              notes={{ sts: investigation.stsNote }}
            />
          </ErrorBoundary>
        )}
        {investigation.evidence && (
          <ErrorBoundary what="The role and its policies" hint={RERUN} resetKey={investigation.evidence}>
            <PolicyPanel
              evidence={investigation.evidence}
              gathering={investigation.gathering}
              onPaste={investigation.pastePolicy}
            />
          </ErrorBoundary>
        )}
        {investigation.evidence && (
          <ErrorBoundary what="The lookups" hint={RERUN} resetKey={investigation.evidence}>
            <LookupList lookups={investigation.evidence.lookups} />
          </ErrorBoundary>
        )}
        {investigation.evidence && investigation.verdict && (
          <ErrorBoundary what="The share panel" hint={RERUN} resetKey={investigation.evidence}>
            <SharePanel evidence={investigation.evidence} verdict={investigation.verdict} />
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
