/**
 * The single source of every identifier the manifest and the code share: command ids, setting
 * keys, colour ids, context keys and view ids. `test/unit/editor/manifest.test.ts` checks that
 * package.json contributes exactly these.
 */

export const PREFIX = 'scrapemark';
export const LANGUAGE_ID = 'scrapemark-source';

/** User-facing commands (palette category "Scrapemark"). */
export const CommandId = {
  markBody: 'scrapemark.markBody',
  markBoilerplate: 'scrapemark.markBoilerplate',
  markQuote: 'scrapemark.markQuote',
  markMetadata: 'scrapemark.markMetadata',
  removeAnnotation: 'scrapemark.removeAnnotation',
  acceptProposal: 'scrapemark.acceptProposal',
  rejectProposal: 'scrapemark.rejectProposal',
  acceptAllProposals: 'scrapemark.acceptAllProposals',
  nextAnnotation: 'scrapemark.nextAnnotation',
  previousAnnotation: 'scrapemark.previousAnnotation',
  nextProposal: 'scrapemark.nextProposal',
  previousProposal: 'scrapemark.previousProposal',
  openSidecar: 'scrapemark.openSidecar',
  toggleHighlighting: 'scrapemark.toggleHighlighting',
  reanalyze: 'scrapemark.reanalyze',
  annotateFile: 'scrapemark.annotateFile',
  undoAnnotationChange: 'scrapemark.undoAnnotationChange',
  redoAnnotationChange: 'scrapemark.redoAnnotationChange',
  resolveConflict: 'scrapemark.resolveSidecarConflict',
  exportCleanText: 'scrapemark.exportCleanText',
  cleanSourceInPlace: 'scrapemark.cleanSourceInPlace',
  cleanAllSources: 'scrapemark.cleanAllSources',
  compareWithHead: 'scrapemark.compareWithHead',
  openSampleCorpus: 'scrapemark.openSampleCorpus',
  /** Internal: reveal an annotation from the tree (hidden from the palette). */
  revealAnnotation: 'scrapemark._revealAnnotation',
  /** Internal: re-attach an orphaned annotation to the selection (quick fix). */
  reattachAnnotation: 'scrapemark._reattachAnnotation',
} as const;
export type CommandId = (typeof CommandId)[keyof typeof CommandId];

/** Setting keys, relative to the `scrapemark` section. */
export const Setting = {
  include: 'sources.include',
  highlightEnabled: 'highlight.enabled',
  highlightDelay: 'highlight.delay',
  highlightBoilerplate: 'highlight.boilerplate',
  highlightBody: 'highlight.body',
  highlightQuotes: 'highlight.quotes',
  highlightSpeakers: 'highlight.speakers',
  highlightCues: 'highlight.cues',
  highlightMetadata: 'highlight.metadata',
  highlightProposals: 'highlight.proposals',
  codeLensEnabled: 'codeLens.enabled',
  annotator: 'annotator',
} as const;

/** Theme colour ids (contributes.colors). */
export const ColorId = {
  boilerplateChromeForeground: 'scrapemark.boilerplateChromeForeground',
  boilerplateFeedForeground: 'scrapemark.boilerplateFeedForeground',
  boilerplateOtherForeground: 'scrapemark.boilerplateOtherForeground',
  boilerplateRuler: 'scrapemark.boilerplateRuler',
  titleForeground: 'scrapemark.titleForeground',
  bodyRuler: 'scrapemark.bodyRuler',
  quoteBackground: 'scrapemark.quoteBackground',
  quoteRuler: 'scrapemark.quoteRuler',
  speakerForeground: 'scrapemark.speakerForeground',
  speakerBorder: 'scrapemark.speakerBorder',
  cueForeground: 'scrapemark.cueForeground',
  metadataBackground: 'scrapemark.metadataBackground',
  metadataBorder: 'scrapemark.metadataBorder',
  metadataRuler: 'scrapemark.metadataRuler',
  proposalBorder: 'scrapemark.proposalBorder',
} as const;

/** Context keys set with `setContext`. */
export const ContextKey = {
  isSource: 'scrapemark.isSource',
  highlighting: 'scrapemark.highlighting',
  canUndo: 'scrapemark.canUndo',
} as const;

export const ViewId = {
  annotations: 'scrapemark.annotations',
} as const;

export const DIAGNOSTIC_SOURCE = 'Scrapemark';
