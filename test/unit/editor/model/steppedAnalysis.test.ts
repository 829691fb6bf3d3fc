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

const ARTICLE = [
  'Home | World | Business | Sport',
  '',
  'City council approves new budget',
  '13.01.2025 09:28',
  '',
  '"We have balanced the books for the first time in a decade," Jane Doe said on Monday.',
  '',
  'The council voted 7 to 2 in favour of the plan, which raises spending on schools and roads.',
  'Opponents argued that the plan relies on optimistic revenue forecasts for the coming year.',
  '',
  '© 2025 Example News. All rights reserved.',
  '',
].join('\n');

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
