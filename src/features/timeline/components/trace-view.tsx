import { useMemo, useState } from 'react';
import type { Case } from '@/chain/case';
import { buildTrace, type TraceItem } from '@/chain/trace';
import { CopyButton } from '@/components/copy-button';
import { useWords } from '@/components/words';

const ROW = 32;
const BAR = {
  ok: 'bg-emerald-600',
  error: 'bg-red-600',
  info: 'bg-slate-500',
} as const;
const LINE = { holds: '#059669', broken: '#dc2626', unproven: '#64748b' } as const;

/** Where a time falls on the axis, in percent (clamped: validity bars may start before the run's view). */
const place = (t: number, [low, high]: [number, number]) =>
  Math.min(100, Math.max(0, ((t - low) / (high - low)) * 100));

function Bar({ item, domain }: { item: TraceItem; domain: [number, number] }) {
  const { t } = useWords();
  const left = place(item.start, domain);
  const width = Math.max(0.6, place(item.end, domain) - left);
  const style = item.inferred
    ? `border-2 border-dashed ${item.status === 'error' ? 'border-red-600' : 'border-slate-500'} bg-transparent`
    : item.precision === 'second'
      ? `border-x-2 border-slate-700 dark:border-slate-200 ${BAR[item.status]}/40`
      : BAR[item.status];
  return (
    <div
      className={`absolute top-2 h-4 rounded-sm ${style} ${item.kind === 'validity' ? 'opacity-40' : ''}`}
      style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }}
      title={`${t(item.label)}: ${t(item.detail)}`}
    />
  );
}

/**
 * The waterfall (Jaeger/Honeycomb style): one row per recorded call, validity bar and CloudTrail record on AWS's
 * clock, connectors between the items a link joins. "The run" zooms to the calls, "Validity" to the hour the token
 * and credentials last. Plain CSS and one SVG: no chart library in the bundle.
 */
export function TraceView({ evidence }: { evidence: Case }) {
  const { t, say } = useWords();
  const trace = useMemo(() => buildTrace(evidence), [evidence]);
  const [view, setView] = useState<'run' | 'validity'>('run');
  const domain = view === 'run' ? trace.runDomain : trace.validityDomain;
  const rows = trace.items;
  if (rows.length === 0) return null;
  const rowOf = (id: string) => rows.findIndex((r) => r.id === id);
  return (
    <div className="mb-4 text-sm" data-testid="trace">
      <div className="mb-2 flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold">{say('ui.trace.title')}</span>
        <div role="group" aria-label={say('ui.trace.zoom')} className="flex gap-1">
          {(['run', 'validity'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={`rounded border px-1.5 ${view === v ? 'bg-slate-900 text-white dark:bg-slate-100 dark:text-slate-900' : 'border-slate-300 dark:border-slate-600'}`}
            >
              {say(v === 'run' ? 'ui.trace.run' : 'ui.trace.validity')}
            </button>
          ))}
        </div>
        <span className="text-slate-700 dark:text-slate-300">
          {trace.skewSeconds
            ? t({ id: 'ui.trace.skew', params: { seconds: -trace.skewSeconds } })
            : say('ui.trace.no-skew')}{' '}
          {say('ui.trace.legend')}
        </span>
      </div>
      <ol aria-label={say('ui.trace.calls')} className="relative">
        {rows.map((item) => (
          <li
            key={item.id}
            className="grid grid-cols-1 border-b border-slate-100 sm:grid-cols-[240px_minmax(0,1fr)] dark:border-slate-800"
          >
            <div className="flex min-w-0 flex-wrap items-center gap-x-1 py-1 text-xs">
              <span className="font-medium">{t(item.label)}</span>
              <span className="text-slate-700 dark:text-slate-300">{t(item.detail)}</span>
              {item.requestId && (
                <span className="inline-flex min-w-0 items-center">
                  <code className="truncate font-mono text-[11px]" title={item.requestId}>
                    {item.requestId}
                  </code>
                  <CopyButton
                    value={item.requestId}
                    label={t({ id: 'ui.what.request-id', params: { call: t(item.label) } })}
                  />
                </span>
              )}
            </div>
            <div className="relative h-8" aria-hidden="true">
              <Bar item={item} domain={domain} />
              {item.kind === 'validity' && (
                <span className="absolute top-1.5 right-1 text-[11px] text-slate-800 dark:text-slate-200">
                  {t(item.detail)}
                </span>
              )}
            </div>
          </li>
        ))}
        <svg
          aria-hidden="true"
          className="pointer-events-none absolute top-0 right-0 hidden h-full w-[calc(100%-240px)] sm:block"
          viewBox={`0 0 100 ${rows.length * ROW}`}
          preserveAspectRatio="none"
        >
          {trace.connectors.map((c) => {
            const [from, to] = [rows[rowOf(c.from)], rows[rowOf(c.to)]];
            if (!from || !to) return null;
            return (
              <line
                key={`${c.from}-${c.to}`}
                x1={place(from.end, domain)}
                y1={rowOf(c.from) * ROW + ROW / 2}
                x2={place(to.start, domain)}
                y2={rowOf(c.to) * ROW + ROW / 2}
                stroke={LINE[c.status]}
                strokeWidth={2}
                strokeDasharray={c.status === 'holds' ? undefined : '4 3'}
                vectorEffect="non-scaling-stroke"
              />
            );
          })}
        </svg>
      </ol>
      {trace.connectors.length > 0 && (
        <ul aria-label={say('ui.trace.connectors')} className="mt-1 space-y-0.5 text-xs">
          {trace.connectors.map((c) => {
            const [from, to] = [rows[rowOf(c.from)], rows[rowOf(c.to)]];
            return (
              <li key={`${c.from}-${c.to}`}>
                {t({
                  id: 'ui.trace.connector',
                  params: {
                    from: from ? t(from.label) : '',
                    to: to ? t(to.label) : '',
                    label: t(c.label),
                    status: say(`ui.link.${c.status}`),
                  },
                })}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
