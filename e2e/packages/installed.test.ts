// The published packages as a user gets them. scripts/build-packages.mjs builds and packs
// every package that is not private; the tarballs are installed with npm into an empty
// project in the system's temp folder (third-party dependencies come from the npm
// registry), which then uses them only by name and through their bins: `survey check`
// and `survey build`, prettier with the plugin from a .prettierrc, the language server
// started as `survey-language-server --stdio`, and a TypeScript file type-checked against
// the published declarations. Needs the registry: without it the test is left out with a
// one-line notice, except under CI=true.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import ts from 'typescript';
import { formatSurvey } from 'prettier-plugin-survey';
import { installEnv, publishedManifests, registryReachable, root } from './helpers.ts';

const reachable = registryReachable();
const skip = !reachable && process.env.CI !== 'true';
if (skip)
  console.warn('skipping e2e/packages/installed.test.ts: the npm registry is unreachable (npm ping failed); CI=true runs it anyway');

// A zh+en survey that checks clean, one with an unknown scale, and one to format.
const good = `survey satisfaction {
  title "服务满意度调查" en: "Service satisfaction"
  languages zh, en
  intro "感谢您抽出两分钟回答。" en: "Thank you for taking two minutes to answer."
  confidentiality "您的回答将严格保密。" en: "Your answers are kept confidential."

  scale sat5 1..5 {
    5 "非常满意" en: "Very satisfied"
    4 "满意" en: "Satisfied"
    3 "一般" en: "Neutral"
    2 "不满意" en: "Dissatisfied"
    1 "非常不满意" en: "Very dissatisfied"
  }

  rating overall "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat5
}
`;
const broken = good.replace('on sat5\n}', 'on sat6\n}');
/** The 0-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;
const messy = 'survey   tidy {\n title "整理" en: "Tidy"\nlanguages zh, en\n   text   q "您好?" en: "Hello?"\n}\n';

let dir = '';
let project = '';
const env = installEnv();

function run(command: string, args: string[], options: { cwd?: string; timeout?: number } = {}) {
  const r = spawnSync(command, args, { cwd: options.cwd ?? project, env, encoding: 'utf8', timeout: options.timeout ?? 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const npx = (...args: string[]) => run('npx', ['--no-install', ...args]);
/** An installed bin, run without npx (each npx start costs a second). */
const bin = (name: string, ...args: string[]) => run(join(project, 'node_modules/.bin', name), args);

/**
 * The errors tsc reports in the consumer and in the published declarations it reaches
 * (every @survey package and the plugin), resolved from the project as its own tsc
 * would; third-party declarations are not ours to check (skipLibCheck for them only).
 */
