import type { Ref } from 'react';
import { Button } from '@/components/button';
import { SelectField, TextArea, TextField } from '@/components/field';
import { ErrorNote, Panel } from '@/components/panel';
import type { RunDraft } from '../run-draft';

interface RunPanelProps {
  draft: RunDraft;
  onDraftChange(draft: RunDraft): void;
  onRun(): void;
  running: boolean;
  /** Why the run cannot start (invalid connection, bad credentials text, bad query). */
  problems: string[];
  /** What the run may start with but the engineer should know (e.g. long-lived keys pasted as read-only). */
  warnings?: string[];
  error?: string;
  /** The Run button, for the dashboard to hand the focus to once step 1 is filled. */
  runButtonRef?: Ref<HTMLButtonElement>;
}

function describeVariant(variant: NonNullable<RunDraft['variant']>): string {
  return [
    variant.credentials === 'guest' ? 'guest credentials' : undefined,
    variant.authMode ? `authMode ${variant.authMode}` : undefined,
    variant.graphqlRegion ? `API region ${variant.graphqlRegion}` : undefined,
    variant.delayBeforeRequestMs ? `waits ${variant.delayBeforeRequestMs} ms before the request` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Step 2: the test user, the test query and the read-only credentials; one button runs the whole chain. */
export function RunPanel({
  draft,
  onDraftChange,
  onRun,
  running,
  problems,
  warnings = [],
  error,
  runButtonRef,
}: RunPanelProps) {
  const set = <K extends keyof RunDraft>(key: K, value: RunDraft[K]) => onDraftChange({ ...draft, [key]: value });
  return (
    <Panel title="2 · Run">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          onRun();
        }}
      >
        <TextField
          label="Test user"
          autoComplete="off"
          spellCheck={false}
          value={draft.username}
          onChange={(e) => set('username', e.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="off"
          value={draft.password}
          onChange={(e) => set('password', e.target.value)}
          hint="Used for this run only; kept in memory."
        />
        <SelectField
          label="Sign-in flow"
          value={draft.flow}
          onChange={(e) => set('flow', e.target.value as RunDraft['flow'])}
          options={[
            { value: 'USER_SRP_AUTH', label: 'USER_SRP_AUTH (Amplify default)' },
            { value: 'USER_PASSWORD_AUTH', label: 'USER_PASSWORD_AUTH' },
          ]}
        />
        <TextArea
          label="Test query"
          rows={5}
          spellCheck={false}
          value={draft.query}
          onChange={(e) => set('query', e.target.value)}
        />
        <TextArea
          label="Read-only credentials (for CloudTrail)"
          rows={3}
          spellCheck={false}
          autoComplete="off"
          placeholder={
            'aws configure export-credentials --format env\n(or AWS_ACCESS_KEY_ID=… / AWS_SECRET_ACCESS_KEY=… lines)'
          }
          value={draft.credentialsText}
          onChange={(e) => set('credentialsText', e.target.value)}
          hint="Kept in memory only. Optional: without them the STS lane stays empty."
        />
        {warnings.map((warning) => (
          <p
            key={warning}
            role="note"
            className="rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
          >
            {warning}
          </p>
        ))}
        {draft.variant && Object.keys(draft.variant).length > 0 && (
          <div className="flex items-start justify-between gap-2 rounded border border-sky-200 bg-sky-50 p-2 text-xs dark:border-sky-900 dark:bg-sky-950/40">
            <p>
              Run as the scenario's app does: <span className="font-mono">{describeVariant(draft.variant)}</span>
            </p>
            <button type="button" className="underline" onClick={() => set('variant', undefined)}>
              Standard run
            </button>
          </div>
        )}
        {problems.length > 0 && (
          <ul
            className="list-disc space-y-0.5 pl-5 text-xs text-amber-800 dark:text-amber-300"
            aria-label="Before running"
          >
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        )}
        <Button
          buttonRef={runButtonRef}
          type="submit"
          variant="primary"
          className="w-full py-2"
          disabled={running || problems.length > 0}
        >
          {running ? 'Running the chain…' : 'Run the chain'}
        </Button>
        {error && <ErrorNote title="The run could not start">{error}</ErrorNote>}
      </form>
    </Panel>
  );
}
