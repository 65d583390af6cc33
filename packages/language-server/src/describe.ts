// Markdown for hovers: what a name means in the model, every language shown.
import { NPS_BANDS, calcType, rangeOf, rosterBound, type CompileResult, type LText, type Scale } from '@survey/compiler';
import type { Entity } from './entities.ts';
import { scoreRange } from './score-range.ts';
import { stratumFigures } from './sample-plan.ts';
import { answerTypeLines } from './answer-types.ts';

const code = (s: string | number) => '`' + String(s) + '`';

/** One line per language, in the survey's order: `zh` 文本 / `en` text. */
function texts(t: LText | undefined, languages: string[]): string[] {
  if (!t) return [];
  const langs = [...languages.filter((l) => l in t), ...Object.keys(t).filter((l) => !languages.includes(l))];
  return langs.map((l) => `${code(l)} ${t[l]}`);
}

function labelOf(t: LText, languages: string[]): string {
  return texts(t, languages)
    .map((x) => x.replace(/^`[^`]+` /, ''))
    .join(' / ');
}

export function describeScale(s: Scale, languages: string[]): string[] {
  const head = s.builtin
    ? `**scale ${code('nps')}** (built in) ${s.min}–${s.max}`
    : `**scale ${code(s.id)}** ${s.min}–${s.max}${s.step !== 1 ? ` step ${s.step}` : ''}${s.descending ? ', descending' : ''}${s.anchored ? ', anchored' : ''}`;
  const lines = [head, ''];
  for (const p of s.points) lines.push(`- ${p.missing ? `missing ${code(p.value)}` : code(p.value)} ${labelOf(p.label, languages)}`);
  if (s.builtin === 'nps') {
    const b = NPS_BANDS;
    lines.push('', `detractors ${b.detractor.join('–')} · passives ${b.passive.join('–')} · promoters ${b.promoter.join('–')}`);
  }
  return lines;
}

/** `model` is a compile with a survey (the file's own, or an importer's). */
export function describe(e: Entity, model: CompileResult): string {
  const survey = model.survey!;
  const langs = survey.languages;
  switch (e.kind) {
    case 'question': {
      const q = e.value;
      const where = q.section.implicit ? '' : ` in section ${code(q.section.id)}`;
      const lines = [`**Q${q.number}** ${q.kind} ${code(q.id)}${where}${q.required ? '' : ' (optional)'}`, '', ...texts(q.text, langs)];
      if (q.roster) lines.push('', `asked once per instance of repeat group ${code(q.roster.id)}`);
      if (q.help) lines.push('', '*help*', ...texts(q.help, langs));
      if (q.carry)
        lines.push(
          '',
          `options carried forward from ${code(q.carry.source)}: those ${q.carry.selected ? 'chosen' : 'offered and not chosen'} there`,
        );
      else if (q.choices)
        lines.push(
          '',
          `choices${q.choices.inline ? '' : ' ' + code(q.choices.id)}: ${q.choices.options.map((o) => code(o.code) + (o.when ? ' (filtered)' : '')).join(' ')}`,
        );
      if (q.default) lines.push('', `default: ${code(sourceOf(model, q.file, q.default.range))}`);
      lines.push(...answerTypeLines(q));
      if (q.scale) lines.push('', ...describeScale(q.scale, langs));
      if (q.rows.length) lines.push('', `rows: ${q.rows.map((r) => code(r.id)).join(' ')}`);
      if (q.tags.length) lines.push('', `tags: ${q.tags.join(', ')}`);
      return lines.join('\n');
    }
    case 'row': {
      const r = e.value;
      const lines = [
        `**row** ${code(r.id)} of matrix ${code(r.matrix.id)} (Q${r.matrix.number})${r.reverse ? ', reverse-coded' : ''}`,
        '',
        ...texts(r.text, langs),
      ];
      if (r.matrix.scale) lines.push('', ...describeScale(r.matrix.scale, langs));
      return lines.join('\n');
    }
    case 'hidden': {
      const h = e.value;
      const type = h.choices ? `from ${code(h.choices.id)}` : h.type;
      const lines = [`**hidden** ${code(h.id)} ${type}${h.required ? '' : ' (optional)'}`, '', ...texts(h.label, langs)];
      lines.push('', `filled from the form's URL: ${code(`?${h.id}=…`)}; stored under ${code(`hidden.${h.id}`)} in the response`);
      if (h.choices) lines.push('', `codes: ${h.choices.options.map((o) => code(o.code)).join(' ')}`);
      return lines.join('\n');
    }
    case 'scale':
      return describeScale(e.value, langs).join('\n');
    case 'choices': {
      const lines = [`**choices** ${code(e.value.id)} (${e.value.options.length} options)`, ''];
      for (const o of e.value.options) {
        const flags = [o.specify && 'specify', o.exclusive && 'exclusive', o.fixed && 'fixed'].filter(Boolean).join(', ');
        lines.push(`- ${code(o.code)} ${labelOf(o.label, langs)}${flags ? ` (${flags})` : ''}`);
      }
      return lines.join('\n');
    }
    case 'code':
      return [
        `**code** ${code(e.value.code)} of ${e.list.inline ? 'question' : 'choices'} ${code(e.list.id)}`,
        '',
        ...texts(e.value.label, langs),
      ].join('\n');
    case 'section': {
      const s = e.value;
      const extra = [
        s.points !== undefined && `points ${s.points}`,
        s.weight !== undefined && `weight ${s.weight}`,
        s.questionLimit !== undefined && `limit ${s.questionLimit} questions`,
      ]
        .filter(Boolean)
        .join(' · ');
      return [
        `**section** ${code(s.id)}: ${s.questions.length} questions${extra ? ' · ' + extra : ''}`,
        '',
        ...texts(s.title, langs),
        '',
        s.questions.map((q) => `Q${q.number} ${code(q.id)}`).join(' · '),
      ].join('\n');
    }
    case 'score': {
      const s = e.value;
      const range = scoreRange(model, s.id);
      const lines = [
        `**score** ${code(s.id)}${range ? ` — range ${fmt(range[0])} to ${fmt(range[1])}` : ''}`,
        '',
        ...texts(s.label, langs),
      ];
      if (s.items.length) lines.push('', `items: ${s.items.map(code).join(' ')}`);
      lines.push(
        '',
        s.require.kind === 'all' ? 'computed when every item is answered' : `computed when at least ${s.require.count} items are answered`,
      );
      return lines.join('\n');
    }
    case 'calc': {
      const c = e.value;
      const range = model.survey && c.expr ? rangeOf(model.survey, c.expr) : undefined;
      const lines = [
        `**let** ${code(c.id)}: ${calcType(c.id, model.binding)}${range ? ` — range ${fmt(range[0])} to ${fmt(range[1])}` : ''}`,
        '',
        ...texts(c.label, langs),
      ];
      if (c.items.length) lines.push('', `reads: ${c.items.map(code).join(' ')}`);
      lines.push('', 'computed from the answers as the form is filled in; recorded under `calculated` in the response');
      return lines.join('\n');
    }
    case 'strata': {
      const total = e.value.strata.reduce((n, h) => n + h.size, 0);
      return [
        `**strata** ${code(e.value.id)}: ${e.value.strata.length} strata, N = ${total}`,
        '',
        ...e.value.strata.map((h) => `- ${code(h.id)} N_h = ${h.size}`),
      ].join('\n');
    }
    case 'stratum': {
      const h = e.value;
      const facts = [
        `N_h = ${h.size}`,
        h.sd !== undefined && `sd ${h.sd}`,
        h.proportion !== undefined && `p ${h.proportion}`,
        h.cost !== undefined && `cost ${h.cost}`,
        h.completes !== undefined && `completes ${h.completes}`,
        h.takeAll && 'take all',
        h.oversample !== 1 && `oversample ×${h.oversample}`,
      ];
      const fig = stratumFigures(survey, e.strata.id, h.id);
      const plan = !fig
        ? ''
        : fig.expectedOnly
          ? `expected completes ≈ ${fmt(fig.completes)} (proportional)`
          : [
              `n_h = ${fig.completes} (${survey.sample!.allocation})`,
              fig.invitations !== undefined && `invitations ${fig.invitations}`,
              fig.weight !== undefined && `weight ${fmt(fig.weight)}`,
            ]
              .filter(Boolean)
              .join(' · ');
      return [`**stratum** ${code(h.id)} of ${code(e.strata.id)}`, '', facts.filter(Boolean).join(' · '), plan]
        .filter((x) => x !== '')
        .join('\n\n');
    }
    case 'glossary':
      return [`**glossary** ${code(e.name)}`, '', ...texts(e.value, langs)].join('\n');
    case 'roster': {
      const r = e.value;
      const count =
        r.count.kind === 'fixed'
          ? `${r.count.n} times`
          : r.count.kind === 'answer'
            ? `as many times as the answer to ${code(r.count.source)}`
            : `once per option chosen in ${code(r.count.source)}`;
      const bound = rosterBound(r, survey);
      return [
        `**repeat group** ${code(r.id)}: asked ${count}${bound !== undefined ? `, at most ${bound}` : ''}${r.parent ? `, inside ${code(r.parent.id)}` : ''}`,
        '',
        ...texts(r.title, langs),
        '',
        `questions: ${r.questions.map((q) => code(q.id)).join(' ')}${r.rosters.length ? ` · nested: ${r.rosters.map((c) => code(c.id)).join(' ')}` : ''}`,
        '',
        r.count.kind === 'each'
          ? 'Inside: the current option (its label when piped). Outside: the number of instances.'
          : 'Inside: the current instance (1, 2, …). Outside: the number of instances.',
      ].join('\n');
    }
    case 'survey': {
      const s = e.value;
      return [
        `**survey** ${code(s.id)}: ${s.questions.length} questions in ${s.sections.length} sections · languages ${s.languages.join(', ')}`,
        '',
        ...texts(s.title, langs),
      ].join('\n');
    }
  }
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** The source text of a range in a file of the compile. */
function sourceOf(model: CompileResult, file: string, range: { start: number; end: number }): string {
  return model.files.get(file)?.text.slice(range.start, range.end) ?? '';
}