function typeErrors(sources: Record<string, string>): string[] {
  const files = Object.keys(sources).map((name) => join(project, name));
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(project, name), text);
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(project, 'node_modules/@types')],
  };
  const program = ts.createProgram(files, options);
  const ours = (f: string) => files.includes(f) || /node_modules\/(@survey\/|prettier-plugin-survey\/)/.test(f);
  const checked = program.getSourceFiles().filter((f) => ours(f.fileName));
  expect(checked.filter((f) => f.fileName.endsWith('.d.ts')).length).toBeGreaterThan(50);
  for (const f of checked) expect(f.fileName.startsWith(root + sep), f.fileName).toBe(false);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...checked.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)]),
  ];
  return diagnostics.map((d) => {
    const where = d.file
      ? `${d.file.fileName.slice(project.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} `
      : '';
    return `${where}TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

beforeAll(() => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'survey-installed-'));
  const tarballs = join(dir, 'tarballs');
  // The bundles are fresh (vitest's global setup ran scripts/build.mjs).
  const packed = run(process.execPath, [join(root, 'scripts/build-packages.mjs'), '--no-bundles', '--pack', tarballs], {
    cwd: root,
    timeout: 240_000,
  });
  expect(packed.stderr).toBe('');
  expect(packed.status).toBe(0);
  project = join(dir, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-team-project', private: true, type: 'module' }, null, 2));
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  // Node's types for the consumer check (the published declarations use them).
  const dev = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  const tools = [`@types/node@${dev['@types/node']}`];
  const install = run('npm', ['install', ...files, ...tools, '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
    timeout: 240_000,
  });
  expect(install.stderr.replace(/^npm warn.*\n/gim, '')).toBe('');
  expect(install.status).toBe(0);
  writeFileSync(join(project, 'good.survey'), good);
  writeFileSync(join(project, 'broken.survey'), broken);
}, 420_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skip)('the packed packages installed into an empty project', () => {
  it('installs every published package from its tarball, resolved inside the project only', () => {
    const names = publishedManifests().map((m) => m.name);
    expect(names).toEqual(
      expect.arrayContaining(['@survey/cli', '@survey/compiler', '@survey/emitters', '@survey/language-server', 'prettier-plugin-survey']),
    );
    const script = `const out = {};
for (const n of ${JSON.stringify(names)}) out[n] = (await import('node:fs')).realpathSync(new URL(import.meta.resolve(n)));
console.log(JSON.stringify(out));`;
    const r = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(r.stderr).toBe('');
    const resolved: Record<string, string> = JSON.parse(r.stdout);
    const inside = realpathSync(project) + sep;
    for (const name of names) {
      expect(resolved[name], name).toMatch(new RegExp(`^${inside.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}node_modules`));
      expect(resolved[name].startsWith(root + sep), name).toBe(false);
    }
    for (const bin of ['survey', 'survey-language-server']) {
      const target = realpathSync(join(project, 'node_modules/.bin', bin));
      expect(target.startsWith(inside), bin).toBe(true);
    }
    // The manifest users get: no workspace-only condition resolves anywhere but dist.
    const cli = JSON.parse(readFileSync(join(project, 'node_modules/@survey/cli/package.json'), 'utf8'));
    expect(cli.private).toBeUndefined();
    expect(existsSync(join(project, 'node_modules/@survey/cli/src'))).toBe(false);
  });

  it('runs `survey check` and `survey build` on a zh+en survey', () => {
    const version = bin('survey', '--version');
    expect(version.stdout.trim()).toBe(publishedManifests().find((m) => m.name === '@survey/cli')!.version);

    const ok = npx('survey', 'check', 'good.survey');
    expect(ok.stderr).toContain('1 file checked: 0 errors, 0 warnings');
    expect(ok.status).toBe(0);

    const bad = npx('survey', 'check', 'broken.survey');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain(`broken.survey:${lineOf(broken, 'sat6') + 1}:`);
    expect(bad.stdout).toContain('error SVY2002');

    const sarif = bin('survey', 'check', '--format', 'sarif', 'broken.survey');
    expect(sarif.status).toBe(1);
    const log = JSON.parse(sarif.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('SVY2002');

    const built = npx('survey', 'build', 'good.survey', '--out', 'out');
    expect(built.status).toBe(0);
    expect(readdirSync(join(project, 'out')).sort()).toEqual([
      'satisfaction.analysis.json',
      'satisfaction.html',
      'satisfaction.schema.json',
      'satisfaction.survey.json',
    ]);
    const html = readFileSync(join(project, 'out/satisfaction.html'), 'utf8');
    expect(html).toContain('您对我们的服务满意吗?');
    expect(html).toContain('How satisfied are you with our service?');
    const schema = JSON.parse(readFileSync(join(project, 'out/satisfaction.schema.json'), 'utf8'));
    expect(schema.properties.answers.required).toEqual(['overall']);
  }, 120_000);

  it('formats with prettier and the plugin named in .prettierrc, as `survey fmt` does', async () => {
    writeFileSync(join(project, '.prettierrc'), JSON.stringify({ plugins: ['prettier-plugin-survey'] }));
    writeFileSync(join(project, 'messy.survey'), messy);
    writeFileSync(join(project, 'messy-fmt.survey'), messy);
    const expected = await formatSurvey(messy); // the repository's formatter, from its sources
    expect(expected).not.toBe(messy);

    expect(npx('prettier', '--check', 'messy.survey').status).toBe(1);
    const printed = bin('prettier', 'messy.survey');
    expect(printed.stderr).toBe('');
    expect(printed.stdout).toBe(expected);
    expect(bin('prettier', '--write', 'messy.survey').status).toBe(0);
    expect(bin('prettier', '--check', 'messy.survey').status).toBe(0);

    expect(bin('survey', 'fmt', 'messy-fmt.survey').status).toBe(0);
    expect(readFileSync(join(project, 'messy-fmt.survey'), 'utf8')).toBe(expected);
    expect(bin('survey', 'fmt', '--check', 'messy.survey').status).toBe(0);
  }, 120_000);

  describe('survey-language-server --stdio', () => {
    let proc: ChildProcess;
    let conn: MessageConnection;
    const stderr: string[] = [];

    beforeAll(() => {
      proc = spawn(join(project, 'node_modules/.bin/survey-language-server'), ['--stdio'], { cwd: project, env });
      proc.stderr!.on('data', (d) => stderr.push(String(d)));
      conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
      conn.onNotification('window/logMessage', () => undefined);
      conn.onRequest('client/registerCapability', () => null);
      conn.onRequest('workspace/configuration', () => [{}]);
      conn.listen();
    });

    afterAll(() => {
      conn?.dispose();
      if (proc && proc.exitCode === null) proc.kill();
    });

    it('answers initialize and publishes the diagnostics of an opened document', async () => {
      const init = await conn.sendRequest<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }>('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(project).href,
        capabilities: {},
      });
      expect(init.capabilities.textDocumentSync).toBeTruthy();
      expect(init.capabilities.completionProvider).toBeTruthy();
      await conn.sendNotification('initialized', {});

      const uri = pathToFileURL(join(project, 'broken.survey')).href;
      const published = new Promise<{ uri: string; diagnostics: Array<{ code?: string; range: { start: { line: number } } }> }>((done) => {
        conn.onNotification('textDocument/publishDiagnostics', (p) => {
          if (p.uri === uri && p.diagnostics.length > 0) done(p);
        });
      });
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'survey', version: 1, text: broken } });
      const { diagnostics } = await published;
      const unknown = diagnostics.find((d) => d.code === 'SVY2002');
      expect(unknown, JSON.stringify(diagnostics)).toBeTruthy();
      expect(unknown!.range.start.line).toBe(lineOf(broken, 'sat6'));

      await conn.sendRequest('shutdown');
      const exited = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
      await conn.sendNotification('exit');
      expect(await exited).toBe(0);
      expect(stderr.join('')).toBe('');
    });
  });

  it('type-checks a TypeScript consumer against the published declarations', () => {
    // One program: the consumer must check clean, and a wrong use of a published type
    // (in a second file) must be an error, so the check can fail.
    const wrong = "import { compileText } from '@survey/compiler';\nexport const ok: string = compileText('').ok;\n";
    expect(typeErrors({ 'consumer.ts': consumer, 'wrong.ts': wrong })).toEqual([
      "wrong.ts:2 TS2322: Type 'boolean' is not assignable to type 'string'.",
    ]);
  }, 120_000);
});

// Every package's entry, by name, used with its types.
const consumer = `import { parse, type QuestionKind } from '@survey/syntax';
import { compileText, type Diagnostic } from '@survey/compiler';
import { build, type OutputFile } from '@survey/emitters';
import { formatSurvey } from 'prettier-plugin-survey';
import { runCli, type Io } from '@survey/cli';
import { Workspace } from '@survey/language-server';
import { analyze } from '@survey/analyze';
import { readCsv } from '@survey/analyze/csv';
import { exportSurvey } from '@survey/interop';

const text = ${JSON.stringify(good)};
export const kinds: QuestionKind[] = parse(text).ast.surveys.flatMap((s) => s.members.flatMap((m) => (m.kind === 'Question' ? [m.questionKind] : [])));
const result = compileText(text);
export const diagnostics: Diagnostic[] = result.diagnostics;
export const files: OutputFile[] = result.ok ? build(result) : [];
export const formatted: Promise<string> = formatSurvey(text);
export const io: Io = { out: () => {}, err: () => {}, cwd: '.', isTTY: false, version: '0' };
export const code: Promise<number> = runCli(['check', 'good.survey'], io);
export const workspace = new Workspace();
export { analyze, readCsv, exportSurvey };
`;
