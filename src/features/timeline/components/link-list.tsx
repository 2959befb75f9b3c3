import type { Link, LinkStatus } from '@/chain/links';
import { useWords } from '@/components/words';

const ORDER: Record<LinkStatus, number> = { broken: 0, unproven: 1, holds: 2 };
const STYLE: Record<LinkStatus, { icon: string; className: string }> = {
  broken: {
    icon: '✗',
    className: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200',
  },
  unproven: {
    icon: '?',
    className:
      'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200',
  },
  holds: {
    icon: '✓',
    className:
      'border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200',
  },
};

/** The links between lanes, broken and unproven first: the first thing the eye should meet. */
export function LinkList({ links }: { links: Link[] }) {
  const { t, say } = useWords();
  const sorted = [...links].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return (
    <ul className="grid gap-1.5 sm:grid-cols-2" aria-label={say('ui.links.label')}>
      {sorted.map((link) => {
        const style = STYLE[link.status];
        return (
          <li key={link.id} className={`rounded-md border px-2 py-1 text-xs ${style.className}`}>
            <span className="font-semibold" aria-hidden="true">
              {style.icon}{' '}
            </span>
            <span className="font-medium">{t(link.label)}</span>{' '}
            <span className="sr-only">({say(`ui.link.${link.status}`)})</span>
            <p className="mt-0.5 font-mono text-[11px] break-all opacity-80">{t(link.detail)}</p>
          </li>
        );
      })}
    </ul>
  );
}
