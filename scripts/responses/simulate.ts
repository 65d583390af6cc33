// One synthetic respondent at a time, from the compiled survey's analysis configuration
// and response schema (never from the .survey text): a latent satisfaction drives every
// rating item (Gaussian copula onto each item's marginal), drivers feed the outcome,
// conditions are walked in question order so skip logic holds, and hidden values,
// free texts and form metadata are filled in as the HTML form would write them.
import type { AnalysisDoc, SurveyInput, VariableDoc } from '@survey/analyze';
import { flatResponseSchema } from '@survey/emitters';
import type { ExprJson } from '@survey/emitters';
import { truth, type Env } from './condition.ts';
import { mediaAnswer } from './media.ts';
import { instancesOf } from './roster.ts';
import { phi, type Rng } from './prng.ts';
import type { FileSpec, Marginal, Profile } from './profile.ts';

export type Response = Record<string, unknown> & { answers: Record<string, unknown>; hidden?: Record<string, unknown> };

export type Kind = 'valid' | 'invalid' | 'straightline' | 'too-fast';

type RosterDoc = NonNullable<AnalysisDoc['rosters']>[number];

interface SchemaProp {
  type?: string;
  minimum?: number;
  maximum?: number;
  if?: { contains?: { enum?: string[] } };
}

export class Simulator {
  private analysis: AnalysisDoc;
  private props: Record<string, SchemaProp>;
  readonly ratings: VariableDoc[];
  private languages: Array<[string, number]>;

  constructor(
    input: SurveyInput,
    private profile: Profile,
  ) {
    this.analysis = input.analysis;
    // a large survey's schema checks its answers in parts: read each answer's whole schema
    const schema = flatResponseSchema(input.schema as object) as { properties: { answers: { properties: Record<string, SchemaProp> } } };
    this.props = schema.properties.answers.properties;
    this.ratings = this.analysis.variables.filter((v) => v.source !== 'hidden' && v.type === 'ordinal' && v.range);
    this.languages = profile.languages ?? this.analysis.survey.languages.map((l, i) => [l, i === 0 ? 4 : 1]);
  }

  private marginal(v: VariableDoc): Marginal {
    const m = this.profile.marginals[v.name] ?? this.profile.defaultMarginal;
    const [lo, hi] = v.range!;
    if (m.length !== hi - lo + 1) throw new Error(`${this.profile.example}: marginal of ${v.name} needs ${hi - lo + 1} points`);
    return m;
  }

  /** The scale point whose cumulative probability first reaches Φ(z). */
  private point(v: VariableDoc, z: number): number {
    const m = this.marginal(v);
    const total = m.reduce((s, x) => s + x, 0);
    const u = phi(z) * total;
    let acc = 0;
    for (let k = 0; k < m.length; k++) if ((acc += m[k]) >= u) return v.range![0] + k;
    return v.range![1];
  }

  /** Latent z per rating item: a common factor plus noise; the drivers' outcome from its drivers. */
  private latents(r: Rng, theta: number): Map<string, number> {
    const { loading: l, drivers } = this.profile;
    const z = new Map<string, number>();
    for (const v of this.ratings) z.set(v.name, l * theta + Math.sqrt(1 - l * l) * r.normal());
    if (drivers) {
      const w = Object.entries(drivers.weights);
      let mix = 0;
      let variance = 0;
      for (const [a, wa] of w) {
        mix += wa * z.get(a)!;
        for (const [b, wb] of w) variance += wa * wb * (a === b ? 1 : l * l);
      }
      z.set(drivers.outcome, (drivers.r * mix) / Math.sqrt(variance) + Math.sqrt(1 - drivers.r ** 2) * r.normal());
    }
    return z;
  }

