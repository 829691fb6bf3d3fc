/**
 * Types of a parsed sidecar, inferred from the zod schema (snake_case, as in the file). Objects may
 * carry extra `x_*` keys; they are kept through parse → modify → serialise.
 */
import type { z } from 'zod';
import type {
  annotationSchema,
  anchorStatusSchema,
  documentSchema,
  entitySchema,
  metaSchema,
  quoteSchema,
  segmentSchema,
  sidecarSchema,
  sourceSchema,
  targetSchema,
} from './schema';

export type Sidecar = z.infer<typeof sidecarSchema>;
export type SourceInfo = z.infer<typeof sourceSchema>;
export type DocumentInfo = z.infer<typeof documentSchema>;
export type Target = z.infer<typeof targetSchema>;
export type AnchorStatus = z.infer<typeof anchorStatusSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type SegmentAnnotation = z.infer<typeof segmentSchema>;
export type MetaAnnotation = z.infer<typeof metaSchema>;
export type QuoteAnnotation = z.infer<typeof quoteSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type AnnotationKind = Annotation['kind'];
export type ReviewStatus = NonNullable<Annotation['status']>;

/** A problem found in a sidecar, located in the sidecar file (1-based line and column). */
export interface SidecarProblem {
  readonly line: number;
  readonly col: number;
  readonly message: string;
  /** Errors make `check` fail; warnings (orphans, fuzzy anchors) are reported only. */
  readonly severity: 'error' | 'warning';
}
