// `survey check` runs from dist/check.cjs through the V8 code cache made at build time
// (src/launch.ts): the cache may only change how fast it starts, never what it prints.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const dist = join(root, 'packages/cli/dist');
const copy = mkdtempSync(join(tmpdir(), 'survey-code-cache-'));
cpSync(dist, copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

// A clean example, and a broken survey with Chinese text (errors, recovery, exit 1).
const broken = join(copy, 'broken.survey');
writeFileSync(broken, 'survey 坏 {\n  languages zh\n  single q "您满意吗?" { a "是" b }\n  rating r "评分" 1..\n}\n');
const inputs = [join(root, 'examples/instant-feedback/instant.survey'), broken];

function check(entry: string, file: string, format = 'text') {
  const r = spawnSync(process.execPath, [entry, 'check', file, '--format', format], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SURVEY_WRITE_CODE_CACHE: '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('survey check through the code cache', () => {
  it('has a cache from the build that V8 accepts', () => {
    const file = join(dist, 'check.cjs');
    const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
    const script = new vm.Script(source, { filename: file, cachedData: readFileSync(`${file}.cache`) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('prints what the ES module build prints, with the cache, without it and with one V8 rejects', () => {
    for (const file of inputs) {
      for (const format of ['text', 'json']) {
        const expected = check(join(dist, 'main.mjs'), file, format);
        expect(expected.stdout.length + expected.stderr.length).toBeGreaterThan(0);
        expect(check(join(copy, 'survey.mjs'), file, format), `${file} ${format}, cached`).toEqual(expected);
        writeFileSync(join(copy, 'check.cjs.cache'), Buffer.from('not a code cache'));
        expect(check(join(copy, 'survey.mjs'), file, format), `${file} ${format}, rejected cache`).toEqual(expected);
        rmSync(join(copy, 'check.cjs.cache'));
        expect(check(join(copy, 'survey.mjs'), file, format), `${file} ${format}, no cache`).toEqual(expected);
        cpSync(join(dist, 'check.cjs.cache'), join(copy, 'check.cjs.cache'));
      }
    }
    expect(check(join(dist, 'main.mjs'), broken).code).toBe(1);
  });
});
