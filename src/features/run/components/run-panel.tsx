import type { Ref } from 'react';
import { Button } from '@/components/button';
import { SelectField, TextArea, TextField } from '@/components/field';
import { ErrorNote, Panel } from '@/components/panel';
import { useWords, type Words } from '@/components/words';
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

function describeVariant(variant: NonNullable<RunDraft['variant']>, { t, say }: Words): string {
  return [
    variant.credentials === 'guest' ? say('ui.run.variant.guest') : undefined,
    variant.authMode ? t({ id: 'ui.run.variant.auth-mode', params: { mode: variant.authMode } }) : undefined,
    variant.graphqlRegion ? t({ id: 'ui.run.variant.region', params: { region: variant.graphqlRegion } }) : undefined,
    variant.delayBeforeRequestMs
      ? t({ id: 'ui.run.variant.delay', params: { ms: variant.delayBeforeRequestMs } })
      : undefined,
  ]
    .filter(Boolean)
    .join(say('ui.list.join'));
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
  const words = useWords();
  const { say } = words;
  const set = <K extends keyof RunDraft>(key: K, value: RunDraft[K]) => onDraftChange({ ...draft, [key]: value });
  return (
    <Panel title={say('ui.run.title')}>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          onRun();
        }}
      >
        <TextField
          label={say('ui.run.user')}
          autoComplete="off"
          spellCheck={false}
          value={draft.username}
          onChange={(e) => set('username', e.target.value)}
        />
        <TextField
          label={say('ui.run.password')}
          type="password"
          autoComplete="off"
          value={draft.password}
          onChange={(e) => set('password', e.target.value)}
          hint={say('ui.run.password.hint')}
        />
        <SelectField
          label={say('ui.run.flow')}
          value={draft.flow}
          onChange={(e) => set('flow', e.target.value as RunDraft['flow'])}
          options={[
            { value: 'USER_SRP_AUTH', label: say('ui.run.flow.srp') },
            { value: 'USER_PASSWORD_AUTH', label: 'USER_PASSWORD_AUTH' },
          ]}
        />
        <TextArea
          label={say('ui.run.query')}
          rows={5}
          spellCheck={false}
          value={draft.query}
          onChange={(e) => set('query', e.target.value)}
        />
        <TextArea
          label={say('ui.run.credentials')}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          placeholder={say('ui.run.credentials.placeholder')}
          value={draft.credentialsText}
          onChange={(e) => set('credentialsText', e.target.value)}
          hint={say('ui.run.credentials.hint')}
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
              {say('ui.run.as-scenario')} <span className="font-mono">{describeVariant(draft.variant, words)}</span>
            </p>
            <button type="button" className="underline" onClick={() => set('variant', undefined)}>
              {say('ui.run.standard')}
            </button>
          </div>
        )}
        {problems.length > 0 && (
          <ul
            className="list-disc space-y-0.5 pl-5 text-xs text-amber-800 dark:text-amber-300"
            aria-label={say('ui.run.before')}
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
          {say(running ? 'ui.run.running' : 'ui.run.button')}
        </Button>
        {error && <ErrorNote title={say('ui.run.could-not-start')}>{error}</ErrorNote>}
      </form>
    </Panel>
  );
}