  respondent(r: Rng, index: number, file: FileSpec, kind: Kind): Response {
    const p = this.profile;
    const language = r.weighted(
      this.languages.map(([l]) => l),
      this.languages.map(([, w]) => w),
    );
    const hidden = p.hidden(r, index, file);
    const theta = r.normal() + (file.shift ?? 0) + (hidden.shift ?? 0);
    const z = this.latents(r, theta);
    const answers: Record<string, unknown> = {};
    const env: Env = { answers, hidden: hidden.values, missing: (n) => this.variable(n)?.missingCodes ?? [] };
    const straight = kind === 'straightline' ? this.straightlineGroup() : undefined;
    const straightValue = r.int(4, 5);
    const ask = (v: VariableDoc, e: Env): unknown => {
      if (v.shownWhen && !truth(v.shownWhen, e)) return undefined;
      if (v.parent && v.type === 'text') return this.text(r, language, p.specifyTexts);
      // Options under a choice filter or carried forward: only those the form offers; none, not asked.
      const asked = v.valueLabels?.some((l) => l.offeredWhen)
        ? { ...v, valueLabels: v.valueLabels.filter((l) => !l.offeredWhen || truth(l.offeredWhen, e)) }
        : v;
      if (asked.valueLabels?.length === 0) return undefined;
      return straight?.includes(v.name) ? straightValue : this.answer(r, asked, z, theta, language, e.answers, index);
    };
    let screenOut: string | undefined;
    for (const v of this.analysis.variables) {
      if (v.source === 'hidden' || (v.parent && v.type === 'binary')) continue;
      if (v.roster) {
        // a repeat group is answered where its first question comes, all its instances at once
        const top = this.topRoster(v.roster);
        if (!(top.id in answers)) answers[top.id] = instancesOf(r, top, this.analysis, p, env, language, ask);
        continue;
      }
      const value = ask(v, env);
      if (value !== undefined) answers[v.name] = value;
      screenOut = this.screenOut(v, env, kind);
      if (screenOut) break;
    }
    if (kind !== 'straightline') this.unstraighten(answers);
    const durationSeconds = kind === 'too-fast' ? r.int(2, Math.max(3, this.minSeconds() - 1)) : this.duration(r, !!screenOut);
    const dayMs = 86_400_000;
    const startMs = Date.parse(`${file.start}T00:00:00Z`) + Math.floor(((index + r.next()) / file.respondents) * file.days * dayMs);
    const started = Math.floor(startMs / 1000) * 1000 + 8 * 3_600_000;
    this.dated(answers, started);
    const response: Response = {
      format: 'survey-response/1',
      survey: this.analysis.survey.id,
      responseId: r.uuid(),
      ...(this.analysis.survey.version ? { formVersion: this.analysis.survey.version } : {}),
      language,
      startedAt: new Date(started).toISOString(),
      submittedAt: new Date(started + durationSeconds * 1000).toISOString(),
      durationSeconds,
      ...(screenOut ? { outcome: 'screenout', screenout: screenOut } : {}),
      answers,
      ...(this.analysis.variables.some((v) => v.source === 'hidden') ? { hidden: hidden.values } : {}),
    };
    return response;
  }

  /** Completion time: log-normal around the median, never under the duration rule (only planted ones are too fast); a tenth of it when screened out. */
  private duration(r: Rng, screenedOut = false): number {
    const t = Math.round(this.profile.medianSeconds * Math.exp(0.35 * r.normal()));
    if (screenedOut) return Math.max(15, Math.round(t / 10));
    const q = this.analysis.quality.find((x) => x.kind === 'duration');
    return q?.kind === 'duration' ? Math.max(t, q.seconds + 1) : t;
  }

  /** A valid respondent who happens to give one answer down the grid gets the last row moved by one point (only planted ones straight-line). */
  private unstraighten(answers: Record<string, unknown>): void {
    const q = this.analysis.quality.find((x) => x.kind === 'straightline');
    if (q?.kind !== 'straightline') return;
    const values = q.items.map((i) => answers[i]);
    const missing = q.items.flatMap((i) => this.variable(i)?.missingCodes ?? []);
    if (values.some((v) => typeof v !== 'number' || missing.includes(v)) || new Set(values).size > 1) return;
    const last = q.items[q.items.length - 1];
    const hi = this.variable(last)!.range![1];
    answers[last] = (values[0] as number) < hi ? (values[0] as number) + 1 : hi - 1;
  }

  private topRoster(id: string): RosterDoc {
    let g = (this.analysis.rosters ?? []).find((x) => x.id === id)!;
    while (g.parent) g = (this.analysis.rosters ?? []).find((x) => x.id === g.parent)!;
    return g;
  }

  /**
   * The screen-out the answer to `v` triggers. Only an ordinary respondent is screened
   * out; a planted invalid, straight-lined or too-fast one is given the first option
   * that goes on, so that its problem stays what the analysis must catch.
   */
  private screenOut(v: VariableDoc, env: Env, kind: Kind): string | undefined {
    const outs = (this.analysis.flow?.screenOuts ?? []) as Array<{ id: string; expr?: ExprJson }>;
    const fired = () => outs.find((o) => o.expr && truth(o.expr, env))?.id;
    const id = fired();
    if (!id || kind === 'valid') return id;
    for (const c of this.codes(v)) {
      env.answers[v.name] = c;
      if (!fired()) return undefined;
    }
    return id;
  }

