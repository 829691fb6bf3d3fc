/**
 * Scrapemark sidecar format v1 (`schema: scrapemark/1`): the public API used by the CLI and the
 * editor. Pure (no vscode, no Node built-ins). Offsets are Unicode code points of the source text
 * without BOM; see docs/sidecar-format.md.
 */
export * from './types';
export * from './constants';
export {
  sidecarSchema,
  annotationSchema,
  targetSchema,
  toJsonSchema,
  SOURCE_PATH_PATTERN,
} from './schema';
export { parseSidecar, type ParseResult } from './parse';
export { migrate, MIGRATIONS, schemaVersion, type MigrateResult } from './migrate';
export {
  serializeSidecar,
  serializeIfChanged,
  compareAnnotations,
  HEADER_COMMENT,
} from './serialize';
export {
  createSidecar,
  refreshSource,
  addAnnotation,
  removeAnnotation,
  setStatus,
  acceptAnnotation,
  rejectAnnotation,
  reattachAnnotation,
  confirmAnchor,
  confirmShifted,
  mapTargets,
  targetsOf,
  type AnnotationDraft,
  type CpSpan,
  type Provenance,
} from './edit';
export {
  proposalsFromAnalysis,
  mergeProposals,
  claimKey,
  stripBom,
  PROPOSAL_RULES_VERSION,
  type Proposals,
} from './proposals';
export { reanchor, reanchorTarget, type AnchorReport, type ReanchorResult } from './reanchor';
export {
  applyEdits,
  textSimilarity,
  type TextChange,
  type ApplyEditsOptions,
  type ApplyEditsResult,
} from './edits';
export { checkSidecar, type SourceState } from './check';
export {
  sidecarPathFor,
  checkSidecarPattern,
  isSidecarName,
  resolveSourcePath,
  sourcePathField,
} from './path';
export {
  makeTarget,
  makeId,
  makeEntityId,
  targetHolds,
  sameText,
  isHashed,
  describeTarget,
} from './anchor';
export {
  sha256Hex,
  sha256Portable,
  setSha256Hasher,
  utf8Encode,
  type Sha256Hasher,
} from './sha256';
export { SourceText, describeSource, detectEol } from './text';
