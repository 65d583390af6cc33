// The files CI users copy or point at: the composite action (action.yml), the example
// workflow (docs/ci/github-workflow.yml) and the pre-commit hooks (.pre-commit-hooks.yaml).
// Each is parsed as YAML and its structure checked; the action's check step is run with
// bash the way a runner runs it, against the repository's CLI, and the SARIF log it
// writes is type-checked against the SARIF 2.1.0 object model (@types/sarif); the hooks
// are run the way pre-commit runs them (entry + staged files).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { formatSurvey } from 'prettier-plugin-survey';
import { root } from '../packages/helpers.ts';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  'working-directory'?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}
interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  additional_dependencies?: string[];
}

const readYaml = <T>(path: string): T => parse(readFileSync(join(root, path), 'utf8'), { uniqueKeys: true, strict: true }) as T;
const action = readYaml<Action>('action.yml');
const workflow = readYaml<{
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}>('docs/ci/github-workflow.yml');
const hooks = readYaml<Hook[]>('.pre-commit-hooks.yaml');
const cliVersion: string = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8')).version;
const cliBin = join(root, 'packages/cli/bin/survey.js');

const good = `survey feedback {
  title "课程反馈" en: "Course feedback"
  languages zh, en
  intro "感谢您参加本课程。" en: "Thank you for taking this course."
  confidentiality "您的回答将严格保密。" en: "Your answers are kept confidential."

  scale agree5 1..5 {
    5 "非常同意" en: "Strongly agree"
    4 "同意" en: "Agree"
    3 "中立" en: "Neutral"
    2 "不同意" en: "Disagree"
    1 "非常不同意" en: "Strongly disagree"
  }

  rating clear "课程内容清楚易懂。" en: "The course content was clear." on agree5
}
`;
// Other ids: two surveys with one id in one check is an error of its own (SVY2024).
const broken = good.replace('survey feedback', 'survey broken').replace('on agree5\n}', 'on agree6\n}');
const noIntro = good.replace('survey feedback', 'survey no_intro').replace(/ {2}intro .*\n/, '');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `${{ inputs.x }}`, `${{ runner.temp }}`, `${{ github.workspace }}`: what the steps here use. */
function expand(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in context)) throw new Error(`unexpected expression \${{ ${name} }}`);
    return context[name];
  });
}

/**
 * Runs one `run:` step of the action the way a GitHub runner does (bash -eo pipefail,
 * the step's env with its expressions filled in) and returns its exit code, output and
 * the step outputs it wrote to $GITHUB_OUTPUT.
 */
function runStep(step: Step, inputs: Record<string, string>, workspace: string, runnerTemp: string, extra: Record<string, string> = {}) {
  const context: Record<string, string> = { 'runner.temp': runnerTemp, 'github.workspace': workspace, ...extra };
  for (const [name, spec] of Object.entries(action.inputs)) context[`inputs.${name}`] = inputs[name] ?? spec.default ?? '';
  const outputFile = join(runnerTemp, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v, context);
  const cwd = expand(step['working-directory'] ?? '${{ github.workspace }}', context);
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs };
}

/** Type errors of a SARIF log assigned to @types/sarif's `Log` (its SARIF 2.1.0 object model). */
function sarifTypeErrors(json: string): string[] {
  const file = join(root, 'e2e/ci/__sarif_log__.ts'); // never written: served by the host below
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    types: [],
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  };
  const host = ts.createCompilerHost(options);
  const source = `import type { Log } from 'sarif';\nexport const log: Log = ${json};\n`;
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, source, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  const sf = program.getSourceFile(file)!;
  return [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, ' '),
  );
}

let workspace = '';
let runnerTemp = '';

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'survey-ci-'));
  workspace = join(dir, 'repo');
  runnerTemp = join(dir, 'runner-temp');
  mkdirSync(join(workspace, 'surveys'), { recursive: true });
  mkdirSync(join(workspace, 'node_modules/.bin'), { recursive: true });
  mkdirSync(runnerTemp);
  // The repository's CLI stands in for the project's own `npm ci` of @survey/cli.
  symlinkSync(cliBin, join(workspace, 'node_modules/.bin/survey'));
  writeFileSync(join(workspace, 'surveys/feedback.survey'), good);
});

afterAll(() => {
  if (workspace) rmSync(join(workspace, '..'), { recursive: true, force: true });
});

