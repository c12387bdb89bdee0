/**
 * The trained model as stored in classifiers/models/activities-model.json: for each label (the 12
 * activity codes and `relevant`), the weights natural's logistic regression learned over the
 * selected features. Scoring is a sum of the weights of the features present and a sigmoid —
 * exactly what natural computes, without its per-call scan of the whole vocabulary.
 */
export const MODEL_FORMAT = 'vnnews-activity-model/1';

/** Label names of the model: the activity codes and this one for relevance. */
export const RELEVANT_LABEL = 'relevant';

export interface TrainingSettings {
  /** Features kept per label, the most telling ones by smoothed log-odds. */
  featuresPerLabel: number;
  /** A feature must occur in at least this many training examples. */
  minDocumentFrequency: number;
  /** Syllables of the body the model reads after the title. */
  bodySyllables: number;
  /** Names the feature function, so a change of features changes the version. */
  features: string;
}

export interface LabelWeights {
  /** Positive examples in the training set. */
  positives: number;
  weights: Record<string, number>;
}

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  /** sha256 (16 hex digits) of the training files and the settings. */
  version: string;
  settings: TrainingSettings;
  examples: number;
  labels: Record<string, LabelWeights>;
}

/** Checks the shape of a parsed model file. */
export function parseModelFile(value: unknown, where: string): ModelFile {
  const model = value as Partial<ModelFile> | null;
  if (!model || model.format !== MODEL_FORMAT) throw new Error(`${where}: not a ${MODEL_FORMAT} file`);
  if (
    typeof model.version !== 'string' ||
    !model.labels ||
    typeof model.labels !== 'object' ||
    !model.settings
  ) {
    throw new Error(`${where}: missing version, settings or labels`);
  }
  return model as ModelFile;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probability of one label for a document's distinct features. */
export function scoreLabel(label: LabelWeights, features: readonly string[]): number {
  let z = 0;
  for (const feature of features) z += label.weights[feature] ?? 0;
  return sigmoid(z);
}
