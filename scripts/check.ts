// `npm run check`: see scripts/check-run.ts (and `npm run check -- --help`).
import { readStdin as readStdinBytes } from './check-pieces';
import { runCheck, USAGE, UsageError } from './check-run';
import { overCapMessage, ReadCapError, readCappedStream } from './read-capped';
import { decodeText } from './terminal-text';

/** Reads a line from the terminal without echoing it (the password never reaches the screen or the history). */
function askSecret(question: string): Promise<string> {
  return new Promise((resolve) => {
    process.stderr.write(question);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(typed);
        }
        if (char === '\u0003') process.exit(130);
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

/** All of standard input as text (BOM and UTF-16 handled), for `--har -`; over the HAR cap it is refused unread. */
async function readStdin(): Promise<string> {
  const { bytes, over } = await readCappedStream(process.stdin, 'har');
  if (over) throw new ReadCapError(overCapMessage('HAR', 'on standard input', undefined, 'har'));
  return decodeText(bytes);
}

const io = {
  readStdin,
  out: (line: string) => console.log(line),
  err: (line: string) => console.error(line),
  env: process.env,
  stdin: () => readStdinBytes(process.stdin),
  ...(process.stdin.isTTY ? { askSecret } : {}),
};

runCheck(process.argv.slice(2), io).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else console.error(`check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
