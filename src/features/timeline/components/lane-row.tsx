import { SENTENCE_BREAK } from '@/chain/messages/aws-message';
import { wordsMessage, type Message } from '@/chain/messages/catalog';
import { relativeTime, type Lane, type TimelineItem } from '@/chain/timeline';
import { useWords } from '@/components/words';
import type { LaneNote } from './timeline-view';

const STATUS_DOT = { ok: 'bg-emerald-500', error: 'bg-red-500', info: 'bg-slate-400' } as const;
const STATUS_BAR = {
  ok: 'bg-emerald-200 dark:bg-emerald-900',
  error: 'bg-red-200 dark:bg-red-900',
  info: 'bg-slate-200 dark:bg-slate-700',
} as const;
const NOTE_TONE = {
  info: 'text-slate-600',
  error: 'text-red-700 dark:text-red-400',
  waiting: 'text-amber-700 dark:text-amber-400',
} as const;

interface LaneRowProps {
  lane: Lane;
  domain: [number, number];
  selectedId?: string;
  onSelect(item: TimelineItem): void;
  note?: LaneNote;
  formatTime(time: number): string;
  reference?: number;
}

const pct = (time: number, [low, high]: [number, number]) =>
  Math.min(100, Math.max(0, ((time - low) / (high - low || 1)) * 100));

/** One lane: validity bars behind, points in front, each a button that selects its evidence. */
export function LaneRow({ lane, domain, selectedId, onSelect, note, formatTime, reference }: LaneRowProps) {
  const { t, say, lang } = useWords();
  const label = (message: Message) => t(message);
  const bars = lane.items.filter((item) => item.end !== undefined);
  const points = lane.items.filter((item) => item.end === undefined);
  const title = t(lane.title);
  return (
    <div className="flex border-b border-slate-100 py-2 dark:border-slate-800" role="group" aria-label={title}>
      <div className="w-44 shrink-0 pr-2">
        <h3 className="text-xs font-semibold">{title}</h3>
        {note && (
          <p className={`mt-0.5 text-[11px] ${NOTE_TONE[note.tone]}`} role={note.tone === 'error' ? 'alert' : 'status'}>
            {note.more ? <span className="block font-medium">{t(note.text)}</span> : t(note.text)}
            {note.more?.map((message) => t(message)).join(t(wordsMessage(SENTENCE_BREAK)))}
          </p>
        )}
        {!note && lane.items.length === 0 && (
          <p className="mt-0.5 text-[11px] text-slate-600 dark:text-slate-400">{say('ui.timeline.no-evidence')}</p>
        )}
      </div>
      <div className="relative min-h-16 flex-1">
        {bars.map((item, index) => {
          const left = pct(item.start, domain);
          const right = pct(item.end ?? item.start, domain);
          const clipped = (item.end ?? 0) > domain[1];
          return (
            <button
              key={item.id}
              type="button"
              onClick={() => onSelect(item)}
              aria-pressed={selectedId === item.id}
              title={`${label(item.label)}: ${formatTime(item.start)} → ${formatTime(item.end ?? item.start)}`}
              className={`absolute h-2 rounded-full ${STATUS_BAR[item.status]} focus-visible:outline-2 focus-visible:outline-sky-500`}
              style={{ left: `${left}%`, width: `${Math.max(1, right - left)}%`, top: `${40 + index * 10}px` }}
            >
              <span className="sr-only">{label(item.label)}</span>
              {clipped && (
                <span className="absolute -top-0.5 right-0 text-[10px] leading-none text-slate-600 dark:text-slate-300">
                  →
                </span>
              )}
            </button>
          );
        })}
        {points.map((item, index) => (
          <button
            key={item.id}
            type="button"
            onClick={() => onSelect(item)}
            aria-pressed={selectedId === item.id}
            className={`absolute flex max-w-[45%] -translate-x-1.5 items-center gap-1 rounded px-0.5 text-left text-[11px] hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:hover:bg-slate-800 ${selectedId === item.id ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
            style={{ left: `${pct(item.start, domain)}%`, top: `${(index % 2) * 18}px` }}
            title={`${formatTime(item.start)}${reference !== undefined ? ` (${relativeTime(item.start, reference, lang)})` : ''}`}
          >
            <span className={`h-3 w-3 shrink-0 rounded-full ${STATUS_DOT[item.status]}`} aria-hidden="true" />
            <span className="truncate">{label(item.label)}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
