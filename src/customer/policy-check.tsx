import { useState } from 'react';
import type { Case } from '@/chain/case';
import { accountIdOf } from '@/chain/evidence';
import { fieldAccess } from '@/chain/field-access';
import { pastedPolicyExcess, textDepth } from '@/chain/offline/piece-limits';
import { MAX_DEPTH } from '@/chain/share/plausible';
import type { PlainMessageId as MessageId } from '@/chain/messages/catalog';
import { Button } from '@/components/button';
import { TextArea } from '@/components/field';
import type { Words } from './customer-root';

const DECISION: Record<string, MessageId> = {
  allowed: 'customer.check.allowed',
  'explicit-deny': 'customer.check.explicit-deny',
  'implicit-deny': 'customer.check.implicit-deny',
  'not-evaluated': 'customer.check.not-evaluated',
};

// A query may name hundreds of fields: the first rows are drawn (the rest are the same question).
const FIRST_ROWS = 20;

interface PolicyCheckProps {
  evidence: Case;
  roleArn: string;
  words: Words;
  onPaste(document: unknown): void;
}

/** The customer pastes the role's policy and sees, in this browser, whether it allows the request's field ARNs. */
export function PolicyCheck({ evidence, roleArn, words: { t, say }, onPaste }: PolicyCheckProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<MessageId>();
  const access = fieldAccess(evidence, roleArn, accountIdOf(evidence)).filter((a) => a.evaluation);

  const check = () => {
    // Checked like a link: the nesting on the text itself, before anything parses it; then the counts.
    if (textDepth(text) > MAX_DEPTH) {
      setError('customer.check.too-deep');
      return;
    }
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      setError('customer.check.not-json');
      return;
    }
    if (!document || typeof document !== 'object' || !('Statement' in document)) {
      setError('customer.check.no-statement');
      return;
    }
    if (pastedPolicyExcess(document)) {
      setError('customer.check.too-large');
      return;
    }
    setError(undefined);
    onPaste(document);
  };

  return (
    <section
      aria-labelledby="customer-check"
      className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="customer-check" className="text-base font-semibold">
        {t({ id: 'customer.check' })}
      </h2>
      <div className="mt-2 space-y-2">
        <TextArea
          label={t({ id: 'customer.check.label' })}
          rows={4}
          spellCheck={false}
          value={text}
          error={error && say(error)}
          hint={t({ id: 'customer.check.hint' })}
          onChange={(e) => setText(e.target.value)}
        />
        <Button onClick={check} disabled={!text.trim()}>
          {t({ id: 'customer.check.button' })}
        </Button>
      </div>
      {access.length > 0 && (
        <table className="mt-3 w-full table-fixed text-left text-xs">
          <thead>
            <tr className="text-slate-700 dark:text-slate-300">
              <th className="w-2/3 py-1 font-medium">{t({ id: 'customer.check.field' })}</th>
              <th className="py-1 font-medium">{t({ id: 'customer.check.result' })}</th>
            </tr>
          </thead>
          <tbody>
            {access.slice(0, FIRST_ROWS).map((a) => (
              <tr key={a.arn} className="border-t border-slate-200 align-top dark:border-slate-700">
                <td className="py-1 pr-2 font-mono break-all">{a.arn}</td>
                <td className="py-1">
                  {a.evaluation && say(DECISION[a.evaluation.decision] ?? 'customer.check.not-evaluated')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {access.length > FIRST_ROWS && (
        <p className="mt-1 text-xs">
          {t({ id: 'customer.check.more', params: { shown: FIRST_ROWS, total: access.length } })}
        </p>
      )}
    </section>
  );
}
