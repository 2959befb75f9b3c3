import { useMutation } from '@tanstack/react-query';
import type { ChainRunInput } from '@/aws/amplify-chain';

/**
 * Runs the app's chain once (sign-in, credentials, test request). A mutation: it signs in, it is not a read.
 * Amplify is loaded on the first run, so the page itself starts small.
 */
export function useRunChain() {
  return useMutation({
    mutationKey: ['chain', 'run'],
    mutationFn: async (input: ChainRunInput) => (await import('@/aws/amplify-chain')).runChain(input),
  });
}
