import { useMemo, useState } from 'react';
import { diagnose } from '@/chain/diagnose';
import {
  buildOfflineCase,
  type OfflinePiece,
  type OfflinePieces,
  type OfflineResult,
} from '@/chain/offline/build-case';
import { buildTimeline } from '@/chain/timeline';
import { Button } from '@/components/button';
import { TextArea } from '@/components/field';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorNote, Panel } from '@/components/panel';
import { buildWithHar, type LoadedHar } from '@/chain/har/with-pieces';
import { HarInput } from './har-input';

const PIECES: { piece: OfflinePiece; label: string; hint: string; rows: number }[] = [
  {
    piece: 'appConfig',
    label: "The app's config (required)",
    hint: 'amplify_outputs.json, amplifyconfiguration.json or aws-exports.js: no secrets in it.',
    rows: 4,
  },
  {
    piece: 'cloudTrail',
    label: 'CloudTrail record',
    hint: 'From the CloudTrail console (Event history → the AssumeRoleWithWebIdentity event → Event record), `aws cloudtrail lookup-events` output, a trail log file, or Athena results.',
    rows: 4,
  },
  {
    piece: 'appError',
    label: "The app's error",
    hint: 'As the app printed it: JSON.stringify or console.log output (Amplify’s {"errors": [...]}, an AWS SDK error), a line “NotAuthorizedException: …”, a bare message, or the raw HTTP response.',
    rows: 3,
  },
  {
    piece: 'logLines',
    label: 'AppSync log lines',
    hint: 'From CloudWatch Logs, /aws/appsync/apis/<apiId>: copied from the console, `aws logs filter-log-events` JSON, or a Logs Insights export.',
    rows: 3,
  },
  {
    piece: 'policy',
    label: "The role's permission policy",
    hint: 'The policy JSON of the identity pool’s authenticated role, or `aws iam get-role-policy` / `get-policy-version` output.',
    rows: 3,
  },
  {
    piece: 'role',
    label: "The identity pool's authenticated role (optional)",
    hint: 'Its ARN (arn:aws:iam::123456789012:role/name), or `aws cognito-identity get-identity-pool-roles` output. Without the CloudTrail record, the policy is evaluated for this role: likely, not proven.',
    rows: 1,
  },
  {
    piece: 'schema',
    label: 'The API’s schema with directives (optional)',
    hint: 'AppSync console → the API → Schema, or `aws appsync get-introspection-schema --api-id <id> --format SDL --include-directives schema.graphql`: decides a 200 “Not Authorized to access …”.',
    rows: 3,
  },
  {
    piece: 'resolver',
    label: 'The refused field’s resolver (optional)',
    hint: '`aws appsync get-resolver --api-id <id> --type-name <Type> --field-name <field>` and `aws appsync get-function` for each function of its pipeline (pasted one after another), or its VTL or JavaScript code from the console.',
    rows: 3,
  },
  {
    piece: 'query',
    label: 'The failing query (optional)',
    hint: 'Found in the log lines when logging is on.',
    rows: 2,
  },
];

interface OfflinePageProps {
  /** Renders the verdict and timeline of the built case (the same views as a live run). */
  renderResult(
    result: Extract<OfflineResult, { ok: true }>,
    verdict: ReturnType<typeof diagnose>,
    timeline: ReturnType<typeof buildTimeline>,
  ): React.ReactNode;
}

/** The verdict and timeline of a built case: its own component, so a failure stays inside its error boundary. */
function OfflineResultView({
  built,
  renderResult,
}: { built: Extract<OfflineResult, { ok: true }> } & OfflinePageProps) {
  const analysis = useMemo(() => {
    const verdict = diagnose(built.case);
    return { verdict, timeline: buildTimeline(built.case, verdict.links) };
  }, [built]);
  return renderResult(built, analysis.verdict, analysis.timeline);
}

/** Evidence a restricted customer can send, pasted in: the same timeline and verdict, without any credentials. */
export function OfflinePage({ renderResult }: OfflinePageProps) {
  const [pieces, setPieces] = useState<OfflinePieces>({ appConfig: '' });
  const [built, setBuilt] = useState<OfflineResult>();
  const [unreadable, setUnreadable] = useState<string>();
  const [har, setHar] = useState<LoadedHar>();
  const [harError, setHarError] = useState<string>();

  return (
    <div className="grid gap-4 lg:grid-cols-[360px_minmax(0,1fr)]">
      <Panel title="Offline evidence">
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            // Whatever was pasted, the page stays and keeps it: a failure here is a message, not a blank screen.
            try {
              const result = har ? buildWithHar(har, pieces) : buildOfflineCase(pieces);
              setHarError('har' in result ? result.har : undefined);
              setBuilt('har' in result ? undefined : result);
              setUnreadable(undefined);
            } catch (error) {
              setBuilt(undefined);
              setUnreadable(error instanceof Error ? error.message : String(error));
            }
          }}
        >
          <p className="text-xs text-slate-600 dark:text-slate-400">
            For customers who cannot give read access: paste what they send. Nothing leaves this browser.
          </p>
          <HarInput
            har={har}
            error={harError}
            onLoad={(loaded, error) => {
              setHar(loaded);
              setHarError(error);
            }}
          />
          {PIECES.map(({ piece, label, hint, rows }) => (
            <TextArea
              key={piece}
              label={label}
              hint={hint}
              rows={rows}
              spellCheck={false}
              value={pieces[piece] ?? ''}
              error={built && !built.ok ? built.errors[piece] : undefined}
              onChange={(e) => setPieces({ ...pieces, [piece]: e.target.value })}
            />
          ))}
          <Button type="submit" variant="primary" className="w-full py-2" disabled={!pieces.appConfig.trim() && !har}>
            Build the timeline
          </Button>
        </form>
      </Panel>
      <div className="min-w-0 space-y-4">
        {built?.ok && built.notes.length > 0 && (
          <ul className="list-disc pl-5 text-xs text-amber-800 dark:text-amber-300" aria-label="Notes on the evidence">
            {built.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {unreadable !== undefined && (
          <ErrorNote title="The evidence could not be read">
            <p>{unreadable.slice(0, 200)}</p>
            <p className="mt-1">
              What you pasted is kept: check the pieces (is one nested or sized unlike AWS evidence?).
            </p>
          </ErrorNote>
        )}
        {built?.ok && (
          <ErrorBoundary
            what="The result"
            hint="What you pasted is kept: check the pieces, then build again."
            resetKey={built}
          >
            <OfflineResultView built={built} renderResult={renderResult} />
          </ErrorBoundary>
        )}
        {!built?.ok && unreadable === undefined && (
          <Panel title="Verdict">
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {built
                ? 'Some pieces could not be read: see the messages beside them.'
                : 'Paste the evidence, then build the timeline.'}
            </p>
          </Panel>
        )}
      </div>
    </div>
  );
}
