import { useEffect, useMemo, useState } from 'react';
import type { Case } from '@/chain/case';
import { diagnose } from '@/chain/diagnose';
import { customerLetter } from '@/chain/customer-view';
import { caseToMarkdown } from '@/chain/export/markdown';
import { render } from '@/chain/messages/catalog';
import type { Lang } from '@/chain/messages/format';
import { DEFAULT_REDACTION, redact, type RedactOptions } from '@/chain/share/redact';
import { shareHash } from '@/chain/share/share-hash';
import { TARGET_LINK_LENGTH, encodeShareLink, type EncodedShare } from '@/chain/share/share-link';
import { buildTimeline, type Timeline } from '@/chain/timeline';
import type { Verdict } from '@/chain/verdict';
import { Button } from '@/components/button';
import { CopyButton } from '@/components/copy-button';
import { TextField } from '@/components/field';
import { JsonView } from '@/components/json-view';
import { LanguageSwitch } from '@/components/language-switch';
import { Panel } from '@/components/panel';
import { useCatalog } from '@/components/use-catalog';
import { useWords } from '@/components/words';
import { download } from '../download';

const OPTIONS: (keyof RedactOptions)[] = ['email', 'username', 'sub', 'identityId', 'accountId'];

interface SharePanelProps {
  evidence: Case;
  /** The engineer's verdict: the redacted case must come to the same one. */
  verdict: Verdict;
}

/**
 * The share link for the customer: the redacted case in the URL fragment (never sent to a server), with a preview
 * of exactly what it contains. Also the Markdown and JSON exports: the whole redacted case (a file has no length
 * limit, so nothing is left out), its verdict and timeline rebuilt from it so that masked values stay masked.
 */
