import { Suspense, use, useMemo, useState } from 'react';
import type { Case } from '@/chain/case';
import { caseToMarkdown } from '@/chain/export/markdown';
import { DEFAULT_REDACTION, redact, type RedactOptions } from '@/chain/share/redact';
import { TARGET_LINK_LENGTH, encodeShareLink, type EncodedShare } from '@/chain/share/share-link';
import type { Timeline } from '@/chain/timeline';
import type { Verdict } from '@/chain/verdict';
import { Button } from '@/components/button';
import { CopyButton } from '@/components/copy-button';
import { TextField } from '@/components/field';
import { JsonView } from '@/components/json-view';
import { Panel } from '@/components/panel';
import { download } from '../download';

const OPTIONS: { key: keyof RedactOptions; label: string }[] = [
  { key: 'email', label: 'email' },
  { key: 'username', label: 'username' },
  { key: 'sub', label: 'user sub' },
  { key: 'identityId', label: 'identity id' },
  { key: 'accountId', label: 'account id' },
];

const DROPPED = {
  records: 'raw CloudTrail fields',
  calls: 'call lists and CLI commands',
  claims: 'extra token claims',
} as const;

interface SharePanelProps {
  evidence: Case;
  verdict: Verdict;
  timeline: Timeline;
}

/**
 * The share link for the customer: the redacted case in the URL fragment (never sent to a server), with a preview
 * of exactly what it contains. Also the Markdown and JSON exports, made from the same redacted case.
 */
export function SharePanel({ evidence, verdict, timeline }: SharePanelProps) {
  const [options, setOptions] = useState<RedactOptions>(DEFAULT_REDACTION);
  const base = `${window.location.origin}${window.location.pathname}#/share/`;
  const encoding = useMemo(
    () => encodeShareLink(redact(evidence, options), base.length),
    [evidence, options, base.length],
  );
  return (
    <Panel title="Share with the customer">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        <legend className="mb-1 text-slate-600 dark:text-slate-400">Mask in the link and exports:</legend>
        {OPTIONS.map(({ key, label }) => (
          <label key={key} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(e) => setOptions({ ...options, [key]: e.target.checked })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <Suspense fallback={<p className="mt-2 text-xs text-slate-600 dark:text-slate-400">Compressing…</p>}>
        <ShareLink
          encoding={encoding}
          base={base}
          verdict={verdict}
          timeline={timeline}
          createdAt={evidence.createdAt}
        />
      </Suspense>
    </Panel>
  );
}

interface ShareLinkProps {
  encoding: Promise<EncodedShare>;
  base: string;
  verdict: Verdict;
  timeline: Timeline;
  createdAt: string;
}

function ShareLink({ encoding, base, verdict, timeline, createdAt }: ShareLinkProps) {
  const share = use(encoding);
  const link = `${base}${share.payload}`;
  const stamp = createdAt.replace(/[:.]/g, '-');
  return (
    <>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" aria-label="Link length">
        {link.length} characters
        {link.length > TARGET_LINK_LENGTH ? ` (over ${TARGET_LINK_LENGTH}: some chat tools cut long links)` : ''}
        {share.dropped.length > 0 && `; left out to stay short: ${share.dropped.map((d) => DROPPED[d]).join(', ')}`}. No
        keys, tokens or passwords are ever in it.
      </p>
      <div className="mt-2">
        <TextField label="Share link" value={link} readOnly onFocus={(e) => e.target.select()} spellCheck={false} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CopyButton value={link} label="share link" />
        <Button
          onClick={() =>
            download(`authtrace-${stamp}.md`, caseToMarkdown(share.shared, verdict, timeline, link), 'text/markdown')
          }
        >
          Download Markdown
        </Button>
        <Button
          onClick={() => download(`authtrace-${stamp}.json`, JSON.stringify(share.shared, null, 2), 'application/json')}
        >
          Download JSON
        </Button>
        <a className="text-xs text-sky-800 underline dark:text-sky-300" href={link} target="_blank" rel="noreferrer">
          Open as the customer sees it
        </a>
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-xs text-sky-800 dark:text-sky-300">
          Preview: exactly what the link contains
        </summary>
        <JsonView value={share.shared} label="Share link contents" />
      </details>
    </>
  );
}
