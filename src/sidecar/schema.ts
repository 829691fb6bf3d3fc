/**
 * The sidecar schema (zod v4): the single source of truth for the types, validation and the
 * generated JSON Schema (`schemas/scrapemark.schema.json`, by `npm run gen-schema`).
 * Every object accepts extension keys starting with `x_` (kept verbatim); any other unknown key is
 * an error.
 */
import { z } from 'zod';
import { SCHEMA_ID } from './constants';

/** Marks an object as open to `x_*` extension keys (see `withExtensions`, `toJsonSchema`). */
const EXTENSIBLE = 'scrapemark:extensible';

function withExtensions<T extends z.core.$ZodLooseShape>(shape: T, description: string) {
  return z
    .looseObject(shape)
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (!(key in shape) && !key.startsWith('x_')) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown field '${key}' (extension fields must start with 'x_')`,
            path: [key],
          });
        }
      }
    })
    .meta({ description, [EXTENSIBLE]: true });
}

/**
 * A relative path inside the sidecar's folder: no leading slash or drive, no backslash, no NUL,
 * no empty, "." or ".." segment.
 */
export const SOURCE_PATH_PATTERN =
  // eslint-disable-next-line no-control-regex -- NUL is refused on purpose.
  /^(?![A-Za-z]:)(?!.*(?:^|\/)\.{1,2}(?:\/|$))(?!.*\/\/)[^/\\\u0000][^\\\u0000]*$/;

const nonNegativeInt = z.int().min(0);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lowercase hex digits');
const identifier = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*-[A-Za-z0-9_.-]+$/,
    'an id is a kind prefix, a dash and a key (q-1a2b3c4d5e)',
  );

export const anchorStatusSchema = z
  .enum(['shifted', 'fuzzy', 'orphaned'])
  .describe(
    'Written only when the target is not plainly anchored: shifted = found elsewhere with the same text; ' +
      'fuzzy = found with different text (see anchored_exact); orphaned = not found (offsets are the last known).',
  );

export const targetSchema = withExtensions(
  {
    start: nonNegativeInt.describe(
      'Start offset in Unicode code points of the source text without BOM.',
    ),
    end: nonNegativeInt.describe('End offset (exclusive), code points.'),
    exact: z
      .string()
      .optional()
      .describe('The annotated text (the authority; offsets are a hint).'),
    exact_sha256: sha256
      .optional()
      .describe('For long spans: sha256 of the UTF-8 of the text, instead of exact.'),
    head: z.string().optional().describe('For long spans: the first code points of the text.'),
    tail: z.string().optional().describe('For long spans: the last code points of the text.'),
    prefix: z.string().describe('Up to 32 code points before the span.'),
    suffix: z.string().describe('Up to 32 code points after the span.'),
    anchor: anchorStatusSchema.optional(),
    score: z.number().min(0).max(1).optional().describe('Re-anchoring score (1 = exact).'),
    anchored_exact: z
      .string()
      .optional()
      .describe('After a fuzzy re-anchor: the text now at start..end.'),
  },
  'A span of the source: offsets plus the quoted text that re-anchors it.',
).superRefine((t, ctx) => {
  if (t.end < t.start)
    ctx.addIssue({ code: 'custom', message: 'end is before start', path: ['end'] });
  const hashed = t.exact_sha256 !== undefined || t.head !== undefined || t.tail !== undefined;
  if (t.exact === undefined && !hashed) {
    ctx.addIssue({
      code: 'custom',
      message: 'a target needs exact, or exact_sha256 + head + tail',
      path: [],
    });
  }
  if (t.exact !== undefined && hashed) {
    ctx.addIssue({
      code: 'custom',
      message: 'use exact or exact_sha256 + head + tail, not both',
      path: ['exact'],
    });
  }
  if (hashed && (t.exact_sha256 === undefined || t.head === undefined || t.tail === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'exact_sha256, head and tail go together', path: [] });
  }
});

export const sourceSchema = withExtensions(
  {
    path: z
      .string()
      .regex(
        SOURCE_PATH_PATTERN,
        'source.path must be relative to the sidecar\'s folder, with / and no ".."',
      )
      .describe('The source file, relative to the sidecar\'s folder (no "..", no absolute path).'),
    sha256: sha256.describe('sha256 of the raw bytes of the source (BOM included).'),
    length: nonNegativeInt.describe('Length of the text without BOM, in code points.'),
    offset_unit: z.literal('codepoint').describe('All offsets count Unicode code points.'),
    eol: z
      .enum(['lf', 'crlf', 'cr', 'mixed', 'none'])
      .describe('Line endings of the source; offsets count them as they are.'),
    bom: z
      .boolean()
      .describe('Whether the source starts with a UTF-8 BOM (not counted in offsets).'),
  },
  'The annotated source file.',
);

export const documentSchema = withExtensions(
  {
    language: z.string().optional().describe('ISO 639-1 language code, or "und".'),
    site: z.string().optional().describe('The site the text was scraped from (a host name).'),
  },
  'Document-level facts.',
);

const provenance = {
  by: z
    .string()
    .min(1)
    .describe('Who made it: a person, or rule:<name>@<version> for a machine proposal.'),
  status: z
    .enum(['proposed', 'accepted', 'rejected'])
    .optional()
    .describe('Review state of a machine proposal; absent for annotations made by a person.'),
  note: z.string().optional().describe('Free text.'),
};

export const segmentSchema = withExtensions(
  {
    id: identifier,
    kind: z.literal('segment'),
    label: z.enum(['body', 'boilerplate']),
    block: z
      .string()
      .min(1)
      .describe('What the lines are: title, metadata, paragraph, navigation, related, …'),
    target: targetSchema,
    ...provenance,
  },
  'A run of consecutive lines with the same label and block kind.',
);

export const metaSchema = withExtensions(
  {
    id: identifier,
    kind: z.literal('meta'),
    field: z
      .string()
      .min(1)
      .describe('title, published, author, agency, dateline, source, site, language, section, …'),
    value: z.string().describe('The normalised value (ISO 8601 for dates).'),
    inferred: z
      .boolean()
      .optional()
      .describe('True when part of the value (a year) was not written.'),
    target: targetSchema,
    ...provenance,
  },
  'A metadata field with its normalised value, anchored where it is written.',
);

export const quoteSchema = withExtensions(
  {
    id: identifier,
    kind: z.literal('quote'),
    quote_type: z.enum(['direct', 'indirect', 'mixed']),
    target: targetSchema.describe('The first (or only) content span, without quotation marks.'),
    parts: z
      .array(targetSchema)
      .optional()
      .describe('Further content spans of a split quote, in order.'),
    speaker: identifier.optional().describe('The id of the speaker entity.'),
    speaker_span: targetSchema
      .optional()
      .describe('Where the speaker is mentioned (name, description or pronoun).'),
    cue_span: targetSchema.optional().describe('The reporting verb or phrase.'),
    ...provenance,
  },
  'A quotation with its attribution.',
);

export const annotationSchema = z.discriminatedUnion('kind', [
  segmentSchema,
  metaSchema,
  quoteSchema,
]);

export const entitySchema = withExtensions(
  {
    id: identifier,
    name: z.string().min(1),
    role: z.string().optional().describe('A role phrase ("director of …").'),
  },
  'A speaker.',
);

export const sidecarSchema = withExtensions(
  {
    schema: z.literal(SCHEMA_ID),
    source: sourceSchema,
    document: documentSchema.optional(),
    annotations: z.array(annotationSchema),
    entities: z.array(entitySchema).optional(),
  },
  'A Scrapemark sidecar: annotations of one scraped text file.',
);

/** The JSON Schema (draft 2020-12) of the format, with `x_*` extension keys allowed everywhere. */
export function toJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(sidecarSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      if (js[EXTENSIBLE] === true) {
        delete js[EXTENSIBLE];
        js.patternProperties = { '^x_': {} };
        js.additionalProperties = false;
      }
    },
  });
  return {
    ...schema,
    $id: 'https://scrapemark.dev/schemas/scrapemark.schema.json',
    title: 'Scrapemark sidecar',
  };
}
