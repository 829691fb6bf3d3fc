import * as assert from 'node:assert/strict';
import { closeAllEditors, extension, openSample, sampleNames, waitFor } from './util';

suite('activation', () => {
  teardown(closeAllEditors);

  test('opening a sample activates the extension and activate() returns the API', async () => {
    const ext = extension();
    const [first] = await sampleNames();
    assert.ok(first, 'the workspace has .txt samples');
    const editor = await openSample(first);
    assert.equal(editor.document.uri.path.endsWith(`/${first}`), true);

    await waitFor(() => ext.isActive, 10_000, 'the extension to activate');
    const api = await ext.activate();
    const manifest = ext.packageJSON as { version: string };
    assert.equal(api.version, manifest.version);
  });

  test('the extension under test is the expected build (checkout or installed VSIX)', function () {
    // The runners set this: the checkout for extensionDevelopmentPath runs, the extensions dir
    // for test-vsix.mjs, which proves the packaged extension is the one that activated.
    const expectedRoot = process.env.SCRAPEMARK_EXPECT_EXTENSION_ROOT;
    if (!expectedRoot) this.skip();
    const actual = extension().extensionUri.fsPath;
    assert.ok(actual.startsWith(expectedRoot), `${actual} is not under ${expectedRoot}`);
  });
});
