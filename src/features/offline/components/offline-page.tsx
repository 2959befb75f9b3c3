import { useMemo, useState } from 'react';
import { diagnose } from '@/chain/diagnose';
import {
  buildOfflineCase,
  type OfflinePiece,
  type OfflinePieces,
  type OfflineResult,
} from '@/chain/offline/build-case';
import { buildTimeline } from '@/chain/timeline';
import { Button } from '@/components/button';
import { TextArea } from '@/components/field';
import { ErrorBoundary } from '@/components/error-boundary';
import { ErrorNote, Panel } from '@/components/panel';
import { useWords } from '@/components/words';
import { buildWithHar, type LoadedHar } from '@/chain/har/with-pieces';
import { HarInput } from './har-input';

// Each piece's label and hint are the catalog's `ui.offline.<piece>` and `ui.offline.<piece>.hint`.
const PIECES: { piece: OfflinePiece; rows: number }[] = [
  { piece: 'appConfig', rows: 4 },
  { piece: 'cloudTrail', rows: 4 },
  { piece: 'appError', rows: 3 },
  { piece: 'logLines', rows: 3 },
  { piece: 'policy', rows: 3 },
  { piece: 'role', rows: 1 },
  { piece: 'query', rows: 2 },
  { piece: 'schema', rows: 3 },
  { piece: 'resolver', rows: 3 },
];

interface OfflinePageProps {
  /** A HAR dropped anywhere on the app (`seq` tells a second drop of the same file from a re-render). */
  dropped?: { har?: LoadedHar; error?: string; seq: number };
  /** Renders the verdict and timeline of the built case (the same views as a live run). */
  renderResult(
    result: Extract<OfflineResult, { ok: true }>,
    verdict: ReturnType<typeof diagnose>,
    timeline: ReturnType<typeof buildTimeline>,
  ): React.ReactNode;
}

/** The verdict and timeline of a built case: its own component, so a failure stays inside its error boundary. */
function OfflineResultView({
  built,
  renderResult,
}: { built: Extract<OfflineResult, { ok: true }> } & OfflinePageProps) {
  const analysis = useMemo(() => {
    const verdict = diagnose(built.case);
    return { verdict, timeline: buildTimeline(built.case, verdict.links) };
  }, [built]);
  return renderResult(built, analysis.verdict, analysis.timeline);
}

/** Evidence a restricted customer can send, pasted in: the same timeline and verdict, without any credentials. */
export function OfflinePage({ renderResult, dropped }: OfflinePageProps) {
  const { say } = useWords();
  const [pieces, setPieces] = useState<OfflinePieces>({ appConfig: '' });
  const [built, setBuilt] = useState<OfflineResult>();
  const [unreadable, setUnreadable] = useState<string>();
  const [har, setHar] = useState<LoadedHar>();
  const [harError, setHarError] = useState<string>();
  // A HAR dropped on the app replaces the loaded one; the pasted pieces stay.
  const [seenDrop, setSeenDrop] = useState(0);
  if (dropped && dropped.seq !== seenDrop) {
    setSeenDrop(dropped.seq);
    setHar(dropped.har);
    setHarError(dropped.error);
  }

  return (
    <div className="grid gap-4 lg:grid-cols-[360px_minmax(0,1fr)]">
      <Panel title={say('ui.offline.title')}>
        <form
          className="space-y-3"
          onSubmit={(event) => {
            event.preventDefault();
            // Whatever was pasted, the page stays and keeps it: a failure here is a message, not a blank screen.
            try {
              const result = har ? buildWithHar(har, pieces) : buildOfflineCase(pieces);
              setHarError('har' in result ? result.har : undefined);
              setBuilt('har' in result ? undefined : result);
              setUnreadable(undefined);
            } catch (error) {
              setBuilt(undefined);
              setUnreadable(error instanceof Error ? error.message : String(error));
            }
          }}
        >
          <p className="text-xs text-slate-600 dark:text-slate-400">{say('ui.offline.intro')}</p>
          <HarInput
            har={har}
            error={harError}
            onLoad={(loaded, error) => {
              setHar(loaded);
              setHarError(error);
            }}
          />
          {PIECES.map(({ piece, rows }) => (
            <TextArea
              key={piece}
              label={say(`ui.offline.${piece}`)}
              hint={say(`ui.offline.${piece}.hint`)}
              rows={rows}
              spellCheck={false}
              value={pieces[piece] ?? ''}
              error={built && !built.ok ? built.errors[piece] : undefined}
              onChange={(e) => setPieces({ ...pieces, [piece]: e.target.value })}
            />
          ))}
          <Button type="submit" variant="primary" className="w-full py-2" disabled={!pieces.appConfig.trim() && !har}>
            {say('ui.offline.build')}
          </Button>
        </form>
      </Panel>
      <div className="min-w-0 space-y-4">
        {built?.ok && built.notes.length > 0 && (
          <ul
            className="list-disc pl-5 text-xs text-amber-800 dark:text-amber-300"
            aria-label={say('ui.offline.notes')}
          >
            {built.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        {unreadable !== undefined && (
          <ErrorNote title={say('ui.offline.unreadable')}>
            <p>{unreadable.slice(0, 200)}</p>
            <p className="mt-1">{say('ui.offline.unreadable.hint')}</p>
          </ErrorNote>
        )}
        {built?.ok && (
          <ErrorBoundary what={say('ui.part.result')} hint={say('ui.offline.result.hint')} resetKey={built}>
            <OfflineResultView built={built} renderResult={renderResult} />
          </ErrorBoundary>
        )}
        {!built?.ok && unreadable === undefined && (
          <Panel title={say('ui.verdict.title')}>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {say(built ? 'ui.offline.some-unreadable' : 'ui.offline.empty')}
            </p>
          </Panel>
        )}
      </div>
    </div>
  );
}
