import { useState } from 'react';
import type { Case } from '@/chain/case';
import type { Message } from '@/chain/messages/catalog';
import { resolvePointer } from '@/chain/proof';
import { relativeTime, type Timeline, type TimelineItem } from '@/chain/timeline';
import { CopyButton } from '@/components/copy-button';
import { JsonView } from '@/components/json-view';
import { Panel } from '@/components/panel';
import { useWords } from '@/components/words';
import { LinkList } from './link-list';
import { LaneRow } from './lane-row';
import { TraceView } from './trace-view';

export interface LaneNote {
  tone: 'info' | 'error' | 'waiting';
  text: Message;
  /** Sentences after the text (an explanation's detail, AWS's words, what to do), shown below it. */
  more?: readonly Message[];
}

interface TimelineViewProps {
  timeline: Timeline;
  evidence: Case;
  /** Status notes per lane (e.g. the CloudTrail search's progress or error). */
  notes?: Partial<Record<string, LaneNote>>;
}

function formatTime(time: number, zone: 'utc' | 'local'): string {
  const date = new Date(time);
  return zone === 'utc'
    ? `${date.toISOString().slice(11, 23)} UTC`
    : date.toLocaleTimeString(undefined, { hour12: false, fractionalSecondDigits: 3 } as Intl.DateTimeFormatOptions);
}

/** The four lanes on one time axis, the links between them, and the raw evidence of the selected item. */
export function TimelineView({ timeline, evidence, notes = {} }: TimelineViewProps) {
  const { t, say, lang } = useWords();
  const [zone, setZone] = useState<'utc' | 'local'>('utc');
  const [selected, setSelected] = useState<TimelineItem>();
  const [low, high] = timeline.domain;
  const ticks = Array.from({ length: 5 }, (_, i) => low + ((high - low) * i) / 4);

  return (
    <Panel
      title={say('ui.timeline.title')}
      actions={
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600"
          onClick={() => setZone(zone === 'utc' ? 'local' : 'utc')}
          aria-label={say(zone === 'utc' ? 'ui.timeline.show-local' : 'ui.timeline.show-utc')}
        >
          {say(zone === 'utc' ? 'ui.timeline.utc' : 'ui.timeline.local')}
        </button>
      }
    >
      <TraceView evidence={evidence} />
      <LinkList links={timeline.links} />
      <div className="mt-4 overflow-x-auto">
        <div className="min-w-[640px]">
          <div
            className="ml-44 flex justify-between border-b border-slate-200 pb-1 text-[10px] text-slate-600 dark:border-slate-700 dark:text-slate-300"
            aria-hidden="true"
          >
            {ticks.map((tick) => (
              <span key={tick} title={formatTime(tick, zone)}>
                {timeline.reference !== undefined
                  ? relativeTime(tick, timeline.reference, lang)
                  : formatTime(tick, zone)}
              </span>
            ))}
          </div>
          {timeline.lanes.map((lane) => (
            <LaneRow
              key={lane.id}
              lane={lane}
              domain={timeline.domain}
              selectedId={selected?.id}
              onSelect={setSelected}
              note={notes[lane.id]}
              formatTime={(t) => formatTime(t, zone)}
              reference={timeline.reference}
            />
          ))}
        </div>
      </div>
      {selected && (
        <div
          className="mt-4 space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700"
          aria-label={say('ui.timeline.selected')}
        >
          <div className="flex items-center justify-between">
            <h3 className="text-sm font-semibold">{t(selected.label)}</h3>
            <span className="text-xs text-slate-600 dark:text-slate-300">
              {formatTime(selected.start, zone)}{' '}
              {timeline.reference !== undefined && `(${relativeTime(selected.start, timeline.reference, lang)})`}
            </span>
          </div>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-xs">
            {selected.facts.map((fact, index) => {
              const name = t(fact.name);
              const value = typeof fact.value === 'string' ? fact.value : t(fact.value);
              return (
                <div key={`${name}-${index}`} className="contents">
                  <dt className="text-slate-600 dark:text-slate-300">{name}</dt>
                  <dd className="flex items-center gap-1 font-mono break-all">
                    {value}
                    {fact.copy && <CopyButton value={value} label={name} />}
                  </dd>
                </div>
              );
            })}
          </dl>
          <details>
            <summary className="cursor-pointer text-xs text-sky-700 dark:text-sky-400">{say('ui.raw-json')}</summary>
            <JsonView
              value={resolvePointer(evidence, selected.source)}
              label={t({ id: 'ui.json-of', params: { what: t(selected.label) } })}
            />
          </details>
        </div>
      )}
    </Panel>
  );
}
