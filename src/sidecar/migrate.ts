/**
 * Schema versions and migrations. `schema: scrapemark/<N>`; a file of an older version is
 * migrated step by step (MIGRATIONS[n] turns version n into n + 1) before validation. A file of a
 * NEWER version is refused with a clear error and must never be overwritten by this version.
 */
import { SCHEMA_NAME, SCHEMA_VERSION } from './constants';

export type RawDoc = Record<string, unknown>;
type Step = (doc: RawDoc) => RawDoc;

/** MIGRATIONS[n] migrates a version-n document to version n + 1. Version 1 is the first. */
export const MIGRATIONS: Readonly<Record<number, Step>> = {};

export type MigrateResult =
  | { readonly ok: true; readonly doc: RawDoc; readonly from: number }
  | { readonly ok: false; readonly message: string };

/** The version number of a `schema:` value, or undefined when it is not a Scrapemark schema id. */
export function schemaVersion(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = new RegExp(`^${SCHEMA_NAME}/(\\d+)$`).exec(value);
  return m ? Number(m[1]) : undefined;
}

/** Brings a raw (parsed, not yet validated) document to the current schema version. */
export function migrate(doc: RawDoc): MigrateResult {
  const from = schemaVersion(doc.schema);
  if (from === undefined) {
    return {
      ok: false,
      message:
        doc.schema === undefined
          ? `not a Scrapemark sidecar: missing 'schema: ${SCHEMA_NAME}/${SCHEMA_VERSION}'`
          : `not a Scrapemark sidecar: unknown schema ${JSON.stringify(doc.schema)}`,
    };
  }
  if (from > SCHEMA_VERSION) {
    return {
      ok: false,
      message:
        `written by a newer Scrapemark (schema ${SCHEMA_NAME}/${from}); this version reads ` +
        `${SCHEMA_NAME}/${SCHEMA_VERSION} and will not modify the file — update Scrapemark`,
    };
  }
  let current = doc;
  for (let v = from; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step)
      return {
        ok: false,
        message: `no migration from ${SCHEMA_NAME}/${v} to ${SCHEMA_NAME}/${v + 1}`,
      };
    current = { ...step(current), schema: `${SCHEMA_NAME}/${v + 1}` };
  }
  return { ok: true, doc: current, from };
}
