import { describe, expect, it } from 'vitest';
import { customerLetter, customerView, shownValue } from './customer-view';
import { diagnose } from './diagnose';
import { FAILURE_MODES } from './failure-modes';
import { FIELD_ARN, allowOn, makeCase, makeDeniedCase } from './fixtures/cases';
import { render, type Message } from './messages/catalog';
import { en } from './messages/en';
import { ja } from './messages/ja';

const wrongAccount = allowOn('arn:aws:appsync:us-east-1:444455556666:apis/b3c4/*');
const texts = (messages: Message[], catalog = en) => messages.map((m) => render(m, catalog));

function everyText(view: ReturnType<typeof customerView>, catalog = en): string {
  return [
    ...texts([view.title, ...view.steps, ...view.why, view.detail], catalog),
    ...texts(view.confirm ? [view.confirm] : [], catalog),
    ...view.links.flatMap((l) => texts([l.label, l.detail], catalog)),
    ...view.events.map((e) => render(e.message, catalog)),
    ...view.proofs.map((p) => render(p.label, catalog)),
  ].join('\n');
}

describe('customerView', () => {
  it('puts the change first: the role by name, the statement to add, then why', () => {
    const c = makeDeniedCase([{ name: 'AppSyncAccess', kind: 'inline', document: wrongAccount }]);
    const verdict = diagnose(c);
    expect(verdict.cause).toBe('role-policy-resource-mismatch');
    const view = customerView(c, verdict);
    expect(view.status).toBe('fix');
    expect(texts(view.steps)[0]).toContain('Roles → authtrace-demo-authenticated → the Permissions tab');
    expect(view.steps).toHaveLength(3);
    expect(view.statement?.kind).toBe('permission');
    expect(JSON.stringify(view.statement?.document)).toContain(FIELD_ARN.split('/types')[0]);
    expect(texts(view.why).join(' ')).toContain('Please change its Resource');
  });

  it('names no failure-mode id and no link id, in English or Japanese', () => {
    const cases = [
      makeDeniedCase([{ name: 'AppSyncAccess', kind: 'inline', document: wrongAccount }]),
      makeDeniedCase(undefined),
      makeCase(),
      makeCase({ steps: [], records: [] }),
    ];
    for (const c of cases) {
      const view = customerView(c, diagnose(c));
      for (const catalog of [en, ja]) {
        const all = everyText(view, catalog);
        for (const id of FAILURE_MODES.filter((m) => m.includes('-'))) expect(all).not.toContain(id);
        expect(all).not.toMatch(/broken link|token-audience|sts-key-match|role-is-expected/);
      }
    }
  });

  it('asks to confirm when the cause is likely, and keeps the ask out of "why"', () => {
    const c = makeDeniedCase(undefined);
    const verdict = diagnose(c);
    expect(verdict.confidence).toBe('likely');
    const view = customerView(c, verdict);
    expect(view.status).toBe('confirm');
    expect(view.confirm).toEqual(verdict.next?.ask);
    expect(view.why).not.toContainEqual(verdict.next?.ask);
  });

  it('tells a healthy chain that nothing needs to change, with no statement', () => {
    const c = makeCase();
    const view = customerView(c, diagnose(c));
    expect(view.status).toBe('healthy');
    expect(view.statement).toBeUndefined();
    expect(texts(view.steps)).toEqual([en['customer.step.none']]);
  });

  it('lists what happened in time order, the STS record by role name', () => {
    const c = makeDeniedCase(undefined);
    const events = customerView(c, diagnose(c)).events;
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort((a, b) => a - b));
    expect(texts(events.map((e) => e.message)).join('\n')).toContain('for the role authtrace-demo-authenticated');
  });
});

describe('shownValue', () => {
  it('turns token times and ISO times into dates, and leaves other values as text', () => {
    expect(shownValue('/steps/0/idToken/claims/exp', '1795336200')).toEqual({ time: 1795336200000 });
    expect(shownValue('/records/0/eventTime', '2026-11-24T08:30:00Z')).toEqual({
      time: Date.parse('2026-11-24T08:30:00Z'),
    });
    expect(shownValue('/steps/2/status', '401')).toEqual({ text: '401' });
    expect(shownValue('/steps/1/accessKeyId', '1795336200')).toEqual({ text: '1795336200' });
  });
});

describe('customerLetter', () => {
  it('adds the opening and closing lines only when asked, in keigo for Japanese', () => {
    const body = [{ id: 'healthy.customer' }] as Message[];
    expect(customerLetter(body, false)).toEqual(body);
    const letter = texts(customerLetter(body, true), ja);
    expect(letter[0]).toBe('いつもお世話になっております。');
    expect(letter.at(-1)).toBe('ご不明な点がございましたら、お気軽にお知らせください。');
  });
});

describe('Japanese customer messages', () => {
  it('are written in keigo: no plain-form sentence endings', () => {
    // Any parameter reads as a short text, so every branch that does not compare values renders.
    const params = new Proxy({}, { get: () => 'X' });
    const entries = Object.entries(ja).filter(([id]) => /\.customer\b|^customer\./.test(id));
    expect(entries.length).toBeGreaterThan(40);
    for (const [id, entry] of entries) {
      const text = typeof entry === 'string' ? entry : (entry as (p: unknown) => string)(params);
      expect(text, id).not.toMatch(/[^ま]した。|できる。|である。|だ。|ない。|こうなります|示します。/);
    }
  });
});
