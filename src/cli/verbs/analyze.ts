/** `scrapemark analyze [--jsonl] [--no-corpus] <file|dir>...` */
import { analyzeText, buildCorpusStats, OffsetMap, type Analysis } from '../../core/index';
import { expandPaths, readSource, SourceError, type SourceFile } from '../files';
import type { CliIO, Verb } from '../verb';

export const analyzeVerb: Verb = {
  name: 'analyze',
  summary: 'classify lines as body or boilerplate, find quotes and metadata',
  usage: 'scrapemark analyze [--jsonl] [--no-corpus] <file|dir>...',
  help: [
    '  --jsonl       one JSON object per file on stdout (offsets in Unicode code points)',
    '  --no-corpus   do not learn repeated lines across the files given',
  ].join('\n'),
  async run(args, io) {
    const jsonl = args.includes('--jsonl');
    const corpusOn = !args.includes('--no-corpus');
    const paths = args.filter((a) => !a.startsWith('--'));
    if (paths.length === 0) {
      io.err(`usage: ${analyzeVerb.usage}\n`);
      return 2;
    }
    let failed = false;
    const files: SourceFile[] = [];
    for (const file of await expandPaths(paths)) {
      try {
        files.push(await readSource(file));
      } catch (e) {
        if (!(e instanceof SourceError)) throw e;
        io.err(`scrapemark: ${e.message}\n`);
        failed = true;
      }
    }
    const corpus =
      corpusOn && files.length > 1 ? buildCorpusStats(files.map((f) => f.text)) : undefined;
    for (const f of files) {
      const analysis = analyzeText(f.text, corpus ? { corpus } : {});
      io.out(jsonl ? `${JSON.stringify(toJsonRecord(f, analysis))}\n` : formatHuman(f, analysis));
    }
    return failed ? 1 : 0;
  },
};

/** The `--jsonl` record: the contract of the evaluation scripts (offsets in code points). */
export function toJsonRecord(f: SourceFile, a: Analysis): unknown {
  const map = new OffsetMap(f.text);
  const cp = (n: number) => map.toCodePoint(n);
  const metadata: Record<string, string> = {};
  for (const [key, field] of Object.entries(a.metadata)) if (field) metadata[key] = field.value;
  return {
    file: f.path,
    language: a.language,
    lines: a.lines.map((l) => ({
      line: l.line,
      label: l.label,
      kind: l.kind,
      confidence: round(l.confidence),
    })),
    quotes: a.quotes.map((q) => {
      const first = q.spans[0]!;
      const last = q.spans[q.spans.length - 1]!;
      return {
        start: cp(first.start),
        end: cp(last.end),
        text: f.text.slice(first.start, last.end),
        speaker: q.speaker,
        ...(q.speakerName && q.speakerName !== q.speaker ? { speaker_name: q.speakerName } : {}),
        type: q.type,
        spans: q.spans.map((s) => [cp(s.start), cp(s.end)]),
      };
    }),
    metadata,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function formatHuman(f: SourceFile, a: Analysis): string {
  const body = a.lines.filter((l) => l.label === 'body').length;
  const out: string[] = [`${f.path}  (${a.language}, ${body}/${a.lines.length} lines body)`];
  for (const l of a.lines) {
    const text = f.text.slice(l.span.start, l.span.end).trim();
    const mark = l.label === 'body' ? '+' : '-';
    out.push(
      `${String(l.line + 1).padStart(5)} ${mark} ${l.kind.padEnd(10)} ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`,
    );
  }
  for (const [key, field] of Object.entries(a.metadata))
    if (field) out.push(`  ${key}: ${field.value}`);
  for (const q of a.quotes) {
    const s = q.spans[0]!;
    const e = q.spans[q.spans.length - 1]!;
    const t = f.text.slice(s.start, e.end).replace(/\s+/g, ' ');
    out.push(`  quote (${q.speaker ?? '?'}): ${t.length > 80 ? `${t.slice(0, 79)}…` : t}`);
  }
  return `${out.join('\n')}\n\n`;
}

export type { CliIO };
