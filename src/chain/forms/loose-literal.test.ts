import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLooseValue, LooseParseError, parseLoose } from './loose-literal';

describe('parseLoose', () => {
  it('reads objects as Node and the browsers print them', () => {
    expect(parseLoose(`{ data: {}, errors: [ [Object] ] }`)).toEqual({ data: {}, errors: [{}] });
    expect(parseLoose(`{data: {…}, errors: Array(1)}`)).toEqual({ data: {}, errors: [] });
    expect(parseLoose(`Object { data: {}, errors: (1) […] }`)).toEqual({ data: {}, errors: [] });
    expect(parseLoose(`<ref *1> GraphQLError { message: 'x', self: [Circular *1] }`)).toEqual({ message: 'x' });
    expect(
      parseLoose(`{ a: 'it\\'s', b: \`t\`, c: undefined, d: [Function: f], e: 2026-11-24T08:30:02.123Z }`),
    ).toEqual({ a: "it's", b: 't', e: '2026-11-24T08:30:02.123Z' });
  });

  it('reads an error printed with its stack and its own properties', () => {
    const printed = `Uncaught (in promise) UnauthorizedException: Unknown error
    at buildHttpRpcError (https://app.example/assets/index.js:1:2)
    at async f (https://app.example/assets/index.js:3:4) {
  '$metadata': { httpStatusCode: 401, attempts: 1 }
}`;
    expect(parseLoose(printed)).toEqual({
      name: 'UnauthorizedException',
      message: 'Unknown error',
      $metadata: { httpStatusCode: 401, attempts: 1 },
    });
    expect(parseLoose('[Error: boom]')).toEqual({ name: 'Error', message: 'boom' });
  });

  it('finds the object after a label, and refuses nothing but bad structure', () => {
    expect(findLooseValue('Failed to load notes: { errors: [ { message: "x" } ] } at line 3')).toEqual({
      errors: [{ message: 'x' }],
    });
    expect(() => parseLoose('{ a: ')).toThrow(LooseParseError);
    expect(() => parseLoose(`${'['.repeat(100)}`)).toThrow(/deeply|Unterminated/);
  });

  it('ends on any text, quickly, with a value or its own error', { timeout: 60_000 }, () => {
    const unit = fc.constantFrom(...'{}[]()<>:,\'"`…. \nabAE-01r\\'.split(''));
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit }), (text) => {
        try {
          parseLoose(text);
        } catch (error) {
          expect(error).toBeInstanceOf(LooseParseError);
        }
        findLooseValue(text);
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });
});
