import { describe, expect, it } from 'vitest';
import { makeCase, makeCredentials, makeGraphql, makeSignIn } from './fixtures/cases';
import { render } from './messages/catalog';
import { en } from './messages/en';
import { buildTimeline } from './timeline';

const refused = makeGraphql({
  outcome: 'error',
  status: 200,
  errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access listNotes on type Query' }],
});

describe('the AppSync lane after IAM', () => {
  it('shows the field’s directives and the resolver’s check beside the request', () => {
    const c = makeCase({
      steps: [makeSignIn(), makeCredentials(), refused],
      appsync: {
        schema: 'type Query {\n  listNotes: [Note] @aws_iam @aws_cognito_user_pools\n}',
        resolvers: [
          {
            typeName: 'Query',
            fieldName: 'listNotes',
            requestMappingTemplate:
              '$util.qr($ctx.stash.put("unauthRole", "arn:aws:sts::1:assumed-role/u/CognitoIdentityCredentials"))\n#if( $util.authType() == "IAM Authorization" )\n  #if( $ctx.identity.userArn == $ctx.stash.unauthRole )\n  #end\n#end',
            functions: [],
          },
        ],
      },
    });
    const lane = buildTimeline(c, []).lanes.find((l) => l.id === 'appsync');
    const item = lane?.items.find((i) => i.id === 'appsync-auth');
    const facts = (item?.facts ?? []).map((f) => ({
      name: render(f.name, en),
      value: typeof f.value === 'string' ? f.value : render(f.value, en),
    }));
    expect(facts).toEqual(
      expect.arrayContaining([
        { name: 'Query.listNotes directives', value: '@aws_iam @aws_cognito_user_pools' },
        { name: 'Query.listNotes resolver check', value: 'IAM: unauth role' },
      ]),
    );
  });

  it('adds nothing when the request was not refused after IAM', () => {
    const lane = buildTimeline(makeCase(), []).lanes.find((l) => l.id === 'appsync');
    expect(lane?.items.some((i) => i.id === 'appsync-auth')).toBe(false);
  });
});
