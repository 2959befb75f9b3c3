import { describe, expect, it } from 'vitest';
import { compileFilterPattern } from './logs-filter-pattern.ts';

const REQUEST_ID = '25a6aa3e-b02e-4a05-ac46-816863b1a3c4';
const SUMMARY = JSON.stringify({ logType: 'RequestSummary', requestId: REQUEST_ID, statusCode: 401 });
const HEADERS = `${REQUEST_ID} Response Headers: {x-amzn-ErrorType=UnauthorizedException}`;

describe('compileFilterPattern', () => {
  it('matches everything when empty', () => {
    expect(compileFilterPattern(undefined)('anything')).toBe(true);
    expect(compileFilterPattern('  ')('anything')).toBe(true);
  });

  it('matches a quoted request id as a phrase', () => {
    const match = compileFilterPattern(`"${REQUEST_ID}"`);
    expect([match(SUMMARY), match(HEADERS), match('other request')]).toEqual([true, true, false]);
  });

  it('ANDs plain terms, ORs ?terms and excludes -terms', () => {
    expect(compileFilterPattern('Response UnauthorizedException')(HEADERS)).toBe(true);
    expect(compileFilterPattern('Response Forbidden')(HEADERS)).toBe(false);
    expect(compileFilterPattern('?Forbidden ?UnauthorizedException')(HEADERS)).toBe(true);
    expect(compileFilterPattern('Response -UnauthorizedException')(HEADERS)).toBe(false);
  });

  it('tests top-level fields of JSON events', () => {
    expect(compileFilterPattern('{ $.statusCode = 401 }')(SUMMARY)).toBe(true);
    expect(compileFilterPattern('{ $.statusCode != 401 }')(SUMMARY)).toBe(false);
    expect(compileFilterPattern('{ $.logType = "Request*" }')(SUMMARY)).toBe(true);
    expect(compileFilterPattern('{ $.statusCode = 401 }')(HEADERS)).toBe(false);
  });
});
