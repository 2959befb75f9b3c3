// `npm run check`: see scripts/check-run.ts (and `npm run check -- --help`).
import { runCheck, USAGE, UsageError } from './check-run';

const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };

runCheck(process.argv.slice(2), io).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else console.error(`check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
