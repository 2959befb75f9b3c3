import { stepProof } from '../proof';
import type { Rule } from '../verdict';

export const healthy: Rule = {
  id: 'healthy',
  evaluate({ case: c, steps: { graphql } }) {
    if (!graphql || graphql.outcome !== 'ok' || graphql.status !== 200 || graphql.errors.length > 0) return null;
    return {
      cause: 'healthy',
      brokenLink: null,
      confidence: 'proven',
      headline: 'The chain is healthy: AppSync answered the test request with data.',
      explanation: 'Sign-in, identity pool credentials and the signed GraphQL request all succeeded.',
      proofs: [stepProof(c, graphql, ['status'], 'AppSync status', graphql.status)],
      fix: { summary: 'Nothing to fix.' },
      customerMessage: {
        en: 'We ran the full sign-in → credentials → AppSync chain with your configuration and it succeeded; no change is needed.',
        ja: 'お客様の設定でサインイン → 認証情報 → AppSync の一連の処理を実行し、正常に完了しました。変更は不要です。',
      },
    };
  },
};
