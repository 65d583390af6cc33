// Change between waves (e.g. quarters): each wave is loaded into its own table; item
// and score means per wave; the last wave is tested against the one before it with
// Welch's t (means, NPS) or the pooled two-proportion z (top-2-box shares).
// Unweighted, two-sided, significance at 5%.
import { tTwoSided, zTwoSided } from '../estimate/normal.ts';
import type { Labels, WaveComparison } from '../result.ts';
import type { Subject } from '../sql/moments.ts';
import { labelOf, type Ctx } from './context.ts';
import { combine, runMoments, type Summary } from './moments.ts';

export interface WaveTable {
  label: string;
  table: string;
  files: string[];
  analysed: number;
}

function welch(a: Summary, b: Summary): { t: number; df: number; p: number } | undefined {
  if (a.n < 2 || b.n < 2 || a.sd === undefined || b.sd === undefined) return undefined;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  if (va + vb === 0) return undefined;
  const t = (b.mean! - a.mean!) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { t, df, p: tTwoSided(t, df) };
}

function twoProportion(a: Summary, b: Summary): { z: number; p: number } | undefined {
  if (!a.n || !b.n) return undefined;
  const pa = a.s1 / a.n;
  const pb = b.s1 / b.n;
  const pool = (a.s1 + b.s1) / (a.n + b.n);
  const se = Math.sqrt(pool * (1 - pool) * (1 / a.n + 1 / b.n));
  if (se === 0) return undefined;
  const z = (pb - pa) / se;
  return { z, p: zTwoSided(z) };
}

export async function waveComparison(ctx: Ctx, waves: WaveTable[]): Promise<WaveComparison> {
  const subjects: Subject[] = ctx.subjects.filter((s) => {
    if (s.key.startsWith('score:') || s.key.startsWith('top2:') || s.key.startsWith('nps:')) return true;
    const v = ctx.vars.get(s.key.slice(5));
    return !!v && (v.type === 'ordinal' || v.type === 'numeric');
  });
  const per: Summary[][] = [];
  for (const w of waves) {
    const g = await runMoments(ctx.runner, w.table, subjects, [], `wave ${w.label}: moments`);
    per.push(subjects.map((_, i) => combine(g.map((x) => x.stats[i]))));
  }
  const alpha = 0.05;
  const changes: WaveComparison['changes'] = subjects.map((s, i) => {
    const kind = s.key.slice(0, s.key.indexOf(':'));
    const name = s.key.slice(kind.length + 1);
    const subjectKind = kind === 'score' ? 'score' : kind === 'top2' ? 'top2box' : kind === 'nps' ? 'nps' : 'item';
    const values = waves.map((w, j) => ({
      wave: w.label,
      n: per[j][i].n,
      ...(per[j][i].mean !== undefined ? { estimate: per[j][i].mean } : {}),
      ...(per[j][i].sd !== undefined ? { sd: per[j][i].sd } : {}),
    }));
    const a = per[per.length - 2]?.[i];
    const b = per[per.length - 1][i];
    const label: Labels = labelOf(ctx, name);
    const change = a && a.mean !== undefined && b.mean !== undefined ? b.mean - a.mean : undefined;
    if (kind === 'top2') {
      const z = a ? twoProportion(a, b) : undefined;
      return {
        subject: name,
        subjectKind,
        label,
        values,
        ...(change !== undefined ? { change } : {}),
        test: 'two-proportion-z' as const,
        ...(z ? { statistic: z.z, p: z.p, significant: z.p < alpha } : {}),
      };
    }
    const t = a ? welch(a, b) : undefined;
    return {
      subject: name,
      subjectKind,
      label,
      values,
      ...(change !== undefined ? { change } : {}),
      test: 'welch-t' as const,
      ...(t ? { statistic: t.t, df: t.df, p: t.p, significant: t.p < alpha } : {}),
    };
  });
  return {
    waves: waves.map((w) => ({ label: w.label, files: w.files, analysed: w.analysed })),
    changes: changes.filter((c) => c.values.some((v) => v.n > 0)),
    alpha,
  };
}