export function SharePanel({ evidence, verdict }: SharePanelProps) {
  const { t, say, lang: pageLang } = useWords();
  const [options, setOptions] = useState<RedactOptions>(DEFAULT_REDACTION);
  // The customer's language: the engineer's own until they pick the customer's.
  // The page's language until the engineer picks another for the customer.
  const [picked, setLang] = useState<Lang>();
  const lang = picked ?? pageLang;
  const base = `${window.location.origin}${window.location.pathname}`;
  const redacted = useMemo(() => redact(evidence, options), [evidence, options]);
  const seen = useMemo(() => {
    const shared = diagnose(redacted);
    return { verdict: shared, timeline: buildTimeline(redacted, shared.links) };
  }, [redacted]);
  // The link's length counts its language option too (`?lang=ja`).
  const prefix = base.length + shareHash({ payload: '', lang }).length;
  const encoding = useMemo(() => encodeShareLink(redacted, prefix), [redacted, prefix]);
  const share = useSettled(encoding);
  return (
    <Panel title={say('ui.share.title')}>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        <legend className="mb-1 text-slate-600 dark:text-slate-400">{say('ui.share.mask')}</legend>
        {OPTIONS.map((key) => (
          <label key={key} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(e) => setOptions({ ...options, [key]: e.target.checked })}
            />
            {say(`ui.share.mask.${key}`)}
          </label>
        ))}
      </fieldset>
      {seen.verdict.cause !== verdict.cause && (
        <p role="alert" className="mt-2 text-xs text-amber-800 dark:text-amber-300">
          {t({ id: 'ui.share.masks-change', params: { seen: seen.verdict.cause, verdict: verdict.cause } })}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2 text-xs">
        <span className="text-slate-600 dark:text-slate-400">{say('ui.share.customer-reads')}</span>
        <LanguageSwitch value={lang} onChange={setLang} label={say('ui.share.customer-language')} />
      </div>
      {share?.refused ? (
        <p role="alert" className="mt-2 text-xs text-amber-800 dark:text-amber-300">
          {t(share.refused)}
        </p>
      ) : share ? (
        <ShareLink
          share={share}
          base={base}
          lang={lang}
          redacted={redacted}
          verdict={seen.verdict}
          timeline={seen.timeline}
          createdAt={evidence.createdAt}
        />
      ) : (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{say('ui.share.compressing')}</p>
      )}
      <CustomerLetter verdict={verdict} lang={lang} />
    </Panel>
  );
}

/** The value of a promise once it settles (undefined before), for the latest promise only. */
function useSettled<T>(promise: Promise<T>): T | undefined {
  const [settled, setSettled] = useState<{ promise: Promise<T>; value: T }>();
  useEffect(() => {
    let live = true;
    void promise.then((value) => live && setSettled({ promise, value }));
    return () => {
      live = false;
    };
  }, [promise]);
  return settled?.promise === promise ? settled.value : undefined;
}

interface ShareLinkProps {
  share: EncodedShare;
  base: string;
  lang: Lang;
  redacted: Case;
  verdict: Verdict;
  timeline: Timeline;
  createdAt: string;
}

function ShareLink({ share, base, lang, redacted, verdict, timeline, createdAt }: ShareLinkProps) {
  const { t, say } = useWords();
  const link = `${base}${shareHash({ payload: share.payload, lang })}`;
  const stamp = createdAt.replace(/[:.]/g, '-');
  return (
    <>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400" aria-label={say('ui.share.length-label')}>
        {t({
          id: 'ui.share.length',
          params: {
            length: link.length,
            target: TARGET_LINK_LENGTH,
            dropped: share.dropped.map((d) => say(`ui.share.dropped.${d}`)).join(say('ui.list.join')),
          },
        })}
      </p>
      <div className="mt-2">
        <TextField
          label={say('ui.share.link')}
          value={link}
          readOnly
          onFocus={(e) => e.target.select()}
          spellCheck={false}
        />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CopyButton value={link} label={say('ui.what.share-link')} />
        <Button
          onClick={() =>
            // The ticket stays in English whatever the page's language: its headings are English.
            download(`authtrace-${stamp}.md`, caseToMarkdown(redacted, verdict, timeline, link), 'text/markdown')
          }
        >
          {say('ui.share.download-md')}
        </Button>
        <Button
          onClick={() => download(`authtrace-${stamp}.json`, JSON.stringify(redacted, null, 2), 'application/json')}
        >
          {say('ui.share.download-json')}
        </Button>
        <a className="text-xs text-sky-800 underline dark:text-sky-300" href={link} target="_blank" rel="noreferrer">
          {say('ui.share.open')}
        </a>
      </div>
      <details className="mt-2">
        <summary className="cursor-pointer text-xs text-sky-800 dark:text-sky-300">{say('ui.share.preview')}</summary>
        <JsonView value={share.shared} label={say('ui.share.contents')} />
      </details>
    </>
  );
}

/**
 * The message to send with the link, in the customer's language; the opening and closing lines of a letter
 * (「いつもお世話になっております。」…) are the engineer's choice.
 */
function CustomerLetter({ verdict, lang }: { verdict: Verdict; lang: Lang }) {
  const { say } = useWords();
  const [courtesy, setCourtesy] = useState(false);
  const catalog = useCatalog(lang);
  if (!catalog || verdict.customerMessage.length === 0) return null;
  const letter = customerLetter(verdict.customerMessage, courtesy)
    .map((m) => render(m, catalog))
    .join('\n\n');
  return (
    <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-3 text-xs">
        <h3 className="font-semibold text-slate-700 dark:text-slate-300">{say('ui.share.letter')}</h3>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={courtesy} onChange={(e) => setCourtesy(e.target.checked)} />
          {say('ui.share.courtesy')}
        </label>
        <CopyButton value={letter} label={say('ui.what.letter')} />
      </div>
      <p className="mt-1 rounded bg-slate-100 p-2 text-sm whitespace-pre-line dark:bg-slate-800" lang={lang}>
        {letter}
      </p>
    </div>
  );
}
