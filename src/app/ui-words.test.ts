import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en as enCore } from '@/chain/messages/en';
import { ja as jaCore } from '@/chain/messages/ja';
import { uiEn } from '@/chain/messages/ui-en';
import { uiJa } from '@/chain/messages/ui-ja';

// The engineer's page reads the shared catalog and its own words; the customer's page the shared catalog alone.
const en = { ...enCore, ...uiEn };
const ja = { ...jaCore, ...uiJa };

/**
 * The engineer's page speaks through the catalogs: every message id its code names exists in both languages, and no
 * English sentence is written into its markup. The typecheck already requires `ja` to have every id of `en`; this
 * also catches ids built from text (`ui.link.${status}`) and words that bypass the catalogs altogether.
 */
const ROOT = join(import.meta.dirname, '..');
const UI_DIRS = ['features', 'app', 'components', 'customer'].map((dir) => join(ROOT, dir));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = UI_DIRS.flatMap(sources).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));
const enIds = new Set(Object.keys(en));
const jaIds = new Set(Object.keys(ja));
const PREFIXES = ['ui', 'timeline', 'trace', 'fact', 'customer', 'fix', 'mode', 'link', 'lookup', 'verdict', 'said'];
const ID = new RegExp(`['\`]((?:${PREFIXES.join('|')})\\.[a-zA-Z0-9.$\\{\\}_-]+)['\`]`, 'g');

/** The ids a template like `ui.link.${status}` can produce: those of the catalog that fit its shape. */
function idsOf(template: string): string[] {
  if (!template.includes('${')) return [template];
  const shape = new RegExp(`^${template.replace(/\./g, '\\.').replace(/\$\{[^}]+\}/g, '[^.]+')}$`);
  return [...enIds].filter((id) => shape.test(id));
}

describe('the UI’s words', () => {
  const used = files.flatMap(({ path, text }) =>
    [...text.matchAll(ID)].map((match) => ({ path, template: match[1] ?? '' })),
  );

  it('finds the message ids the UI names (the scan itself works)', () => {
    expect(used.length).toBeGreaterThan(150);
    expect(used.some((u) => u.template === 'ui.run.button')).toBe(true);
  });

  it('names only ids that exist in both catalogs', () => {
    const missing = used.flatMap(({ path, template }) => {
      const ids = idsOf(template);
      if (ids.length === 0) return [`${path}: ${template} matches no id`];
      return ids.filter((id) => !enIds.has(id) || !jaIds.has(id)).map((id) => `${path}: ${id}`);
    });
    expect(missing).toEqual([]);
  });

  it('gives the customer’s page only ids of the shared catalog (the dashboard’s words never load there)', () => {
    const customer = files.filter(({ path }) => path.startsWith('customer/'));
    // The shared components the customer's page imports, found from its imports.
    const shared = new Set(
      customer.flatMap(({ text }) => [...text.matchAll(/from '@\/components\/([\w-]+)'/g)].map((m) => m[1])),
    );
    expect(shared.has('copy-button')).toBe(true);
    const scanned = files.filter(
      ({ path }) => path.startsWith('customer/') || shared.has(path.replace(/^components\/|\.tsx?$/g, '')),
    );
    const outside = scanned.flatMap(({ path, text }) =>
      [...text.matchAll(ID)]
        .flatMap((m) => idsOf(m[1] ?? ''))
        .filter((id) => !(id in enCore) || !(id in jaCore))
        .map((id) => `${path}: ${id}`),
    );
    expect(outside).toEqual([]);
  });

  it('words every UI id in Japanese, not in English', () => {
    // Identifiers and AWS's own names are the same in both languages; every other entry must differ.
    const SAME = /^(ui\.mode\.(iam|oidc|lambda)|ui\.summary\.api|ui\.timeline\.utc|ui\.run\.credentials\.placeholder)$/;
    const ids = [...enIds].filter((id) => /^(ui|timeline|trace|fact)\./.test(id) && !SAME.test(id));
    const english = ids.filter((id) => {
      const [a, b] = [en[id as keyof typeof en], ja[id as keyof typeof ja]];
      return typeof a === 'string' && a === b;
    });
    expect(english).toEqual([]);
  });

  it('writes Japanese with Japanese units and dates, never "70 min" or a raw epoch number', () => {
    const EPOCH = Date.UTC(2026, 11, 2, 5, 30);
    const sample: Record<string, unknown> = {
      at: EPOCH,
      until: EPOCH + 3_600_000,
      reference: EPOCH,
      phase: 'waiting',
      confidence: 'likely',
      what: ['sts-record'],
      source: 'iam',
    };
    const params = new Proxy(sample, { get: (target, key) => (typeof key === 'string' ? (target[key] ?? 70) : 70) });
    const rendered = Object.entries(ja)
      .filter(([id, entry]) => /^(ui|timeline|trace|fact)\./.test(id) && typeof entry === 'function')
      .map(([id, entry]) => [id, (entry as (p: unknown) => string)(params)] as const);
    expect(rendered.length).toBeGreaterThan(60);
    const wrong = rendered.filter(([, text]) => /\d\s?(ms|min|s|h)\b|\d{10,}/.test(text));
    expect(wrong).toEqual([]);
    // The same entries in English do write those units: the check can fail.
    const english = Object.entries(en).filter(
      ([id, entry]) => id === 'ui.sts.not-delivered' && typeof entry === 'function',
    );
    expect((english[0]?.[1] as (p: unknown) => string)(params)).toMatch(/70 s/);
  });

  it('writes no English words into the markup: text nodes and text attributes come from the catalogs', () => {
    // The check finds what it is meant to find.
    expect(englishIn('<p className="x">Run the chain</p> <Panel title="Verdict">{say(\'ui.x\')}</Panel>')).toEqual([
      '>Run the chain<',
      'title="Verdict"',
    ]);
    const found = files
      .filter(({ path }) => path.endsWith('.tsx'))
      .flatMap(({ path, text }) => englishIn(text).map((words) => `${path}: ${words}`));
    expect(found).toEqual([]);
  });
});

/** English prose written into JSX: between tags, or in a text attribute. */
function englishIn(text: string): string[] {
  const TEXT_NODE = />\s*([^<>{}\n]*[A-Za-z]{3,}[^<>{}\n]*?)\s*</g;
  const ATTRIBUTE = /\b(aria-label|title|label|placeholder|hint|what|alt)="([^"]*[A-Za-z]{2,}[^"]*)"/g;
  // Prose: letters, spaces and the punctuation of sentences (code between tags has brackets and operators).
  const PROSE = /^[A-Za-z][\w ,.'’:;!?…-]*$/;
  // The product's name and a language's own name are not translated.
  const ALLOWED = new Set(['Authtrace', 'English']);
  return [
    ...[...text.matchAll(TEXT_NODE)]
      .map((m) => (m[1] ?? '').trim())
      .filter((words) => PROSE.test(words) && !ALLOWED.has(words))
      .map((words) => `>${words}<`),
    ...[...text.matchAll(ATTRIBUTE)].filter((m) => !ALLOWED.has(m[2] ?? '')).map((m) => `${m[1]}="${m[2]}"`),
  ];
}
