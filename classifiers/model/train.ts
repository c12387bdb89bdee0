/**
 * Trains the model with natural: one binary LogisticRegressionClassifier per label (each activity
 * code, and relevance), fed pre-tokenised feature arrays from our Vietnamese tokenisation — natural's
 * own tokenizers would shred Vietnamese. The learned weights are then exported to a compact file.
 */
import { createRequire } from 'node:module';
import { ACTIVITY_CODES } from '../data/activities.ts';
import { BIAS_FEATURE, featuresOfText } from './features.ts';
import {
  MODEL_FORMAT,
  RELEVANT_LABEL,
  scoreLabel,
  type LabelWeights,
  type ModelFile,
  type TrainingSettings,
} from './model-file.ts';
import type { TrainingExample } from './training-set.ts';

/**
 * natural, loaded through require with the few members used here typed by hand: its shipped
 * declarations pull in TypeScript sources that do not compile under this project's settings.
 */
interface NaturalClassifier {
  addDocument(features: string[], label: string): void;
  train(): void;
  getClassifications(features: string[]): { label: string; value: number }[];
}
const natural = createRequire(import.meta.url)('natural') as {
  LogisticRegressionClassifier: new () => NaturalClassifier;
};

export const DEFAULT_SETTINGS: TrainingSettings = {
  featuresPerLabel: 300,
  minDocumentFrequency: 2,
  bodySyllables: 160,
  features: 'syllable-unigram-bigram/1',
};

/** The parts of natural's classifier the export reads (not in its type declarations). */
interface NaturalInternals {
  features: Record<string, number>;
  classifier: { classifications: string[]; theta: { elements: number[] }[] };
}

/**
 * The `count` features that best separate positives from negatives: largest absolute smoothed
 * log-odds of appearing in a positive vs a negative example, among features frequent enough.
 */
export function selectFeatures(
  docs: readonly string[][],
  positive: readonly boolean[],
  settings: TrainingSettings,
): Set<string> {
  const inPositive = new Map<string, number>();
  const inNegative = new Map<string, number>();
  let positives = 0;
  docs.forEach((features, index) => {
    const target = positive[index] ? inPositive : inNegative;
    if (positive[index]) positives += 1;
    for (const feature of features) target.set(feature, (target.get(feature) ?? 0) + 1);
  });
  const negatives = docs.length - positives;
  const scored: [string, number][] = [];
  for (const feature of new Set([...inPositive.keys(), ...inNegative.keys()])) {
    if (feature === BIAS_FEATURE) continue;
    const a = inPositive.get(feature) ?? 0;
    const b = inNegative.get(feature) ?? 0;
    if (a + b < settings.minDocumentFrequency) continue;
    const odds = Math.log((a + 0.5) / (positives + 1)) - Math.log((b + 0.5) / (negatives + 1));
    scored.push([feature, Math.abs(odds) * Math.log(1 + a + b)]);
  }
  scored.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return new Set([BIAS_FEATURE, ...scored.slice(0, settings.featuresPerLabel).map(([feature]) => feature)]);
}

/** Trains one binary label with natural and returns its exported weights. */
export function trainLabel(
  docs: readonly string[][],
  positive: readonly boolean[],
  settings: TrainingSettings,
): LabelWeights {
  const selected = selectFeatures(docs, positive, settings);
  const classifier = new natural.LogisticRegressionClassifier();
  const kept = docs.map((features) => features.filter((feature) => selected.has(feature)));
  kept.forEach((features, index) => classifier.addDocument(features, positive[index] ? 'yes' : 'no'));
  classifier.train();
  const internals = classifier as unknown as NaturalInternals;
  const names = Object.keys(internals.features);
  const yes = internals.classifier.classifications.indexOf('yes');
  const theta = internals.classifier.theta[yes]?.elements;
  if (!theta || theta.length !== names.length)
    throw new Error('natural returned weights of an unexpected shape');
  const weights: Record<string, number> = {};
  names.forEach((name, index) => {
    const weight = theta[index]!;
    if (weight !== 0) weights[name] = Number(weight.toPrecision(6));
  });
  const label: LabelWeights = { positives: positive.filter(Boolean).length, weights };
  // The export must score as natural does: compare on a few training documents.
  for (const features of kept.slice(0, 5)) {
    const ours = scoreLabel(label, features);
    const theirs =
      classifier.getClassifications(features).find((c) => c.label === 'yes')?.value ?? Number.NaN;
    if (Math.abs(ours - theirs) > 1e-4)
      throw new Error(`exported weights disagree with natural (${ours} vs ${theirs})`);
  }
  return label;
}

/** Trains every label on the examples; `onLabel` reports progress. */
export function trainModel(
  examples: readonly TrainingExample[],
  version: string,
  settings: TrainingSettings = DEFAULT_SETTINGS,
  onLabel: (label: string, millis: number) => void = () => {},
): ModelFile {
  const docs = examples.map((example) => featuresOfText(example.title, example.body, settings.bodySyllables));
  const labels: Record<string, LabelWeights> = {};
  const targets: [string, boolean[]][] = [
    [RELEVANT_LABEL, examples.map((example) => example.relevant)],
    ...ACTIVITY_CODES.map((code): [string, boolean[]] => [
      code,
      examples.map((example) => example.activities.includes(code)),
    ]),
  ];
  for (const [name, positive] of targets) {
    if (!positive.some(Boolean)) throw new Error(`no training example for "${name}"`);
    const started = performance.now();
    labels[name] = trainLabel(docs, positive, settings);
    onLabel(name, performance.now() - started);
  }
  return { format: MODEL_FORMAT, version, settings, examples: examples.length, labels };
}
