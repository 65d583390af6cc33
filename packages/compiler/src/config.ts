// survey.config.json: found in the survey's folder or the nearest parent folder.
// It changes severities (by code or name), picks a question-limit profile and
// passes options to rules. Problems in it are diagnostics, never exceptions.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { allDiagnosticDefs, createDiagnostic, getDiagnosticDef } from './diagnostics/registry.ts';
import { categoryOf, diagnosticCategories, getDiagnosticCategory } from './diagnostics/categories.ts';
import { mustBe, quotedList, type ConfigProblem } from './config-problems.ts';
import type { Diagnostic, Severity } from './diagnostics/types.ts';
import { validateRuleOptions } from './rule-options.ts';

export const CONFIG_FILE = 'survey.config.json';

export interface Profile {
  /** Most questions a respondent may see (matrix rows count as items). */
  questions?: number;
  /** Time budget in minutes. */
  minutes?: number;
}

/** Built-in profiles; a config's `profiles` may add more or override these. */
export const builtinProfiles: Record<string, Profile> = {
  'post-transaction': { questions: 5, minutes: 3 },
  'phone-follow-up': { questions: 10, minutes: 8 },
  standard: { questions: 40, minutes: 15 },
};

export interface ResolvedConfig {
  /** The file it came from, if any. */
  path?: string;
  /** Severity overrides by code. */
  severities: Map<string, Severity | 'off'>;
  profileName?: string;
  profile: Profile;
  /** Options for rules, by code (names in the file are turned into codes). */
  ruleOptions: Map<string, Record<string, unknown>>;
  /** Ask for "prefer not to say"/"don't know" on sensitive questions. */
  requireNonResponseOption: boolean;
  diagnostics: Diagnostic[];
}

export function emptyConfig(): ResolvedConfig {
  return { severities: new Map(), profile: {}, ruleOptions: new Map(), requireNonResponseOption: false, diagnostics: [] };
}

