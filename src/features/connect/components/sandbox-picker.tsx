import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/button';
import { SelectField } from '@/components/field';
import { useWords } from '@/components/words';
import { SANDBOX_URL, sandboxScenariosQueryOptions, switchSandboxScenario, type SandboxConfig } from '../api/sandbox';

/** "Use sandbox account": pick a scenario of the local sandbox and fill every field from it. */
export function SandboxPicker({ onConfig }: { onConfig(config: SandboxConfig): void }) {
  const { t, say } = useWords();
  const scenarios = useQuery(sandboxScenariosQueryOptions());
  const [picked, setPicked] = useState<string>();
  const use = useMutation({ mutationFn: switchSandboxScenario, onSuccess: onConfig });

  if (scenarios.isPending)
    return (
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t({ id: 'ui.sandbox.looking', params: { url: SANDBOX_URL } })}
      </p>
    );
  if (scenarios.isError)
    return (
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        <p>{t({ id: 'ui.sandbox.none', params: { url: SANDBOX_URL } })}</p>
        <Button onClick={() => void scenarios.refetch()} disabled={scenarios.isFetching}>
          {say('ui.sandbox.again')}
        </Button>
      </div>
    );

  const selected = picked ?? scenarios.data.active;
  const description = scenarios.data.scenarios.find((s) => s.id === selected)?.description;
  return (
    <div className="space-y-2 rounded-md border border-sky-200 bg-sky-50 p-3 dark:border-sky-900 dark:bg-sky-950/40">
      <SelectField
        label={say('ui.sandbox.scenario')}
        options={scenarios.data.scenarios.map((s) => ({ value: s.id, label: s.title }))}
        value={selected}
        onChange={(event) => setPicked(event.target.value)}
        hint={description}
      />
      <Button variant="primary" onClick={() => use.mutate(selected)} disabled={use.isPending}>
        {say(use.isPending ? 'ui.sandbox.switching' : 'ui.sandbox.use')}
      </Button>
      {use.isError && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {use.error.message}
        </p>
      )}
    </div>
  );
}
