/**
 * The `scrapemark` command line. Exit codes: 0 success, 1 a file or annotation had a problem
 * (the others were still processed), 2 usage error, 3 internal error.
 */
import { analyzeVerb } from './verbs/analyze';
import { annotateVerb } from './verbs/annotate';
import { checkVerb } from './verbs/check';
import { cleanVerb } from './verbs/clean';
import { diffVerb } from './verbs/diff';
import { exportVerb } from './verbs/export';
import { importVerb } from './verbs/import';
import { reanchorVerb } from './verbs/reanchor';
import { showVerb } from './verbs/show';
import { withParallelAnnotate } from './parallel-annotate-verb';
import { useNativeSha256 } from './parallel-hash';
import type { CliIO, Verb } from './verb';

const VERBS: readonly Verb[] = [
  analyzeVerb,
  withParallelAnnotate(annotateVerb),
  reanchorVerb,
  checkVerb,
  cleanVerb,
  exportVerb,
  importVerb,
  diffVerb,
  showVerb,
];

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  useNativeSha256();
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out('scrapemark 0.1.0\n');
    return 0;
  }
  const verb = VERBS.find((v) => v.name === name);
  if (!verb) {
    io.err(`scrapemark: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`usage: ${verb.usage}\n\n${verb.summary}\n\n${verb.help}\n`);
    return 0;
  }
  return verb.run(args, io);
}

function usage(): string {
  const lines = VERBS.map((v) => `  ${v.name.padEnd(10)} ${v.summary}`);
  return `usage: scrapemark <command> [options] <file|dir>...\n\ncommands:\n${lines.join('\n')}\n\nRun 'scrapemark <command> --help' for a command's options.\n`;
}

if (require.main === module) {
  // A closed pipe (`scrapemark export --out - … | head`) ends the output quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  const io: CliIO = {
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(
        `scrapemark: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 3;
    },
  );
}