/** Finds the nearest survey.config.json from `dir` upwards. */
export function findConfigFile(dir: string | undefined): string | undefined {
  let current = dir;
  while (current) {
    const candidate = join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

const severityValues = new Set(['error', 'warning', 'info', 'off']);

export function loadConfig(dir: string | undefined): ResolvedConfig {
  const path = findConfigFile(dir);
  if (!path) return emptyConfig();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return invalid(path, { code: 'SVY1006', messageId: 'unreadable', args: { error: (e as Error).message } });
  }
  return parseConfig(text, path);
}

export function parseConfig(text: string, path: string): ResolvedConfig {
  const config = emptyConfig();
  config.path = path;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return invalid(path, { code: 'SVY1006', messageId: 'notJson', args: { error: (e as Error).message } });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return invalid(path, { code: 'SVY1006', messageId: 'notObject' });
  const obj = raw as Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  const unknownCodes: Array<{ code: string; where: 'inRules' | 'inOptions' }> = [];

  const rules = obj.rules ?? {};
  if (typeof rules !== 'object' || rules === null) problems.push(mustBe('rules', 'an object'));
  else {
    const byCategory = new Map<string, Severity | 'off'>();
    for (const [key, value] of Object.entries(rules)) {
      const def = getDiagnosticDef(key);
      const category = def ? undefined : getDiagnosticCategory(key);
      if (!def && !category) unknownCodes.push({ code: key, where: 'inRules' });
      else if (typeof value !== 'string' || !severityValues.has(value))
        problems.push(mustBe(`rules.${key}`, '"error", "warning", "info" or "off"'));
      else if (def) config.severities.set(def.code, value as Severity | 'off');
      else byCategory.set(category!.series, value as Severity | 'off');
    }
    // A category's severity applies to its codes that the file does not set one by one.
    if (byCategory.size)
      for (const def of allDiagnosticDefs()) {
        const value = byCategory.get(categoryOf(def.code)!.series);
        if (value && !config.severities.has(def.code)) config.severities.set(def.code, value);
      }
  }

  const profiles: Record<string, Profile> = { ...builtinProfiles };
  if (obj.profiles !== undefined) {
    if (typeof obj.profiles !== 'object' || obj.profiles === null) problems.push(mustBe('profiles', 'an object'));
    else
      for (const [name, p] of Object.entries(obj.profiles as Record<string, unknown>)) {
        const prof = readProfile(p);
        if (!prof) problems.push(mustBe(`profiles.${name}`, '{ "questions"?: number, "minutes"?: number }'));
        else profiles[name] = prof;
      }
  }
  if (obj.profile !== undefined) {
    if (typeof obj.profile !== 'string' || !profiles[obj.profile])
      problems.push({ code: 'SVY1006', messageId: 'profile', args: { names: quotedList(Object.keys(profiles)) } });
    else {
      config.profileName = obj.profile;
      config.profile = profiles[obj.profile];
    }
  }

  if (obj.options !== undefined) {
    if (typeof obj.options !== 'object' || obj.options === null) problems.push(mustBe('options', 'an object'));
    else
      for (const [key, value] of Object.entries(obj.options as Record<string, unknown>)) {
        const def = getDiagnosticDef(key);
        if (!def) unknownCodes.push({ code: key, where: 'inOptions' });
        else if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push(mustBe(`options.${key}`, 'an object'));
        else {
          // Checked against the rule's option schema: a rule only ever gets options of the right type.
          const checked = validateRuleOptions(def.code, def.name, value as Record<string, unknown>);
          problems.push(...checked.problems);
          config.ruleOptions.set(def.code, checked.valid);
        }
      }
  }
  if (obj.requireNonResponseOption !== undefined) {
    if (typeof obj.requireNonResponseOption !== 'boolean') problems.push(mustBe('requireNonResponseOption', 'true or false'));
    else config.requireNonResponseOption = obj.requireNonResponseOption;
  }
  const known = new Set(['$schema', 'rules', 'profile', 'profiles', 'options', 'requireNonResponseOption']);
  for (const key of Object.keys(obj))
    if (!known.has(key)) problems.push({ code: 'SVY1006', messageId: 'unknownKey', args: { key, known: quotedList([...known]) } });
  config.diagnostics.push(...problems.map((problem) => configDiagnostic(path, problem)));
  // An unknown code is SVY1005 with the registry's severity (a warning), as the docs say, at the key.
  const categories = diagnosticCategories.map((c) => c.id).join(', ');
  for (const { code, where } of unknownCodes) {
    const at = text.indexOf(JSON.stringify(code));
    const range = at >= 0 ? { start: at, end: at + JSON.stringify(code).length } : { start: 0, end: 0 };
    config.diagnostics.push(
      where === 'inRules'
        ? createDiagnostic({ code: 'SVY1005', messageId: 'inRules', file: path, range, args: { code, categories } })
        : createDiagnostic({ code: 'SVY1005', messageId: 'inOptions', file: path, range, args: { code } }),
    );
  }
  return config;
}

function readProfile(p: unknown): Profile | undefined {
  if (typeof p !== 'object' || p === null) return undefined;
  const { questions, minutes, ...rest } = p as Record<string, unknown>;
  if (Object.keys(rest).length) return undefined;
  if (questions !== undefined && typeof questions !== 'number') return undefined;
  if (minutes !== undefined && typeof minutes !== 'number') return undefined;
  return { questions: questions as number | undefined, minutes: minutes as number | undefined };
}

function configDiagnostic(path: string, problem: ConfigProblem): Diagnostic {
  return createDiagnostic({ ...problem, file: path, range: { start: 0, end: 0 } });
}

function invalid(path: string, problem: ConfigProblem): ResolvedConfig {
  const config = emptyConfig();
  config.path = path;
  config.diagnostics.push(configDiagnostic(path, problem));
  return config;
}
