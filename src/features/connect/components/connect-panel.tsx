import { useState, type DragEvent } from 'react';
import { Button } from '@/components/button';
import { SelectField, TextArea, TextField } from '@/components/field';
import { ErrorNote, Panel } from '@/components/panel';
import { parseAppConfig } from '@/chain/app-config';
import type { PlainMessageId } from '@/chain/messages/catalog';
import { useWords } from '@/components/words';
import { draftFromConfig, fieldLabel, type ConnectionDraft, type DraftField } from '../connection-draft';
import { SandboxPicker } from './sandbox-picker';
import { SANDBOX_CONFIGURED, type SandboxConfig } from '../api/sandbox';

// AWS's names of the modes (identifiers, the same in every language); IAM's says where its credentials come from.
const AUTH_MODES = [
  { value: 'userPool', label: 'AMAZON_COGNITO_USER_POOLS' },
  { value: 'apiKey', label: 'API_KEY' },
  { value: 'oidc', label: 'OPENID_CONNECT' },
  { value: 'lambda', label: 'AWS_LAMBDA' },
];

// Placeholders are either examples of the value (identifiers) or words of the catalog.
const TEXT_FIELDS: { field: DraftField; example?: string; placeholder?: PlainMessageId; hint?: PlainMessageId }[] = [
  { field: 'region', example: 'us-east-1' },
  { field: 'userPoolId', example: 'us-east-1_AbCdEf123' },
  { field: 'userPoolClientId', placeholder: 'ui.connect.placeholder.client' },
  { field: 'identityPoolId', example: 'us-east-1:1234abcd-…' },
  { field: 'graphqlEndpoint', example: 'https://….appsync-api.us-east-1.amazonaws.com/graphql' },
  { field: 'apiId', placeholder: 'ui.connect.placeholder.optional', hint: 'ui.connect.hint.api' },
  { field: 'accountId', placeholder: 'ui.connect.placeholder.account', hint: 'ui.connect.hint.account' },
];

interface ConnectPanelProps {
  draft: ConnectionDraft;
  errors: Partial<Record<DraftField, string>>;
  onDraftChange(draft: ConnectionDraft): void;
  onSandboxConfig(config: SandboxConfig): void;
  /** The form is filled (a config was read, or the engineer says so): the dashboard may fold it to a summary. */
  onDone?(draft: ConnectionDraft): void;
  /** The draft is valid: offer "Use this connection". */
  complete?: boolean;
}

/** Step 1: the app's public config, from a file, a paste, the fields, or the sandbox account. */
export function ConnectPanel({ draft, errors, onDraftChange, onSandboxConfig, onDone, complete }: ConnectPanelProps) {
  const { t, say } = useWords();
  const [configText, setConfigText] = useState('');
  const [configError, setConfigError] = useState<string>();
  const [notes, setNotes] = useState<string[]>([]);
  const [showErrors, setShowErrors] = useState(false);

  const readConfig = (text: string, fileName?: string) => {
    const result = parseAppConfig(text, fileName);
    if (!result.ok) {
      setConfigError(result.error);
      return;
    }
    setConfigError(undefined);
    setNotes(result.warnings);
    setShowErrors(true);
    const next = draftFromConfig(draft, result);
    onDraftChange(next);
    onDone?.(next);
  };

  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void file.text().then((text) => {
      setConfigText(text);
      readConfig(text, file.name);
    });
  };

  return (
    <Panel title={say('ui.connect.title')}>
      <div className="space-y-4">
        {SANDBOX_CONFIGURED && (
          <SandboxPicker
            onConfig={(config) => {
              setShowErrors(false);
              onSandboxConfig(config);
            }}
          />
        )}
        <div className="space-y-2">
          <TextArea
            label={say('ui.connect.config')}
            rows={3}
            placeholder={say('ui.connect.config.placeholder')}
            value={configText}
            error={configError}
            onChange={(event) => setConfigText(event.target.value)}
            onDrop={onDrop}
          />
          <Button onClick={() => readConfig(configText)} disabled={!configText.trim()}>
            {say('ui.connect.read')}
          </Button>
          {notes.map((note) => (
            <p key={note} className="text-xs text-amber-700 dark:text-amber-400">
              {note}
            </p>
          ))}
        </div>
        <div className="grid grid-cols-1 gap-3">
          {TEXT_FIELDS.map(({ field, example, placeholder, hint }) => (
            <TextField
              key={field}
              label={t(fieldLabel(field))}
              placeholder={example ?? (placeholder && say(placeholder))}
              hint={hint && say(hint)}
              value={draft[field]}
              error={showErrors || draft[field] ? errors[field] : undefined}
              onChange={(event) => onDraftChange({ ...draft, [field]: event.target.value })}
              onBlur={() => setShowErrors(true)}
              spellCheck={false}
              autoComplete="off"
            />
          ))}
          <SelectField
            label={t(fieldLabel('authMode'))}
            options={[{ value: 'iam', label: say('ui.connect.mode.iam') }, ...AUTH_MODES]}
            value={draft.authMode}
            onChange={(event) => onDraftChange({ ...draft, authMode: event.target.value })}
          />
        </div>
        {Object.keys(draft.endpoints).length > 0 && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {t({ id: 'ui.connect.custom-endpoints', params: { endpoint: draft.endpoints.cognitoIdp ?? '' } })}
          </p>
        )}
        {complete && onDone && (
          <Button variant="primary" onClick={() => onDone(draft)}>
            {say('ui.connect.use')}
          </Button>
        )}
        {configError && (
          <ErrorNote title={say('ui.connect.config-error')}>
            {configError} {say('ui.connect.nothing-changed')}
          </ErrorNote>
        )}
      </div>
    </Panel>
  );
}
