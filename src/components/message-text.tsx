import { renderParts, type Catalog, type Message } from '@/chain/messages/catalog';
import { useWords } from './words';

/**
 * A message with its evidence set apart: what AWS, Amplify or the customer said is shown as a quotation in its own
 * "said" style (never as the product's words), the rest as text. React escapes both.
 */
export function MessageText({ message, catalog }: { message: Message; catalog?: Catalog }) {
  const words = useWords();
  return (
    <>
      {renderParts(message, catalog ?? words.catalog).map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <q
            key={i}
            className="aws-said rounded-sm border-l-2 border-slate-400 bg-slate-100 px-1 font-mono text-[0.9em] break-words text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100"
            title={words.say('ui.quoted')}
          >
            {part.quote}
          </q>
        ),
      )}
    </>
  );
}
