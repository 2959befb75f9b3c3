import { useState, type DragEvent } from 'react';
import { Button } from '@/components/button';
import { SelectField, TextArea, TextField } from '@/components/field';
import { ErrorNote, Panel } from '@/components/panel';
import { parseAppConfig } from '@/chain/app-config';
import { fieldLabel, type ConnectionDraft, type DraftField } from '../connection-draft';
import { SandboxPicker } from './sandbox-picker';
import type { SandboxConfig } from '../api/sandbox';

const AUTH_MODES = [
  { value: 'iam', label: 'AWS_IAM (identity pool credentials)' },
  { value: 'userPool', label: 'AMAZON_COGNITO_USER_POOLS' },
  { value: 'apiKey', label: 'API_KEY' },
  { value: 'oidc', label: 'OPENID_CONNECT' },
  { value: 'lambda', label: 'AWS_LAMBDA' },
];

const TEXT_FIELDS: { field: DraftField; placeholder: string; hint?: string }[] = [
  { field: 'region', placeholder: 'us-east-1' },
  { field: 'userPoolId', placeholder: 'us-east-1_AbCdEf123' },
  { field: 'userPoolClientId', placeholder: '26 letters and digits' },
  { field: 'identityPoolId', placeholder: 'us-east-1:1234abcd-…' },
  { field: 'graphqlEndpoint', placeholder: 'https://….appsync-api.us-east-1.amazonaws.com/graphql' },
  {
    field: 'apiId',
    placeholder: 'optional',
    hint: 'AppSync console → API → Settings. Needed for exact field ARNs and logs.',
  },
  { field: 'accountId', placeholder: 'optional, 12 digits', hint: 'Found from CloudTrail when left empty.' },
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
    const t = result.target;
    const next = {
      ...draft,
      region: t.region ?? draft.region,
      userPoolId: t.userPoolId ?? draft.userPoolId,
      userPoolClientId: t.userPoolClientId ?? draft.userPoolClientId,
      identityPoolId: t.identityPoolId ?? draft.identityPoolId,
      graphqlEndpoint: t.graphqlEndpoint ?? draft.graphqlEndpoint,
      authMode: t.authMode ?? draft.authMode,
      apiId: result.apiId ?? t.apiId ?? draft.apiId,
      accountId: result.accountId ?? t.accountId ?? draft.accountId,
      endpoints: result.endpoints ?? draft.endpoints,
    };
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
    <Panel title="1 · Connect">
      <div className="space-y-4">
        <SandboxPicker
          onConfig={(config) => {
            setShowErrors(false);
            onSandboxConfig(config);
          }}
        />
        <div className="space-y-2">
          <TextArea
            label="App config (amplify_outputs.json, amplifyconfiguration.json or aws-exports.js)"
            rows={3}
            placeholder="Paste or drop the file here"
            value={configText}
            error={configError}
            onChange={(event) => setConfigText(event.target.value)}
            onDrop={onDrop}
          />
          <Button onClick={() => readConfig(configText)} disabled={!configText.trim()}>
            Read config
          </Button>
          {notes.map((note) => (
            <p key={note} className="text-xs text-amber-700 dark:text-amber-400">
              {note}
            </p>
          ))}
        </div>
        <div className="grid grid-cols-1 gap-3">
          {TEXT_FIELDS.map(({ field, placeholder, hint }) => (
            <TextField
              key={field}
              label={fieldLabel(field)}
              placeholder={placeholder}
              hint={hint}
              value={draft[field]}
              error={showErrors || draft[field] ? errors[field] : undefined}
              onChange={(event) => onDraftChange({ ...draft, [field]: event.target.value })}
              onBlur={() => setShowErrors(true)}
              spellCheck={false}
              autoComplete="off"
            />
          ))}
          <SelectField
            label={fieldLabel('authMode')}
            options={AUTH_MODES}
            value={draft.authMode}
            onChange={(event) => onDraftChange({ ...draft, authMode: event.target.value })}
          />
        </div>
        {Object.keys(draft.endpoints).length > 0 && (
          <p className="text-xs text-slate-600 dark:text-slate-400">Custom endpoints: {draft.endpoints.cognitoIdp}</p>
        )}
        {complete && onDone && (
          <Button variant="primary" onClick={() => onDone(draft)}>
            Use this connection
          </Button>
        )}
        {configError && (
          <ErrorNote title="The config could not be read">{configError} Nothing you typed was changed.</ErrorNote>
        )}
      </div>
    </Panel>
  );
}
