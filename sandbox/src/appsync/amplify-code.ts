import { createHash } from 'node:crypto';
import type { AmplifyResolver, AmplifyRule, GraphqlApi } from '../scenario.ts';

/**
 * The resolver code AppSync's control plane serves for an Amplify-generated field, written from the public shape
 * of what amplify-category-api's transformer v2 emits (graphql-auth-transformer `resolvers/helpers.ts`,
 * `resolvers/query.ts`; the pipeline "before" template of graphql-model-transformer), not copied from it: a
 * pipeline resolver whose request template fills the stash (`authRole`, `unauthRole`, `identityPoolId`,
 * `adminRoles`), an auth function with the checks of the model's rules, then the data function. A UNIT resolver
 * inlines the same check. The sandbox runs `runAmplifyCheck`, the model of this code; the text is what an engineer
 * reads (and what the product parses).
 */
export interface ServedFunction {
  functionId: string;
  functionArn: string;
  name: string;
  dataSourceName: string;
  requestMappingTemplate: string;
  responseMappingTemplate: string;
  functionVersion: '2018-05-29';
}

export interface ServedResolver {
  typeName: string;
  fieldName: string;
  resolverArn: string;
  kind: 'PIPELINE' | 'UNIT';
  dataSourceName?: string;
  requestMappingTemplate: string;
  responseMappingTemplate: string;
  pipelineConfig?: { functions: string[] };
}

const NONE_VALUE = '___xamznone____';
const q = (value: string) => JSON.stringify(value);
const capital = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

function stashTemplate(api: GraphqlApi, r: AmplifyResolver): string {
  const { auth } = r;
  const lines = [
    `$util.qr($ctx.stash.put("typeName", ${q(r.typeName)}))`,
    `$util.qr($ctx.stash.put("fieldName", ${q(r.fieldName)}))`,
    '$util.qr($ctx.stash.put("conditions", []))',
    '$util.qr($ctx.stash.put("metadata", {}))',
    '$util.qr($ctx.stash.metadata.put("dataSourceType", "AMAZON_DYNAMODB"))',
    `$util.qr($ctx.stash.metadata.put("apiId", ${q(api.id)}))`,
    '$util.qr($ctx.stash.put("connectionAttributes", {}))',
    `$util.qr($ctx.stash.put("tableName", ${q(`Note-${api.id}-NONE`)}))`,
  ];
  if (auth.authRole) lines.push(`$util.qr($ctx.stash.put("authRole", ${q(auth.authRole)}))`);
  if (auth.unauthRole) lines.push(`$util.qr($ctx.stash.put("unauthRole", ${q(auth.unauthRole)}))`);
  if (auth.identityPoolId) lines.push(`$util.qr($ctx.stash.put("identityPoolId", ${q(auth.identityPoolId)}))`);
  lines.push(`$util.qr($ctx.stash.put("adminRoles", ${JSON.stringify(auth.adminRoles)}))`);
  return lines.join('\n');
}

function iamBlock(r: AmplifyResolver): string[] {
  const { auth } = r;
  const out = [
    '#if( $util.authType() == "IAM Authorization" )',
    `  #set( $adminRoles = ${JSON.stringify(auth.adminRoles)} )`,
    '  #foreach( $adminRole in $adminRoles )',
    '    #if( $ctx.identity.userArn.contains($adminRole) && $ctx.identity.userArn != $ctx.stash.authRole && $ctx.identity.userArn != $ctx.stash.unauthRole )',
    '      #return($util.toJson({}))',
    '    #end',
    '  #end',
  ];
  const rules = auth.rules.filter((rule) => 'provider' in rule && rule.provider === 'iam');
  if (rules.length === 0) out.push('  $util.unauthorized()');
  for (const rule of rules) {
    const check =
      rule.allow === 'private' && auth.identityPoolId
        ? `($ctx.identity.userArn == $ctx.stash.authRole) || ($ctx.identity.cognitoIdentityPoolId == ${q(auth.identityPoolId)} && $ctx.identity.cognitoIdentityAuthType == "authenticated")`
        : `$ctx.identity.userArn == $ctx.stash.${rule.allow === 'private' ? 'authRole' : 'unauthRole'}`;
    out.push(
      '  #if( !$isAuthorized )',
      `    #if( ${check} )`,
      '      #set( $isAuthorized = true )',
      '    #end',
      '  #end',
    );
  }
  out.push('#end');
  return out;
}

