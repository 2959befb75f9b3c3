import { useState, type ChangeEvent } from 'react';
import type { Case } from '@/chain/case';
import type { RunComparison, VerdictGist } from '@/chain/compare';
import type { Link } from '@/chain/links';
import { DEFAULT_REDACTION, redact } from '@/chain/share/redact';
import { encodeShareLink } from '@/chain/share/share-link';
import { Button } from '@/components/button';
import { CopyButton } from '@/components/copy-button';
import { Panel } from '@/components/panel';
import { gistText } from '@/components/gist-text';
import { useWords } from '@/components/words';

export interface RunEntry {
  id: number;
  label: string;
  done: boolean;
  gist?: VerdictGist;
}

interface RunHistoryProps {
  runs: RunEntry[];
  selectedId?: number;
  onSelect(id: number): void;
  onOpenFile(file: File): void;
  openError?: string;
  /** The selected run against the one before it, with the links of both (for their labels). */
  comparison?: { previous: string; result: RunComparison; links: Link[]; evidence: Case };
}

const title = gistText;

/** The link a customer opens to see the fix confirmed: the healthy re-run, redacted as any share link is. */
function FixedLink({ evidence }: { evidence: Case }) {
  const { say, t } = useWords();
  const [link, setLink] = useState<string>();
  const [refused, setRefused] = useState<string>();
  const make = async () => {
    const base = `${window.location.origin}${window.location.pathname}#/share/`;
    const share = await encodeShareLink(redact(evidence, DEFAULT_REDACTION), base.length);
    if (share.refused) setRefused(t(share.refused));
    else setLink(`${base}${share.payload}`);
  };
  return (
    <div className="mt-2 rounded border border-emerald-300 bg-emerald-50 p-2 dark:border-emerald-800 dark:bg-emerald-950/40">
      <p className="text-sm font-semibold">{say('ui.fixed.title')}</p>
      <p className="text-xs">{say('ui.fixed.text')}</p>
      {link ? (
        <div className="mt-1 flex items-center gap-1">
          <input
            readOnly
            aria-label={say('ui.fixed.link')}
            value={link}
            className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
          <CopyButton value={link} label={say('ui.what.fixed-link')} />
        </div>
      ) : refused ? (
        <p role="alert" className="mt-1 text-xs text-amber-800 dark:text-amber-300">
          {refused}
        </p>
      ) : (
        <Button className="mt-1" onClick={() => void make()}>
          {say('ui.fixed.make')}
        </Button>
      )}
    </div>
  );
}

/** Runs kept in memory this session (and cases opened from files): pick one, compare it with the one before. */
export function RunHistory({ runs, selectedId, onSelect, onOpenFile, openError, comparison }: RunHistoryProps) {
  const words = useWords();
  const { t, say } = words;
  const [comparing, setComparing] = useState(false);
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onOpenFile(file);
    event.target.value = '';
  };
  return (
    <Panel title={say('ui.runs.title')}>
      {runs.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label={say('ui.runs.label')}>
          {runs.map((run) => (
            <li key={run.id}>
              <button
                type="button"
                aria-pressed={run.id === selectedId}
                onClick={() => onSelect(run.id)}
                className={`w-full rounded px-2 py-1 text-left ${run.id === selectedId ? 'bg-slate-200 font-semibold dark:bg-slate-700' : 'hover:bg-slate-100 dark:hover:bg-slate-800'}`}
              >
                {run.label}: {run.gist ? title(run.gist, words) : say('ui.runs.running')}
                {!run.done && run.gist ? say('ui.runs.provisional') : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {comparison && (
        <div className="mt-2">
          <Button aria-expanded={comparing} onClick={() => setComparing((open) => !open)}>
            {say('ui.compare.button')}
          </Button>
          {comparing && (
            <div className="mt-2 text-sm" data-testid="comparison">
              <p>
                <strong>{say('ui.compare.verdict')}</strong>{' '}
                {comparison.result.verdictChanged
                  ? t({
                      id: 'ui.compare.changed',
                      params: {
                        before: title(comparison.result.before, words),
                        previous: comparison.previous,
                        after: title(comparison.result.after, words),
                      },
                    })
                  : t({ id: 'ui.compare.unchanged', params: { after: title(comparison.result.after, words) } })}
              </p>
              {comparison.result.links.length > 0 ? (
                <ul className="mt-1 list-disc pl-5" aria-label={say('ui.compare.links')}>
                  {comparison.result.links.map((change) => {
                    const link = comparison.links.find((l) => l.id === change.id);
                    return (
                      <li key={change.id}>
                        {t({
                          id: 'ui.compare.link',
                          params: {
                            link: link ? t(link.label) : change.id,
                            before: change.before ? say(`ui.link.${change.before}`) : say('ui.compare.not-checked'),
                            after: change.after ? say(`ui.link.${change.after}`) : say('ui.compare.not-checked'),
                          },
                        })}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="mt-1">{say('ui.compare.no-change')}</p>
              )}
              {comparison.result.fixed && <FixedLink evidence={comparison.evidence} />}
            </div>
          )}
        </div>
      )}
      <label className="mt-3 block text-xs">
        <span className="font-medium">{say('ui.open.label')}</span>
        <input type="file" accept="application/json,.json" onChange={onFile} className="mt-1 block w-full text-xs" />
      </label>
      {openError && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          {openError}
        </p>
      )}
    </Panel>
  );
}
