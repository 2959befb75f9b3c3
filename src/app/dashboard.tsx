import { useEffect, useMemo, useRef, useState } from 'react';
import { confirmationKey, reviewEndpoints, type TrustContext } from '@/chain/endpoint-trust';
import { parseAppConfig } from '@/chain/app-config';
import { compareVerdicts, gistOf } from '@/chain/compare';
import { diagnose } from '@/chain/diagnose';
import { restoreCase } from '@/chain/restore';
import { modeTitle, wordsMessage, type Message } from '@/chain/messages/catalog';
import { parseOperation } from '@/chain/operation';
import { parseReadOnlyCredentials } from '@/chain/read-only-credentials';
import { ErrorBoundary } from '@/components/error-boundary';
import { Panel } from '@/components/panel';
import { useWords } from '@/components/words';
import { SANDBOX_CONFIGURED, SANDBOX_URL } from '@/features/connect/api/sandbox';
import { ConnectPanel } from '@/features/connect/components/connect-panel';
import { EndpointReviewBox } from '@/features/connect/components/endpoint-review';
import { ConnectSummary } from '@/features/connect/components/connect-summary';
import { RunHistory } from '@/features/compare/components/run-history';
import { EMPTY_DRAFT, validateDraft, type ConnectionDraft } from '@/features/connect/connection-draft';
import type { SandboxConfig } from '@/features/connect/api/sandbox';
import { RunPanel } from '@/features/run/components/run-panel';
import { EMPTY_RUN, type RunDraft } from '@/features/run/run-draft';
import { PolicyPanel } from '@/features/evidence/components/policy-panel';
import { SharePanel } from '@/features/share/components/share-panel';
import { LookupList } from '@/features/timeline/components/lookup-list';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { ProvisionalNote } from '@/features/verdict/components/provisional-note';
import { VerdictCard } from '@/features/verdict/components/verdict-card';
import { useInvestigation } from './use-investigation';

function draftsFromSandbox(config: SandboxConfig): { connection: ConnectionDraft; run: Partial<RunDraft> } {
  const { auth, data } = config.amplifyOutputs;
  // The API's modes as the pasted-config path reads them (app-config.ts): one reading for both paths.
  const parsed = parseAppConfig(JSON.stringify(config));
  const apiAuthModes = parsed.ok ? parsed.apiAuthModes : undefined;
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
      ...(apiAuthModes ? { apiAuthModes } : {}),
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
  // The sandbox is trusted where it is configured (npm start, a build made with VITE_SANDBOX_URL), never by default.
  sandboxOrigins: SANDBOX_CONFIGURED ? [new URL(SANDBOX_URL).origin] : [],
  ...(typeof location === 'undefined' ? {} : { relayOrigin: location.origin }),
};

