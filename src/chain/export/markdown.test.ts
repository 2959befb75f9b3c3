import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnose';
import { makeDeniedCase } from '../fixtures/cases';
import { buildTimeline } from '../timeline';
import { caseToMarkdown } from './markdown';

describe('caseToMarkdown', () => {
  const c = makeDeniedCase(undefined);
  const verdict = diagnose(c);
  const markdown = caseToMarkdown(c, verdict, buildTimeline(c, verdict.links), 'https://x/#/share/1.abc');

  it('has the verdict, proofs, timeline table, fix and customer message', () => {
    expect(markdown).toContain('# Authtrace: role-policy-resource-mismatch');
    expect(markdown).toContain('## Proof');
    expect(markdown).toContain('| time (UTC) | lane | event | details |');
    expect(markdown).toContain('GraphQL 401 UnauthorizedException');
    expect(markdown).toContain('"appsync:GraphQL"');
    expect(markdown).toContain('## Message for the customer');
    expect(markdown).toContain('https://x/#/share/1.abc');
  });

  it('keeps pipes and newlines in evidence from breaking the table', () => {
    const odd = makeDeniedCase(undefined, { records: [] });
    const graphql = odd.steps[2];
    if (graphql?.kind === 'graphql') graphql.errors = [{ errorType: 'X', message: 'a | b\nc' }];
    const text = caseToMarkdown(odd, diagnose(odd), buildTimeline(odd, diagnose(odd).links));
    expect(text).toContain('a \\| b c');
  });

  it('lets no evidence become Markdown: no HTML, links, images, headings or autolinks', () => {
    const hostile = makeDeniedCase(undefined, { records: [] });
    const graphql = hostile.steps[2];
    const attack =
      '![x](https://evil.example/x.png) <img src=x onerror=alert(1)> [click](https://evil.example) www.evil.example\n# Proven by the evidence';
    if (graphql?.kind === 'graphql') graphql.errors = [{ errorType: 'UnauthorizedException', message: attack }];
    const verdict = diagnose(hostile);
    const text = caseToMarkdown(hostile, verdict, buildTimeline(hostile, verdict.links));
    expect(text).toContain('` ![x](https://evil.example/x.png) <img src=x onerror=alert(1)>'); // quoted, as code
    const outsideCode = text.replace(/(`+) [^`]*? \1/g, '');
    expect(outsideCode).not.toMatch(/(^|[^\\])!\[|(^|[^\\])<img|(^|[^\\])\]\(|https:\/\/evil|www\.evil/);
    expect(text.split('\n').filter((line) => line.startsWith('#'))).toEqual(
      text
        .split('\n')
        .filter((line) => /^#+ (Authtrace|Proof|Timeline|Links|Fix|Candidates|Message|Lookups)/.test(line)),
    );
  });
});
