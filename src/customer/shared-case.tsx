import { useMemo, useState, type ReactNode } from 'react';
import { MessageText } from '@/components/message-text';
import type { Case, PolicyEvidence } from '@/chain/case';
import { customerView, type CustomerStatus, type ShownValue, type StatementKind } from '@/chain/customer-view';
import { diagnose } from '@/chain/diagnose';
import type { LinkStatus } from '@/chain/links';
import type { PlainMessageId as MessageId } from '@/chain/messages/catalog';
import { inTimeZone, when } from '@/chain/messages/format';
import { roleInQuestion } from '@/chain/role-resolution';
import { CopyButton } from '@/components/copy-button';
import type { Words } from './customer-root';
import { PolicyCheck } from './policy-check';

const STATUS: Record<CustomerStatus, { id: MessageId; tone: string }> = {
  fix: { id: 'customer.status.fix', tone: 'border-red-600 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100' },
  confirm: {
    id: 'customer.status.confirm',
    tone: 'border-amber-600 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  },
  healthy: {
    id: 'customer.status.healthy',
    tone: 'border-emerald-600 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  },
  unknown: {
    id: 'customer.status.unknown',
    tone: 'border-slate-500 bg-slate-50 text-slate-900 dark:bg-slate-900 dark:text-slate-100',
  },
};

const STATEMENT: Record<StatementKind, MessageId> = {
  permission: 'customer.statement.permission',
  deny: 'customer.statement.deny',
  trust: 'customer.statement.trust',
  setting: 'customer.statement.setting',
};

const LINK: Record<LinkStatus, { id: MessageId; tone: string; mark: string }> = {
  holds: { id: 'customer.link.holds', tone: 'text-emerald-800 dark:text-emerald-300', mark: '✓' },
  broken: { id: 'customer.link.broken', tone: 'text-red-800 dark:text-red-300', mark: '✗' },
  unproven: { id: 'customer.link.unproven', tone: 'text-amber-800 dark:text-amber-200', mark: '?' },
};

const CARD = 'rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900';
const H2 = 'text-base font-semibold';
const MUTED = 'text-slate-700 dark:text-slate-300';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={CARD}>
      <h2 id={id} className={H2}>
        {title}
      </h2>
      <div className="mt-2 space-y-3 text-sm">{children}</div>
    </section>
  );
}

/** The decoded case, diagnosed here: what to change first, then why, then the evidence, folded. */
export function SharedCase({ shared, words }: { shared: Case; words: Words }) {
  const { t, say, lang, zone } = words;
  const [pasted, setPasted] = useState<PolicyEvidence[]>([]);
  const evidence = useMemo(() => ({ ...shared, policies: [...shared.policies, ...pasted] }), [shared, pasted]);
  const verdict = useMemo(() => diagnose(evidence), [evidence]);
  const view = useMemo(() => customerView(evidence, verdict), [evidence, verdict]);
  const roleArn = roleInQuestion(evidence);
  const time = (at: number) => inTimeZone(zone, () => when(at, lang));
  const shown = (value: ShownValue) =>
    'time' in value ? time(value.time) : <code className="font-mono text-xs break-all">{value.text}</code>;
  const status = STATUS[view.status];
  const statement = view.statement && JSON.stringify(view.statement.document, null, 2);
  const copyText = { copy: t({ id: 'customer.copy' }), copied: t({ id: 'customer.copied' }) };

  return (
    <>
      <section aria-labelledby="customer-verdict" className={`rounded-lg border-l-4 p-4 ${status.tone}`}>
        <p className="text-sm font-medium">{say(status.id)}</p>
        <h1
          id="customer-verdict"
          className="mt-1 text-xl font-semibold"
          data-testid="verdict-cause"
          data-cause={verdict.cause}
        >
          {t(view.title)}
        </h1>
        <p className="mt-1 text-sm">
          {t({ id: 'customer.checked', params: { at: evidence.createdAt, region: evidence.target.region } })}
        </p>
      </section>

      {view.steps.length > 0 && (
        <Section id="customer-first" title={t({ id: 'customer.first' })}>
          <ol className="list-decimal space-y-1 pl-5">
            {view.steps.map((step, i) => (
              <li key={i}>{t(step)}</li>
            ))}
          </ol>
          {view.statement && statement && (
            <figure className="space-y-1">
              <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs font-semibold">
                {say(STATEMENT[view.statement.kind])}
                <CopyButton
                  value={statement}
                  label={t({ id: 'customer.copy.statement' })}
                  text={{ ...copyText, name: t({ id: 'customer.copy.statement' }) }}
                />
              </figcaption>
              <pre
                tabIndex={0}
                aria-label={say(STATEMENT[view.statement.kind])}
                className="rounded-md bg-slate-100 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-slate-900 dark:bg-slate-950 dark:text-slate-100"
              >
                {statement}
              </pre>
            </figure>
          )}
          {view.confirm && (
            <div className="rounded-md border border-amber-500 p-3">
              <h3 className="text-sm font-semibold">{t({ id: 'customer.confirm' })}</h3>
              <p className="mt-1">{t(view.confirm)}</p>
            </div>
          )}
        </Section>
      )}

      <Section id="customer-why" title={t({ id: 'customer.why' })}>
        {view.why.map((m, i) => (
          <p key={i}>
            <MessageText message={m} catalog={words.catalog} />
          </p>
        ))}
        <details>
          <summary className={`cursor-pointer text-xs font-medium ${MUTED}`}>{t({ id: 'customer.detail' })}</summary>
          <p className="mt-1">
            <MessageText message={view.detail} catalog={words.catalog} />
          </p>
        </details>
      </Section>

      <Section id="customer-evidence" title={t({ id: 'customer.evidence' })}>
        <details>
          <summary className={`cursor-pointer text-xs font-medium ${MUTED}`}>
            {t({ id: 'customer.evidence.summary', params: { count: view.links.length } })}
          </summary>
          <h3 className="mt-3 text-sm font-semibold">{t({ id: 'customer.evidence.links' })}</h3>
          <ul className="mt-1 space-y-1">
            {view.links.map((link) => (
              <li key={link.id}>
                <span className={`font-medium ${LINK[link.status].tone}`}>
                  <span aria-hidden="true">{LINK[link.status].mark} </span>
                  {t(link.label)}: {say(LINK[link.status].id)}
                </span>
                <span className={`block text-xs ${MUTED}`}>{t(link.detail)}</span>
              </li>
            ))}
          </ul>
          {view.events.length > 0 && (
            <>
              <h3 className="mt-3 text-sm font-semibold">{t({ id: 'customer.evidence.events' })}</h3>
              <ol className="mt-1 space-y-1">
                {view.events.map((event, i) => (
                  <li key={i}>
                    <span className={`block text-xs ${MUTED}`}>{time(event.at)}</span>
                    {t(event.message)}
                  </li>
                ))}
              </ol>
            </>
          )}
          {view.proofs.length > 0 && (
            <>
              <h3 className="mt-3 text-sm font-semibold">{t({ id: 'customer.evidence.proofs' })}</h3>
              <dl className="mt-1 space-y-1">
                {view.proofs.map((proof, i) => (
                  <div key={i}>
                    <dt className={`text-xs ${MUTED}`}>{t(proof.label)}</dt>
                    <dd>{shown(proof.value)}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
        </details>
      </Section>

      {roleArn && (
        <PolicyCheck
          evidence={evidence}
          roleArn={roleArn}
          words={words}
          onPaste={(document) =>
            setPasted([{ roleArn, source: 'pasted', documents: [{ name: 'pasted policy', kind: 'inline', document }] }])
          }
        />
      )}
    </>
  );
}
