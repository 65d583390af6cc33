// The command tree. Each command returns an exit code; usage and I/O problems
// become one-line messages with exit code 2, never stack traces.
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check.ts';
import { ERROR_PREFIX, UsageError } from './errors.ts';
import type { Io } from './io.ts';

export async function runCli(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('survey')
    .description('Check, build and format .survey questionnaires.')
    .version(io.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      // commander's own "error: …" lines get the same prefix as every other fatal message.
      outputError: (s, write) => write(s.replace(/^error: /, ERROR_PREFIX)),
    });

  program
    .command('check')
    .description('Parse, resolve and check surveys; print diagnostics (default: every .survey under the current folder).')
    .argument('[paths...]', 'files, folders or globs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('-c, --config <file>', 'use this survey.config.json instead of searching parent folders')
    .option('--no-color', 'never colour the output')
    .action(async (paths: string[], opts) => {
      code = await runCheck(paths, { ...opts, color: opts.color === false ? false : undefined }, io);
    });

  program
    .command('build')
    .description('Compile surveys into <id>.survey.json, <id>.schema.json, <id>.analysis.json and <id>.html.')
    .argument('<paths...>', 'files, folders or globs')
    .option('-o, --out <dir>', 'output folder', 'dist')
    .option(
      '--only <kinds>',
      'comma-separated subset of json,schema,analysis,html (default) and xlsform,xform,surveyjs,redcap,ddi,spss,stata,r,sql,lss',
    )
    .option('--submit-url <url>', 'the HTML form POSTs responses here instead of downloading them')
    .option('-c, --config <file>', 'use this survey.config.json')
    .action(async (paths: string[], opts) => {
      const { runBuild } = await import('./commands/build.ts');
      code = await runBuild(paths, opts, io);
    });

  program
    .command('analyze')
    .description("Validate responses, apply the quality rules and compute the analysis configuration's statistics into a report.")
    .argument('<survey>', 'the .survey file')
    .argument('[responses...]', 'response files or folders: .json, .jsonl, .csv, .xlsx, .parquet')
    .option('-o, --out <dir>', 'output folder', 'report')
    .addOption(
      new Option('-f, --format <format>', 'report format: html (with <id>.charts.json), md (with SVG charts) or json')
        .choices(['html', 'json', 'md'])
        .default('html'),
    )
    .option('--language <code>', "the report's language (default: the survey's first language)")
    .option('--wave <file>', 'a wave in time order (label=file or file), repeatable', (v: string, prev: string[] = []) => [...prev, v])
    .option('--invited <file>', 'CSV of invited counts: stratum,invited')
    .option('--post-stratify <stratification>', 'post-stratify to the known sizes of this stratification')
    .option('--max-invalid <n>', 'exit 1 only when more responses than this are invalid (default 0)')
    .action(async (survey: string, responses: string[], opts) => {
      const { runAnalyze } = await import('./commands/analyze.ts');
      code = await runAnalyze(survey, responses, opts, io);
    });

  program
    .command('import')
    .description(
      'Convert an XLSForm (.xlsx or pyxform markdown), a SurveyJS form, a REDCap data dictionary (.csv) or a Qualtrics survey (.qsf) into a .survey file.',
    )
    .argument('<file>', 'the file to import')
    .option('--from <format>', 'xlsform, surveyjs, redcap, qsf or lss (default: from the file extension)')
    .option('-o, --out <dir>', 'output folder', '.')
    .action(async (file: string, opts) => {
      const { runImport } = await import('./commands/import.ts');
      code = await runImport(file, opts, io);
    });

  program
    .command('fmt')
    .description('Format surveys in place with the canonical style (or check that they are formatted).')
    .argument('[paths...]', 'files, folders or globs')
    .option('--check', 'do not write; exit 1 if a file is not formatted')
    .action(async (paths: string[], opts) => {
      const { runFmt } = await import('./commands/fmt.ts');
      code = await runFmt(paths, opts, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0; commander has already printed its message.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`${ERROR_PREFIX}${e.message}\n`);
      return 2;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
      io.err(`${ERROR_PREFIX}${err.message}\n`);
      return 2;
    }
    io.err(`${ERROR_PREFIX}internal error: ${(e as Error)?.message ?? String(e)}. Please report it.\n`);
    if (process.env.SURVEY_DEBUG) io.err(String((e as Error)?.stack) + '\n');
    return 2;
  }
}
