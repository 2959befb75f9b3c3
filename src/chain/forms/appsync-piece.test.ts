import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCase } from '../fixtures/cases';
import { readResolverCheck } from '../resolver-auth';
import { readResolverPiece, readSchemaPiece } from './appsync-piece';

/** A fixture's body (after its `source:` header), as pasted. */
const piece = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/appsync', name), 'utf8').split(/\n---\n/, 2)[1] ?? '';
const FIELD = { typeName: 'Query', fieldName: 'listNotes' };
const OLD_AUTH_ROLE =
  'arn:aws:sts::444455556666:assumed-role/amplify-notesapp-dev-123456-authRole/CognitoIdentityCredentials';

describe('readSchemaPiece', () => {
  it('keeps the SDL get-introspection-schema writes, directives included', () => {
    const sdl = readSchemaPiece(piece('schema-with-iam.sdl.txt'));
    expect(sdl).toContain('listNotes: [Note] @aws_iam @aws_cognito_user_pools');
    expect(readSchemaPiece(`\uFEFF${sdl}`)).toBe(sdl);
  });

  it('refuses JSON introspection (no auth directives in it) and text that is no schema, saying what to paste', () => {
    expect(() => readSchemaPiece('{"data": {"__schema": {"types": []}}}')).toThrow(/--format SDL --include-directives/);
    expect(() => readSchemaPiece('Not Authorized to access listNotes')).toThrow(/SDL/);
  });
});

describe('readResolverPiece', () => {
  it('reads get-resolver and get-function output pasted together, functions in the pipeline’s order', () => {
    const resolver = readResolverPiece(
      `${piece('get-resolver.pipeline.json.txt')}\n${piece('get-function.auth.json.txt')}`,
      FIELD,
    );
    expect(resolver).toMatchObject({ typeName: 'Query', fieldName: 'listNotes', kind: 'PIPELINE' });
    expect(resolver.functions.map((f) => f.functionId)).toEqual(['qd5nxxzm4ve2vmsyw6ld4wzxlq']);
    const check = readResolverCheck(makeCase({ appsync: { resolvers: [resolver] } }), resolver);
    expect(check).toMatchObject({
      authRole: OLD_AUTH_ROLE,
      identityPoolId: 'us-east-1:0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
      adminRoles: [],
      iamPrivate: true,
      iamPublic: false,
    });
  });

  it('takes raw VTL as the refused field’s code, and asks for the field when none is known', () => {
    const resolver = readResolverPiece(piece('auth-function.vtl.txt'), FIELD);
    expect(resolver).toMatchObject(FIELD);
    expect(resolver.requestMappingTemplate).toContain('#if( $util.authType() == "IAM Authorization" )');
    expect(() => readResolverPiece(piece('auth-function.vtl.txt'), undefined)).toThrow(/needs its field/);
  });

  it('takes raw APPSYNC_JS code as code, and refuses what is neither JSON output nor resolver code', () => {
    const js = "import { util } from '@aws-appsync/utils';\nexport function request(ctx) { return {}; }";
    expect(readResolverPiece(js, FIELD)).toMatchObject({ ...FIELD, code: js });
    expect(() => readResolverPiece('hello there', FIELD)).toThrow(/get-resolver/);
    expect(() => readResolverPiece('{"apis": []}', FIELD)).toThrow(/No resolver or function/);
  });
});
