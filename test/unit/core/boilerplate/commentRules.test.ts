import * as assert from 'node:assert/strict';
import { classifyLines } from '../../../../src/core/boilerplate/index';

const ARTICLE = [
  'The health ministry said on Monday that the new hospital in the city would open in the spring, ' +
    'after builders had worked in three shifts to make up for the delays of the last year.',
  'Doctors at the old hospital, which was built more than a century ago, said they welcomed the ' +
    'move but warned that the number of nurses had not grown with the number of beds.',
];
const RULES = [
  'Users are obliged to abide by national and international laws and to speak respectfully to the ' +
    'other participants in the discussion, to readers and to the people mentioned in the material.',
  'The administration of the website has the right to delete comments made in languages other ' +
    'than the language of the majority of the content of the page, and to edit any of them.',
  'A comment will be deleted if it does not correspond with the subject of the page, if it ' +
    'promotes hatred or discrimination, or if it contains insults or threats to other users.',
  'The administration has the right to block the access of a user to the page or to delete the ' +
    'account of a user without notice if the user breaks these rules again and again.',
  'Users can ask for their account to be restored by writing to the moderators, who will restore ' +
    'it when they deem it possible; after a second block the account is not restored at all.',
];

suite('core/boilerplate comment rules', () => {
  test('the rules under a "Community guidelines" heading below the article are comments, not the article', () => {
    const text = ['Hospital to open in spring', ...ARTICLE, 'Community guidelines', ...RULES].join(
      '\n\n',
    );
    const lines = classifyLines(text, { language: 'en' });
    assert.deepEqual(
      lines.map((l) => l.label),
      ['body', 'body', 'body', 'boilerplate', ...RULES.map(() => 'boilerplate')],
    );
    assert.deepEqual(new Set(lines.slice(4).map((l) => l.kind)), new Set(['comments']));
  });

  test('a "Community guidelines" link in a menu above the article heads nothing', () => {
    const text = [
      '• Home',
      '• Community guidelines',
      'Hospital to open in spring',
      ...ARTICLE,
      ...RULES.slice(0, 2),
    ].join('\n');
    const lines = classifyLines(text, { language: 'en' });
    assert.deepEqual(
      lines.slice(3).map((l) => l.label),
      ['body', 'body', 'body', 'body'],
    );
  });
});