  /** Date answers are the day the response was started (a visit's date). */
  private dated(answers: Record<string, unknown>, started: number): void {
    for (const v of this.analysis.variables)
      if (v.type === 'date' && v.name in answers) answers[v.name] = new Date(started).toISOString().slice(0, 10);
  }

  variable(name: string): VariableDoc | undefined {
    return this.analysis.variables.find((v) => v.name === name && !(v.parent && v.type === 'binary'));
  }

  /** Rows of the grid the straight-lining rule watches. */
  straightlineGroup(): string[] {
    const q = this.analysis.quality.find((x) => x.kind === 'straightline');
    if (q?.kind !== 'straightline')
      throw new Error(`${this.profile.example}: straight-lined responses need an 'exclude straightline' rule`);
    return q.items;
  }

  minSeconds(): number {
    const q = this.analysis.quality.find((x) => x.kind === 'duration');
    if (q?.kind !== 'duration') throw new Error(`${this.profile.example}: too-fast responses need an 'exclude duration' rule`);
    return q.seconds;
  }

  private answer(
    r: Rng,
    v: VariableDoc,
    z: Map<string, number>,
    theta: number,
    language: string,
    answers: Record<string, unknown>,
    index: number,
  ): unknown {
    const p = this.profile;
    switch (v.type) {
      case 'ordinal': {
        const missing = v.missingCodes ?? [];
        if (missing.length && r.chance(p.missingRate)) return missing[0];
        const x = this.point(v, z.get(v.name)!);
        return v.reverse ? v.range![0] + v.range![1] - x : x;
      }
      case 'nominal':
        return this.choose(r, v);
      case 'multi-response':
        return this.chooseMany(r, v, theta);
      case 'binary':
        return r.chance(phi(1.1 + 0.9 * theta)) ? 'yes' : 'no';
      case 'numeric': {
        const own = p.numbers?.[v.name];
        if (own) return own(r, answers);
        const s = this.props[v.name] ?? {};
        const lo = s.minimum ?? 0;
        const hi = s.maximum ?? 100;
        const u = Math.min(1, Math.max(0, 0.6 + 0.12 * theta + 0.15 * r.normal()));
        const x = lo + (hi - lo) * u * (s.type === 'integer' ? 1 : 0.35);
        return s.type === 'integer' ? Math.round(x) : Math.round(x * 2) / 2;
      }
      case 'text': {
        const spec = p.texts[v.name];
        if (!spec) throw new Error(`${p.example}: no texts for ${v.name}`);
        if (!v.required && !r.chance(spec.p)) return undefined;
        const key = spec.by ? String(answers[spec.by]) : '*';
        return this.text(r, language, spec.pools[key] ?? spec.pools['*']);
      }
      case 'date':
        return 'fieldwork day'; // set to the start date once it is drawn (dated)
      case 'geopoint':
      case 'file':
      case 'signature':
        return mediaAnswer(r, v, index, p.location);
    }
    throw new Error(`${p.example}: the generator does not answer ${v.type} questions (${v.name})`);
  }

  private text(r: Rng, language: string, pool: { zh?: string[]; en?: string[] } | undefined): string {
    const list = (language === 'en' ? pool?.en : pool?.zh) ?? pool?.en ?? pool?.zh;
    if (!list?.length) throw new Error(`${this.profile.example}: an empty text pool for '${language}'`);
    return r.pick(list);
  }

  private codes(v: VariableDoc): string[] {
    return (v.valueLabels ?? []).map((l) => String(l.value));
  }

  private choose(r: Rng, v: VariableDoc): string {
    const codes = this.codes(v);
    const w = this.profile.choices?.[v.name] ?? {};
    return r.weighted(
      codes,
      codes.map((c) => w[c] ?? (c === 'other' ? 0.2 : 1)),
    );
  }

  private chooseMany(r: Rng, v: VariableDoc, theta: number): string[] {
    const exclusive = this.props[v.name]?.if?.contains?.enum ?? [];
    const codes = this.codes(v).filter((c) => !exclusive.includes(c));
    const w = this.profile.choices?.[v.name] ?? {};
    const picked = codes.filter((c) => r.chance(Math.min(0.9, Math.max(0, (w[c] ?? (c === 'other' ? 0.08 : 0.4)) * (1 + 0.15 * theta)))));
    if (picked.length) return picked;
    // Nothing applies: the exclusive "none of these" when the list has one.
    return exclusive.length
      ? [exclusive[0]]
      : [this.choose(r, { ...v, valueLabels: v.valueLabels?.filter((l) => codes.includes(String(l.value))) })];
  }
}