function userPoolBlock(rules: AmplifyRule[]): string[] {
  const pool = rules.filter(
    (rule) => rule.allow === 'owner' || rule.allow === 'groups' || rule.provider === 'userPools',
  );
  if (pool.length === 0) return [];
  const out = ['#if( $util.authType() == "User Pool Authorization" )'];
  for (const [index, rule] of pool.entries()) {
    if (rule.allow === 'private') out.push('  #set( $isAuthorized = true )');
    if (rule.allow === 'groups')
      out.push(
        '  #if( !$isAuthorized )',
        `    #set( $staticGroupRoles = ${JSON.stringify(rule.groups.map((entity) => ({ claim: 'cognito:groups', entity })))} )`,
        '    #foreach( $groupRole in $staticGroupRoles )',
        '      #set( $groupsInToken = $util.defaultIfNull($ctx.identity.claims.get($groupRole.claim), []) )',
        '      #if( $groupsInToken.contains($groupRole.entity) )',
        '        #set( $isAuthorized = true )',
        '        #break',
        '      #end',
        '    #end',
        '  #end',
      );
    if (rule.allow === 'owner')
      out.push(
        '  #if( !$isAuthorized )',
        `    #set( $ownerClaim${index} = $util.defaultIfNull($ctx.identity.claims.get(${q(rule.identityClaim)}), ${q(NONE_VALUE)}) )`,
        `    $util.qr($ctx.stash.put("authFilter", { "${rule.ownerField}": { "eq": $ownerClaim${index} } }))`,
        '  #end',
      );
  }
  out.push('#end');
  return out;
}

function authTemplate(r: AmplifyResolver): string {
  const apiKey = r.auth.rules.some((rule) => rule.allow === 'public' && rule.provider === 'apiKey');
  return [
    '## [Start] Authorization Steps. **',
    '$util.qr($ctx.stash.put("hasAuth", true))',
    '#set( $isAuthorized = false )',
    ...(apiKey ? ['#if( $util.authType() == "API Key Authorization" )', '  #set( $isAuthorized = true )', '#end'] : []),
    ...iamBlock(r),
    ...userPoolBlock(r.auth.rules),
    '#if( !$isAuthorized && $util.isNull($ctx.stash.authFilter) )',
    '$util.unauthorized()',
    '#end',
    '$util.toJson({"version":"2018-05-29","payload":{}})',
    '## [End] Authorization Steps. **',
  ].join('\n');
}

const DATA_REQUEST = '{"version":"2018-05-29","operation":"Scan","limit":100}';
const DATA_RESPONSE =
  '#if( $ctx.error )\n$util.error($ctx.error.message, $ctx.error.type)\n#else\n$util.toJson($ctx.result)\n#end';

function functionId(apiId: string, name: string): string {
  return createHash('sha256').update(`${apiId}/${name}`).digest('base64url').slice(0, 26).toLowerCase();
}

/** The functions (auth, data) of an API's pipeline resolvers, as ListFunctions returns them. */
export function servedFunctions(api: GraphqlApi, accountId: string): ServedFunction[] {
  return (api.resolvers ?? []).flatMap((r) => (r.kind === 'PIPELINE' ? pipelineFunctions(api, accountId, r) : []));
}

function pipelineFunctions(api: GraphqlApi, accountId: string, r: AmplifyResolver): ServedFunction[] {
  const base = `${r.typeName}${r.fieldName}`;
  const make = (name: string, request: string, response: string, dataSourceName: string): ServedFunction => {
    const id = functionId(api.id, name);
    return {
      functionId: id,
      functionArn: `arn:aws:appsync:${api.region}:${accountId}:apis/${api.id}/functions/${id}`,
      name,
      dataSourceName,
      requestMappingTemplate: request,
      responseMappingTemplate: response,
      functionVersion: '2018-05-29',
    };
  };
  return [
    make(`${base}auth0Function`, authTemplate(r), '$util.toJson({})', 'NONE_DS'),
    make(`${r.typeName}${capital(r.fieldName)}DataResolverFn`, DATA_REQUEST, DATA_RESPONSE, 'NoteTable'),
  ];
}

/** The resolvers of an API, as ListResolvers / GetResolver return them. */
export function servedResolvers(api: GraphqlApi, accountId: string): ServedResolver[] {
  return (api.resolvers ?? []).map((r) => {
    const resolverArn = `arn:aws:appsync:${api.region}:${accountId}:apis/${api.id}/types/${r.typeName}/resolvers/${r.fieldName}`;
    const base = { typeName: r.typeName, fieldName: r.fieldName, resolverArn };
    if (r.kind === 'UNIT')
      return {
        ...base,
        kind: 'UNIT',
        dataSourceName: 'NoteTable',
        requestMappingTemplate: `${stashTemplate(api, r)}\n${authTemplate(r).replace('$util.toJson({"version":"2018-05-29","payload":{}})\n', '')}\n${DATA_REQUEST}`,
        responseMappingTemplate: DATA_RESPONSE,
      };
    return {
      ...base,
      kind: 'PIPELINE',
      requestMappingTemplate: `${stashTemplate(api, r)}\n$util.toJson({})`,
      responseMappingTemplate: '$util.toJson($ctx.prev.result)',
      pipelineConfig: { functions: pipelineFunctions(api, accountId, r).map((f) => f.functionId) },
    };
  });
}
