import { describe, expect, it } from 'vitest';
import { ACTIVITY_MODEL_VERSION } from '../../classifiers/activities.ts';
import { ACTIVITY_CODES } from '../../classifiers/data/activities.ts';
import { analyzeText } from '../../classifiers/analyze-text.ts';
import { featuresOfAnalyzed, featuresOfText } from '../../classifiers/model/features.ts';
import { activityModel, compiledActivityModel, scoreAllLabels } from '../../classifiers/model/load.ts';
import { modelEvidence, modelScores } from '../../classifiers/model/predict.ts';
import { RELEVANT_LABEL, parseModelFile, scoreLabel } from '../../classifiers/model/model-file.ts';
import { DEFAULT_SETTINGS, trainLabel } from '../../classifiers/model/train.ts';
import { parseExample, readTrainingSet, trainingVersion } from '../../classifiers/model/training-set.ts';

describe('the trained model file', () => {
  it('loads, with weights for every activity and for relevance', () => {
    const model = activityModel();
    for (const label of [RELEVANT_LABEL, ...ACTIVITY_CODES]) {
      expect(Object.keys(model.labels[label]?.weights ?? {}).length).toBeGreaterThan(10);
    }
    expect(ACTIVITY_MODEL_VERSION).toBe(model.version);
  });

  it('matches the training data: edit classifiers/training/ and run "npm run train" to fix', () => {
    expect(activityModel().version).toBe(trainingVersion(activityModel().settings));
    expect(activityModel().settings).toEqual(DEFAULT_SETTINGS);
    expect(activityModel().examples).toBe(readTrainingSet().length);
  });

  it('rejects a file of another format', () => {
    expect(() => parseModelFile({ format: 'other' }, 'x.json')).toThrow(/not a vnnews-activity-model/);
  });
});

describe('the training set', () => {
  const examples = readTrainingSet();

  it('has several hundred examples, every activity and plenty of irrelevant news', () => {
    expect(examples.length).toBeGreaterThan(300);
    for (const code of ACTIVITY_CODES) {
      expect(examples.filter((example) => example.activities.includes(code)).length).toBeGreaterThan(20);
    }
    expect(examples.filter((example) => !example.relevant).length).toBeGreaterThan(150);
  });

  it.each([
    [{ id: 'a', title: 't', body: 'b', relevant: true, activities: ['visit'] }, /unknown activity "visit"/],
    [
      { id: 'a', title: 't', body: 'b', relevant: false, activities: ['aid'] },
      /irrelevant example cannot have activities/,
    ],
    [{ id: '', title: 't', body: 'b', relevant: true, activities: [] }, /"id"/],
    [{ id: 'a', title: 't', relevant: true, activities: [] }, /"title" and "body"/],
  ])('rejects a malformed example with a message naming the problem (%#)', (value, message) => {
    expect(() => parseExample(value, 'file.jsonl:3')).toThrow(message);
  });
});

describe('training with natural', () => {
  it('learns a label from Vietnamese features and exports weights that score like natural', () => {
    const positives = [
      'Đoàn đại biểu Lào thăm tỉnh',
      'Tiếp đoàn công tác Nhật Bản',
      'Đại sứ chào xã giao tỉnh',
    ];
    const negatives = ['Giá lúa tăng mạnh', 'Mưa lớn gây ngập phố', 'Tai nạn giao thông trên quốc lộ'];
    const docs = [...positives, ...negatives].map((title) => featuresOfText(title, ''));
    const label = trainLabel(docs, [true, true, true, false, false, false], {
      ...DEFAULT_SETTINGS,
      minDocumentFrequency: 1,
    });
    expect(scoreLabel(label, featuresOfText('Tiếp đoàn đại biểu Hàn Quốc', ''))).toBeGreaterThan(
      scoreLabel(label, featuresOfText('Mưa lớn trên quốc lộ', '')),
    );
  });

  it('cuts Vietnamese into syllables and syllable pairs, never shredding letters', () => {
    const features = featuresOfText('Đoàn đại biểu', '');
    expect(features).toEqual(expect.arrayContaining(['đoàn', 'đại', 'biểu', 'đoàn đại', 'đại biểu']));
  });
});

describe('fast scoring', () => {
  it('gives the same probabilities as summing the weights of the feature strings', () => {
    const doc = analyzeText({
      title: 'Đoàn đại biểu tỉnh Nghệ An thăm và làm việc tại Lào năm 2024',
      body: 'Ngày 12/3, đoàn đã hội đàm với lãnh đạo tỉnh Xiêng Khoảng về hợp tác giáo dục và viện trợ.\nHai bên ký kết biên bản ghi nhớ.',
    });
    const model = compiledActivityModel();
    const slow = scoreAllLabels(model, featuresOfAnalyzed(doc, model.bodySyllables));
    const quick = modelScores(doc);
    for (const [label, probability] of slow) expect(quick.get(label)).toBeCloseTo(probability, 10);
  });
});

describe('model evidence', () => {
  it('points at the words that raised a label, as spans of the original text', () => {
    const title = 'Đoàn đại biểu tỉnh Nghệ An thăm và làm việc tại Lào';
    const body = 'Đoàn đã hội đàm với lãnh đạo tỉnh bạn.';
    const evidence = modelEvidence(analyzeText({ title, body }), 'delegation');
    expect(evidence.length).toBeGreaterThan(0);
    for (const span of evidence) {
      expect((span.field === 'title' ? title : body).slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('gives no evidence for an unknown label', () => {
    expect(modelEvidence(analyzeText({ title: 'x', body: '' }), 'nothing')).toEqual([]);
  });
});
