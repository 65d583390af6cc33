// Open answers while responses stream in: per text variable (open questions and
// "please specify" texts) the number answered and a uniform random sample of a fixed
// size (reservoir sampling, Algorithm R), so memory stays flat however many responses
// come. The generator is seeded per variable: the same data give the same sample.
// A repeat group's text question is answered once per instance: each instance's answer
// counts and may be sampled.
import type { AnalysisDoc, RosterDoc, VariableDoc } from '../config.ts';
import type { Labels, SourceRef, TextAnswers } from '../result.ts';
import { instancesOf } from '../rosters/instances.ts';

interface Reservoir {
  v: VariableDoc;
  label: Labels;
  answered: number;
  sample: Array<SourceRef & { text: string; seq: number }>;
  random: () => number;
}

function seeded(name: string): () => number {
  let a = 0x9e3779b9;
  for (const ch of name) a = Math.imul(a ^ ch.codePointAt(0)!, 0x85ebca6b) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "Question — option" for a specify text, the question's label otherwise. */
function labelOf(analysis: AnalysisDoc, v: VariableDoc): Labels {
  const parent = v.parent ? analysis.variables.find((x) => x.name === v.parent && !x.parent) : undefined;
  if (!parent?.label) return v.label ?? {};
  return Object.fromEntries(Object.entries(parent.label).map(([l, t]) => [l, v.label?.[l] ? `${t} — ${v.label[l]}` : t]));
}

export class TextSampler {
  private reservoirs: Reservoir[];
  private seq = 0;
  private rosters: RosterDoc[];

  constructor(
    analysis: AnalysisDoc,
    private size: number,
  ) {
    this.rosters = analysis.rosters ?? [];
    this.reservoirs = analysis.variables
      .filter((v) => v.type === 'text' && v.source !== 'hidden')
      .map((v) => ({ v, label: labelOf(analysis, v), answered: 0, sample: [], random: seeded(v.name) }));
  }

  add(answers: Record<string, unknown>, source: SourceRef): void {
    const seq = this.seq++;
    const instances = this.rosters.length && this.reservoirs.some((r) => r.v.roster) ? instancesOf(answers, this.rosters) : [];
    for (const r of this.reservoirs) {
      const values = r.v.roster ? instances.filter((i) => i.roster.id === r.v.roster).map((i) => i.answers[r.v.name]) : [answers[r.v.name]];
      for (const raw of values) {
        if (typeof raw !== 'string' || !raw.trim()) continue;
        r.answered++;
        const entry = { ...source, text: raw, seq };
        if (r.sample.length < this.size) r.sample.push(entry);
        else {
          const j = Math.floor(r.random() * r.answered);
          if (j < this.size) r.sample[j] = entry;
        }
      }
    }
  }

  results(): TextAnswers[] {
    return this.reservoirs.map((r) => ({
      variable: r.v.name,
      label: r.label,
      answered: r.answered,
      sample: r.sample.sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...rest }) => rest),
    }));
  }
}
