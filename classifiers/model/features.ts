/**
 * Features for the statistical model: syllable unigrams and bigrams of the normalised text, cut by
 * the project's Vietnamese syllable tokenisation (never natural's default tokenizers, which shred
 * Vietnamese letters). Bigrams carry most two-syllable words (`hợp tác`, `đối ngoại`).
 */
import type { AnalyzedText } from '../analyze-text.ts';
import type { NormalizedField } from '../normalize.ts';
import { tokensOf } from '../match-phrases.ts';
import { normalizeField } from '../normalize.ts';

/** A feature present in every document: its learned weight is the model's intercept. */
export const BIAS_FEATURE = '__bias__';

/** How much of an article the model reads: the title and the first syllables of the body (the lead). */
export const MODEL_BODY_SYLLABLES = 160;

const NUMBER = /^\d+$/;

/**
 * Walks the syllables the model reads in one field, at most `limit`, with numbers folded to `#`:
 * `visit(syllable, previous, index)`, where `previous` (null at the start) makes the bigram.
 * Training, scoring and model evidence all read features through this one walk, so they cannot drift apart.
 */
export function walkModelSyllables(
  field: NormalizedField,
  limit: number,
  visit: (syllable: string, previous: string | null, index: number) => void,
): void {
  const syllables = tokensOf(field).lower;
  const count = Math.min(syllables.length, limit);
  let previous: string | null = null;
  for (let i = 0; i < count; i++) {
    const raw = syllables[i]!;
    const syllable = NUMBER.test(raw) ? '#' : raw;
    visit(syllable, previous, i);
    previous = syllable;
  }
}

function addField(field: NormalizedField, limit: number, out: Set<string>): void {
  walkModelSyllables(field, limit, (syllable, previous) => {
    out.add(syllable);
    if (previous !== null) out.add(`${previous} ${syllable}`);
  });
}

/** The distinct features of an analysed article: bias, title n-grams, lead n-grams. */
export function featuresOfAnalyzed(doc: AnalyzedText, bodySyllables = MODEL_BODY_SYLLABLES): string[] {
  const out = new Set<string>([BIAS_FEATURE]);
  addField(doc.title, Number.POSITIVE_INFINITY, out);
  addField(doc.body, bodySyllables, out);
  return [...out];
}

/** The same features from plain title and body text (training examples). */
export function featuresOfText(title: string, body: string, bodySyllables = MODEL_BODY_SYLLABLES): string[] {
  return featuresOfAnalyzed({ title: normalizeField(title), body: normalizeField(body) }, bodySyllables);
}