export function Dashboard() {
  const { t, say } = useWords();
  const RERUN = say('ui.rerun-hint');
  const [connectionDraft, setConnectionDraft] = useState(EMPTY_DRAFT);
  const [runDraft, setRunDraft] = useState(EMPTY_RUN);
  // Step 1 folds to a summary once filled; "Change" opens the form again.
  const [connectFolded, setConnectFolded] = useState(false);
  const runButton = useRef<HTMLButtonElement>(null);
  // Counts the folds: after each, once the summary and the filled Run form are on screen, Run takes the focus.
  const [folds, setFolds] = useState(0);
  useEffect(() => {
    if (folds > 0) runButton.current?.focus();
  }, [folds]);
  const validation = useMemo(() => validateDraft(connectionDraft), [connectionDraft]);
  const fieldErrors = Object.fromEntries(
    Object.entries(validation.errors).map(([field, message]) => [field, t(message)]),
  );
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
  const problem = (message: Message) => problems.push(t(message));
  const badFields = Object.keys(validation.errors).length;
  if (badFields > 0) problem({ id: 'ui.problem.connect', params: { count: badFields } });
  if (!runDraft.username.trim()) problem({ id: 'ui.problem.user' });
  if (!runDraft.password) problem({ id: 'ui.problem.password' });
  if (credentials && !credentials.ok)
    problem({ id: 'ui.problem.credentials', params: { problem: t(wordsMessage(credentials.error)) } });
  for (const review of reviews) if (review.refused) problems.push(t(wordsMessage(review.refused)));
  if (toConfirm && confirmedKey !== toConfirm) problem({ id: 'ui.problem.confirm-hosts' });
  try {
    parseOperation(runDraft.query);
  } catch (error) {
    problem({ id: 'ui.problem.query', params: { problem: error instanceof Error ? error.message : String(error) } });
  }

  const onRun = () => {
    if (!validation.connection || problems.length > 0) return;
    investigation.start(validation.connection, runDraft, credentials?.ok ? credentials.credentials : undefined, TRUST);
  };
  /** Folds step 1 when the draft is complete, and hands the focus on to Run (the folded form's button is gone). */
  const foldConnect = (draft: ConnectionDraft) => {
    if (!validateDraft(draft).connection) return;
    setConnectFolded(true);
    setFolds((n) => n + 1);
  };

  const { verdict, selected, provisional, kept } = investigation;
  const [openError, setOpenError] = useState<string>();
  const onOpenFile = (file: File) => {
    void file.text().then((text) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        setOpenError(t({ id: 'ui.open.not-json', params: { file: file.name } }));
        return;
      }
      const restored = restoreCase(json);
      if (!restored.ok) {
        setOpenError(t({ id: 'ui.open.invalid', params: { file: file.name, problem: restored.error } }));
        return;
      }
      setOpenError(undefined);
      investigation.open(restored.case, file.name);
    });
  };
  // Each kept run's verdict (the case as collected, without pasted policies) for the list and the comparison.
  const keptVerdicts = useMemo(
    () => kept.map((run) => ({ run, verdict: run.evidence ? diagnose(run.evidence) : undefined })),
    [kept],
  );
  const selectedIndex = keptVerdicts.findIndex(({ run }) => run.id === selected?.id);
  const previous = keptVerdicts
    .slice(0, Math.max(0, selectedIndex))
    .reverse()
    .find((entry) => entry.verdict);
  const runLabel = (run: (typeof kept)[number]) =>
    run.number !== undefined ? t({ id: 'ui.run.label', params: { n: run.number } }) : run.label;
  const comparison =
    previous?.verdict && verdict && investigation.evidence
      ? {
          previous: runLabel(previous.run),
          result: compareVerdicts(previous.verdict, verdict),
          links: [...verdict.links, ...previous.verdict.links],
          evidence: investigation.evidence,
        }
      : undefined;
  const lastChange = selected?.changes.at(-1);
  // What a screen reader hears: the verdict when it arrives, and again when it changes.
  const announcement = verdict
    ? t({
        id: 'ui.announce.verdict',
        params: {
          title: t(verdict.cause === 'inconclusive' ? verdict.headline : modeTitle(verdict.cause)),
          confidence: verdict.confidence,
          changed: Boolean(lastChange),
          provisional: Boolean(provisional),
        },
      })
    : investigation.running
      ? say('ui.announce.running')
      : '';

  return (
    <div className="grid gap-4 lg:grid-cols-[360px_minmax(0,1fr)]">
      <p aria-live="polite" role="status" className="sr-only" data-testid="verdict-announcement">
        {announcement}
      </p>
      <div className="space-y-4">
        {connectFolded && validation.connection ? (
          <ConnectSummary connection={validation.connection} onEdit={() => setConnectFolded(false)} />
        ) : (
          <ConnectPanel
            draft={connectionDraft}
            errors={fieldErrors}
            onDraftChange={setConnectionDraft}
            complete={Boolean(validation.connection)}
            onDone={foldConnect}
            onSandboxConfig={(config) => {
              const drafts = draftsFromSandbox(config);
              setConnectionDraft(drafts.connection);
              setRunDraft((current) => ({ ...current, ...drafts.run }));
              foldConnect(drafts.connection);
            }}
          />
        )}
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
          warnings={credentials?.ok && credentials.warning ? [t(wordsMessage(credentials.warning))] : []}
          error={investigation.runError ? investigation.runError.message : undefined}
          runButtonRef={runButton}
        />
        <RunHistory
          runs={keptVerdicts.map(({ run, verdict: v }) => ({
            id: run.id,
            label: runLabel(run),
            done: run.done,
            ...(v ? { gist: gistOf(v) } : {}),
          }))}
          {...(selected ? { selectedId: selected.id } : {})}
          onSelect={investigation.select}
          onOpenFile={onOpenFile}
          {...(openError ? { openError } : {})}
          {...(comparison ? { comparison } : {})}
        />
      </div>
      <div className="min-w-0 space-y-4">
        <ErrorBoundary what={say('ui.part.verdict')} hint={RERUN} resetKey={investigation.evidence}>
          {verdict ? (
            <VerdictCard
              verdict={verdict}
              {...(investigation.evidence ? { evidence: investigation.evidence } : {})}
              focusKey={selected?.id}
              changes={selected?.changes}
              status={
                provisional && (
                  <ProvisionalNote
                    phase={provisional.phase}
                    waitingFor={provisional.waitingFor}
                    {...(provisional.nextLookIn !== undefined ? { nextLookIn: provisional.nextLookIn } : {})}
                    {...(investigation.stsNote?.tone === 'waiting' ? { detail: investigation.stsNote.text } : {})}
                    {...(investigation.canLookNow ? { onLookNow: investigation.lookNow } : {})}
                    onStop={investigation.stop}
                  />
                )
              }
            />
          ) : (
            <Panel title={say('ui.verdict.title')}>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {say(investigation.running ? 'ui.verdict.running' : 'ui.verdict.empty')}
              </p>
            </Panel>
          )}
        </ErrorBoundary>
        {investigation.timeline && investigation.evidence && (
          <ErrorBoundary what={say('ui.part.timeline')} hint={RERUN} resetKey={investigation.evidence}>
            <TimelineView
              timeline={investigation.timeline}
              evidence={investigation.evidence}
              notes={{ ...(investigation.stsNote ? { sts: investigation.stsNote } : {}) }}
            />
          </ErrorBoundary>
        )}
        {investigation.evidence && (
          <ErrorBoundary what={say('ui.part.policies')} hint={RERUN} resetKey={investigation.evidence}>
            <PolicyPanel
              evidence={investigation.evidence}
              gathering={investigation.gathering}
              onPaste={investigation.pastePolicy}
            />
          </ErrorBoundary>
        )}
        {investigation.evidence && (
          <ErrorBoundary what={say('ui.part.lookups')} hint={RERUN} resetKey={investigation.evidence}>
            <LookupList lookups={investigation.evidence.lookups} />
          </ErrorBoundary>
        )}
        {investigation.evidence && verdict && (
          <ErrorBoundary what={say('ui.part.share')} hint={RERUN} resetKey={investigation.evidence}>
            <SharePanel evidence={investigation.evidence} verdict={verdict} />
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