describe('action.yml (composite action)', () => {
  const check = action.runs.steps.find((s) => s.id === 'check')!;
  const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
  const fail = action.runs.steps.find((s) => s.name === 'Fail on errors')!;

  it('is a composite action with described inputs and outputs', () => {
    expect(action.name).toBeTruthy();
    expect(action.description).toMatch(/code scanning/);
    expect(action.runs.using).toBe('composite');
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
    expect(Object.keys(action.outputs).sort()).toEqual(['exit-code', 'sarif-file']);
    for (const out of Object.values(action.outputs)) expect(out.value).toMatch(/^\$\{\{ steps\.check\.outputs\.[\w-]+ \}\}$/);
    for (const step of action.runs.steps) {
      if (step.run) expect(step.shell, step.name).toBe('bash'); // composite run steps must name a shell
      // Inputs reach scripts through env only: an expression inside `run:` could inject shell code.
      if (step.run) expect(step.run, step.name).not.toContain('${{');
    }
  });

  it('uses every input it declares and declares every input it uses', () => {
    const text = readFileSync(join(root, 'action.yml'), 'utf8');
    const used = new Set([...text.matchAll(/\$\{\{[^}]*\binputs\.([\w-]+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('uploads the SARIF log of the check step with codeql-action/upload-sarif', () => {
    expect(upload.uses).toBe('github/codeql-action/upload-sarif@v4');
    expect(upload.with).toEqual({ sarif_file: '${{ steps.check.outputs.sarif-file }}', category: '${{ inputs.category }}' });
    expect(action.runs.steps.indexOf(check)).toBeLessThan(action.runs.steps.indexOf(upload));
    expect(action.runs.steps.indexOf(upload)).toBeLessThan(action.runs.steps.indexOf(fail));
  });

  it('passes survey check only flags it has', () => {
    const help = cli(['check', '--help'], root).stdout;
    const flags = [...check.run!.matchAll(/args\+?=\(([^)]*)\)/g)].flatMap((m) => m[1].split(/\s+/).filter((w) => w.startsWith('--')));
    expect(flags.sort()).toEqual(['--config', '--format', '--max-warnings']);
    for (const flag of flags) expect(help, flag).toContain(flag);
    expect(check.run).toContain('args=(check --format sarif)');
    expect(help).toMatch(/--format <format>[\s\S]*"sarif"/);
  });

  it('writes a SARIF 2.1.0 log with repository-relative locations and records the exit code', () => {
    writeFileSync(join(workspace, 'surveys/broken.survey'), broken);
    try {
      const r = runStep(check, { paths: 'surveys/feedback.survey\nsurveys/broken.survey' }, workspace, runnerTemp);
      expect(r.stderr).toContain('2 files checked: 1 error, 0 warnings');
      expect(r.code).toBe(0); // the upload still runs; the last step fails the job
      expect(r.outputs).toEqual({ 'sarif-file': join(runnerTemp, 'survey.sarif'), 'exit-code': '1' });
      const text = readFileSync(r.outputs['sarif-file'], 'utf8');
      const log = JSON.parse(text);
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0].results).toHaveLength(1);
      expect(log.runs[0].results[0]).toMatchObject({
        ruleId: 'SVY2002',
        level: 'error',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'surveys/broken.survey' }, region: { startLine: 15 } } }],
      });
      expect(sarifTypeErrors(text)).toEqual([]);
    } finally {
      rmSync(join(workspace, 'surveys/broken.survey'));
    }
  });

  it('checks every .survey in the repository by default, and passes --max-warnings and --config', () => {
    const results = (r: ReturnType<typeof runStep>) =>
      JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8')).runs[0].results.map(
        (x: { ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          `${x.level} ${x.ruleId} ${x.locations[0].physicalLocation.artifactLocation.uri}`,
      );
    const clean = runStep(check, {}, workspace, runnerTemp);
    expect(clean.outputs['exit-code']).toBe('0');
    expect(results(clean)).toEqual([]);

    writeFileSync(join(workspace, 'surveys/no-intro.survey'), noIntro);
    try {
      const warned = runStep(check, {}, workspace, runnerTemp); // found without being named
      expect(warned.outputs['exit-code']).toBe('0'); // a warning passes
      expect(results(warned)).toEqual(['warning SVY6001 surveys/no-intro.survey']);
      const strict = runStep(check, { 'max-warnings': '0' }, workspace, runnerTemp);
      expect(strict.outputs['exit-code']).toBe('1');
      expect(strict.stderr).toContain('Too many warnings: 1 (--max-warnings 0).');
      writeFileSync(join(workspace, 'quiet.json'), JSON.stringify({ rules: { SVY6001: 'off' } }));
      const configured = runStep(check, { 'max-warnings': '0', config: 'quiet.json' }, workspace, runnerTemp);
      expect(configured.outputs['exit-code']).toBe('0');
    } finally {
      rmSync(join(workspace, 'surveys/no-intro.survey'));
    }
  });

  it('stops before the upload when survey check cannot run (exit 2)', () => {
    const r = runStep(check, { paths: 'surveys/missing.survey' }, workspace, runnerTemp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Cannot read 'surveys/missing.survey'");
    expect(r.stdout).toContain('::error::survey check could not run (exit code 2)');
  });

  it('fails the job after the upload when the check found errors', () => {
    expect(fail.if).toBe("${{ inputs.fail-on-error == 'true' && steps.check.outputs.exit-code != '0' }}");
    const r = runStep(fail, {}, workspace, runnerTemp, { 'steps.check.outputs.exit-code': '1' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error::survey check found errors');
  });
});

describe('docs/ci/github-workflow.yml (example workflow)', () => {
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
  const ours = steps.find((s) => s.uses?.startsWith('survey-lang/survey@'))!;

  it('runs on pushes and pull requests with the permission code scanning needs', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.permissions.contents).toBe('read');
    expect(steps[0].uses).toMatch(/^actions\/checkout@v\d+$/);
  });

  it("uses this repository's action at the released version with inputs it has", () => {
    expect(ours.uses).toBe(`survey-lang/survey@v${cliVersion}`);
    for (const key of Object.keys(ours.with ?? {})) expect(Object.keys(action.inputs), key).toContain(key);
    expect(steps.indexOf(ours)).toBeGreaterThan(0);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('defines survey-check and survey-fmt as node hooks on .survey files', () => {
    expect(hooks.map((h) => h.id)).toEqual(['survey-check', 'survey-fmt']);
    for (const hook of hooks) {
      expect(hook.name, hook.id).toBeTruthy();
      expect(hook.language, hook.id).toBe('node');
      expect(hook.additional_dependencies, hook.id).toEqual([`@survey/cli@${cliVersion}`]);
      const files = new RegExp(hook.files);
      expect(
        ['a.survey', 'surveys/zh/b.survey'].every((f) => files.test(f)),
        hook.id,
      ).toBe(true);
      expect(
        ['a.survey.json', 'notes.txt', 'survey'].some((f) => files.test(f)),
        hook.id,
      ).toBe(false);
    }
  });

  it('runs commands the CLI has', () => {
    for (const hook of hooks) {
      const [command, sub, ...flags] = hook.entry.split(/\s+/);
      expect(command).toBe('survey');
      const help = cli([sub, '--help'], root);
      expect(help.code, hook.entry).toBe(0);
      for (const flag of flags) expect(help.stdout, flag).toContain(flag);
    }
  });

  it('works as pre-commit calls it: the entry with the staged files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-hooks-'));
    try {
      const messy = good.replace('  languages zh, en', 'languages   zh,en');
      writeFileSync(join(dir, 'good.survey'), good);
      writeFileSync(join(dir, 'broken.survey'), broken);
      writeFileSync(join(dir, 'messy.survey'), messy);
      const [check, fmt] = hooks.map((h) => h.entry.split(/\s+/).slice(1));
      expect(cli([...check, 'good.survey'], dir).code).toBe(0);
      const failed = cli([...check, 'good.survey', 'broken.survey'], dir);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toContain('error SVY2002');
      expect(cli([...fmt, 'messy.survey', 'good.survey'], dir).code).toBe(0);
      expect(readFileSync(join(dir, 'messy.survey'), 'utf8')).toBe(await formatSurvey(messy));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the SARIF type check', () => {
  it('fails a log that breaks the SARIF object model', () => {
    const log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'survey' } }, results: [{ ruleId: 'X', level: 'fatal', message: { text: 'm' } }] }],
    };
    expect(sarifTypeErrors(JSON.stringify(log)).join('\n')).toMatch(/"fatal"/);
    expect(sarifTypeErrors(JSON.stringify({ version: '2.1.0' })).join('\n')).toMatch(/runs/);
  });
});

describe('README', () => {
  it('documents the action, the example workflow and the pre-commit hooks', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`uses: survey-lang/survey@v${cliVersion}`);
    expect(readme).toContain('docs/ci/github-workflow.yml');
    expect(readme).toContain('id: survey-check');
  });
});
