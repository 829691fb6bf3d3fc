/**
 * W3C Web Annotation Data Model (JSON-LD) export (research §7.3 rule 14). One
 * AnnotationCollection per source. Each target carries a TextQuoteSelector (exact, prefix,
 * suffix) and a TextPositionSelector (start, end in code points, as the model requires) and a
 * state with the source's sha256, so a consumer can tell whether the text still matches.
 * Bodies: the kind and label/field as `tagging`/`classifying` TextualBodies, a metadata value as
 * `describing`, the speaker name as `identifying`; a quote's speaker mention and cue are
 * SpecificResources with the `scrapemark:role` of `speaker` / `cue`.
 */
import { SourceText } from '../text';
import type { Annotation, Sidecar, Target } from '../types';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const SCRAPEMARK_NS = 'https://scrapemark.dev/ns#';

type Json = Record<string, unknown>;

function body(purpose: string, value: string): Json {
  return { type: 'TextualBody', purpose, value };
}

/** The full text of a target (hashed long spans are read from the source). */
function exactOf(src: SourceText, t: Target): string {
  if (t.exact !== undefined)
    return t.anchor === 'fuzzy' && t.anchored_exact !== undefined ? t.anchored_exact : t.exact;
  return src.slice(t.start, t.end);
}

function selectorTarget(src: SourceText, sidecar: Sidecar, sourceIri: string, t: Target): Json {
  return {
    type: 'SpecificResource',
    source: sourceIri,
    selector: [
      { type: 'TextQuoteSelector', exact: exactOf(src, t), prefix: t.prefix, suffix: t.suffix },
      { type: 'TextPositionSelector', start: t.start, end: t.end },
    ],
    state: {
      type: 'scrapemark:SourceState',
      'scrapemark:sha256': sidecar.source.sha256,
      'scrapemark:length': sidecar.source.length,
    },
    ...(t.anchor ? { 'scrapemark:anchor': t.anchor } : {}),
  };
}

function annotationJson(src: SourceText, sidecar: Sidecar, iri: string, a: Annotation): Json {
  const bodies: Json[] = [body('tagging', a.kind)];
  let motivation: string;
  let targets: Target[] = [a.target];
  if (a.kind === 'segment') {
    motivation = 'classifying';
    bodies.push(body('classifying', a.label), body('tagging', a.block));
  } else if (a.kind === 'meta') {
    motivation = 'describing';
    bodies.push(body('tagging', a.field), body('describing', a.value));
  } else {
    motivation = 'identifying';
    bodies.push(body('classifying', a.quote_type));
    targets = [a.target, ...(a.parts ?? [])];
    const e = sidecar.entities?.find((x) => x.id === a.speaker);
    if (e)
      bodies.push({
        ...body('identifying', e.name),
        ...(e.role ? { 'scrapemark:role': e.role } : {}),
      });
    if (a.speaker_span)
      bodies.push({
        ...selectorTarget(src, sidecar, iri, a.speaker_span),
        'scrapemark:role': 'speaker',
      });
    if (a.cue_span)
      bodies.push({ ...selectorTarget(src, sidecar, iri, a.cue_span), 'scrapemark:role': 'cue' });
  }
  const target = targets.map((t) => selectorTarget(src, sidecar, iri, t));
  return {
    id: `urn:scrapemark:${a.id}`,
    type: 'Annotation',
    motivation,
    creator: a.by.startsWith('rule:')
      ? { type: 'Software', name: a.by }
      : { type: 'Person', nickname: a.by },
    ...(a.status ? { 'scrapemark:status': a.status } : {}),
    ...(a.note !== undefined ? { 'scrapemark:note': a.note } : {}),
    body: bodies,
    target: target.length === 1 ? target[0] : target,
  };
}

/**
 * The JSON-LD document of a sidecar. `sourceIri` names the source (a relative path or a URL);
 * `text` is the source as decoded (for the text of hashed long spans).
 */
export function toW3c(sidecar: Sidecar, text: string, sourceIri: string): Json {
  const src = new SourceText(text);
  const items = sidecar.annotations.map((a) => annotationJson(src, sidecar, sourceIri, a));
  return {
    '@context': [W3C_CONTEXT, { scrapemark: SCRAPEMARK_NS }],
    type: 'AnnotationCollection',
    label: `Scrapemark annotations of ${sidecar.source.path}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
