import { useMutation } from '@tanstack/react-query';
import { runChain, type ChainRunInput } from '@/aws/amplify-chain';

/** Runs the app's chain once (sign-in, credentials, test request). A mutation: it signs in, it is not a read. */
export function useRunChain() {
  return useMutation({ mutationKey: ['chain', 'run'], mutationFn: (input: ChainRunInput) => runChain(input) });
}
