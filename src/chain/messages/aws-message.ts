import type { AwsWords } from './aws-en';
import type { MessageOf } from './catalog';

/** An `aws.*` message: an id of `./aws-en.ts` with its parameters (plain data, no words). */
export type AwsMessage = MessageOf<AwsWords>;

type AwsParamArgs<K extends keyof AwsWords> = AwsWords[K] extends string
  ? []
  : [params: AwsWords[K] extends (params: infer P) => string ? P : never];

/** Between the sentences of a text made of `aws.*` messages: a space in English, none in Japanese. */
export const SENTENCE_BREAK = { id: 'aws.sep' } as AwsMessage;

/** An `aws.*` message id with its parameters; importing it loads no catalog. */
export function awsMsg<K extends keyof AwsWords>(id: K, ...params: AwsParamArgs<K>): AwsMessage {
  return (params.length ? { id, params: params[0] } : { id }) as AwsMessage;
}
