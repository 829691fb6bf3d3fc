/** `scrapemark show [--offsets] <sidecar>...`: a sidecar as readable lines (git textconv driver). */
import { promises as fs } from 'node:fs';
import { renderSidecar } from '../../sidecar/diff';
import { parseSidecar } from '../../sidecar/index';
import type { Verb } from '../verb';

export const showVerb: Verb = {
  name: 'show',
  summary: 'print a sidecar as one readable line per annotation (git diff textconv driver)',
  usage: 'scrapemark show [--offsets] <sidecar>...',
  help: [
    '  --offsets   prefix each annotation with [start-end] (left out by default: an insertion at the',
    '              top of a source moves every offset, and the diff would show every line)',
    '',
    'Lines: the source (path, short sha256, length), the document fields, then per annotation in',
    'position order: kind, id, label/field/value or quote type and speaker, status, author and text.',
    'Use it as a git textconv driver (see docs/git.md). A file that does not parse is printed as it',
    'is (so git diff still shows it), its errors go to stderr and the exit code is still 0.',
  ].join('\n'),
  async run(args, io) {
    const offsets = args.includes('--offsets');
    const unknown = args.find((a) => a.startsWith('-') && a !== '--offsets');
    const files = args.filter((a) => !a.startsWith('-'));
    if (unknown || files.length === 0) {
      io.err(
        `scrapemark show: ${unknown ? `unknown option ${unknown}` : 'no sidecar given'}\nusage: ${showVerb.usage}\n`,
      );
      return 2;
    }
    let failed = false;
    for (const file of files) {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (e) {
        io.err(`scrapemark: ${file}: cannot read: ${(e as Error).message}\n`);
        failed = true;
        continue;
      }
      if (files.length > 1) io.out(`==> ${file} <==\n`);
      const parsed = parseSidecar(text);
      if (parsed.ok) {
        io.out(renderSidecar(parsed.sidecar, { offsets }));
      } else {
        for (const p of parsed.errors)
          io.err(`${file}:${p.line}:${p.col}: ${p.severity}: ${p.message}\n`);
        io.out(text.endsWith('\n') || text === '' ? text : `${text}\n`);
      }
    }
    return failed ? 1 : 0;
  },
};
