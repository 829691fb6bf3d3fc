import * as assert from 'node:assert/strict';
import { analyzeText } from '../../../../src/core';
import {
  createSidecar,
  mergeProposals,
  proposalsFromAnalysis,
} from '../../../../src/sidecar/index';
import {
  analyzeInSteps,
  freshSidecarInSteps,
  type StepTimes,
} from '../../../../src/editor/model/steppedAnalysis';
import { ARTICLE } from '../../../fixtures/article';

suite('editor/model/steppedAnalysis', () => {
  test('gives the same analysis and fresh sidecar as the one-piece computation', async () => {
    const text = [ARTICLE, ARTICLE.replace('City council', 'Town hall')].join('\n');
    let pauses = 0;
    const pause = (): Promise<void> => {
      pauses++;
      return Promise.resolve();
    };
    const times: Partial<StepTimes> = {};
    const analysis = await analyzeInSteps(text, pause, times);
    const whole = analyzeText(text);
    assert.deepEqual(analysis, whole);
    const sidecar = await freshSidecarInSteps('a.txt', text, analysis, pause, times);
    const expected = mergeProposals(
      createSidecar('a.txt', text),
      proposalsFromAnalysis(text, whole),
    );
    assert.deepEqual(sidecar, expected);
    assert.ok(pauses >= 5, 'the host is given back between the steps');
    assert.deepEqual(Object.keys(times).sort(), [
      'language',
      'lines',
      'metadata',
      'proposals',
      'quotes',
      'sidecar',
    ]);
  });
});
