import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ColorId, CommandId, PREFIX, Setting } from '../../../src/editor/constants';

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; category?: string; title: string }[];
    configuration: { properties: Record<string, unknown> };
    colors: { id: string; defaults: Record<string, string> }[];
    keybindings: { command: string }[];
    menus: Record<string, { command: string }[]>;
    walkthroughs: {
      steps: { id: string; media: { markdown?: string }; completionEvents: string[] }[];
    }[];
  };
}

const manifest = JSON.parse(
  readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'),
) as Manifest;

suite('editor/manifest', () => {
  test('the contributed commands are exactly the CommandId constants, all in the Scrapemark category', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(contributed, Object.values(CommandId).sort());
    for (const c of manifest.contributes.commands) {
      assert.equal(c.category, '%scrapemark.category%', c.command);
      assert.ok(c.command.startsWith(`${PREFIX}.`));
    }
  });

  test('internal commands are hidden from the palette; menus and keys only name known commands', () => {
    const ids = new Set<string>(Object.values(CommandId));
    const palette = manifest.contributes.menus.commandPalette as {
      command: string;
      when: string;
    }[];
    for (const id of ids) {
      const entry = palette.find((p) => p.command === id);
      if (id.startsWith(`${PREFIX}._`)) assert.equal(entry?.when, 'false', id);
    }
    for (const list of Object.values(manifest.contributes.menus)) {
      for (const m of list) assert.ok(ids.has(m.command), m.command);
    }
    for (const k of manifest.contributes.keybindings) assert.ok(ids.has(k.command), k.command);
  });

  test('settings and colours match the constants; every colour has light, dark and high-contrast defaults', () => {
    const props = Object.keys(manifest.contributes.configuration.properties).sort();
    assert.deepEqual(
      props,
      Object.values(Setting)
        .map((k) => `${PREFIX}.${k}`)
        .sort(),
    );
    assert.deepEqual(
      manifest.contributes.colors.map((c) => c.id).sort(),
      Object.values(ColorId).sort(),
    );
    for (const c of manifest.contributes.colors) {
      for (const theme of ['light', 'dark', 'highContrast', 'highContrastLight'])
        assert.ok(c.defaults[theme], `${c.id} ${theme}`);
    }
  });

  test('the walkthrough has five or more steps, each with existing media and a completion event', () => {
    const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
    assert.ok(steps.length >= 5);
    for (const step of steps) {
      assert.ok(
        step.media.markdown && existsSync(path.join(__dirname, '../../..', step.media.markdown)),
        step.id,
      );
      assert.ok(step.completionEvents.length > 0, step.id);
    }
  });

  test('activation is implicit and never "*"', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(!manifest.activationEvents.includes('onStartupFinished'));
    assert.ok(manifest.activationEvents.includes('workspaceContains:**/*.scrapemark.yaml'));
  });
});
