// Analysis requests as declared (the analysis configuration resolves them further).
import type { AnalysisRequest } from '@survey/compiler';
import { compact } from '../common/json.ts';

export function requestJson(r: AnalysisRequest) {
  switch (r.kind) {
    case 'Items':
      return { kind: 'items' as const, stats: r.stats.map((s) => s.name) };
    case 'Breakdown':
      return { kind: 'breakdown' as const, by: r.by.map((b) => b.name) };
    case 'Top':
      // With a comparator it ranks rated items; without, the options of a choice question.
      return compact({ kind: 'top' as const, count: r.count?.value ?? 0, name: r.name?.name ?? '', op: r.op, value: r.value?.value });
    case 'Drivers':
      return { kind: 'drivers' as const, outcome: r.outcome?.name ?? '', drivers: r.drivers.map((d) => d.name) };
    case 'Chart':
      return compact({ kind: 'chart' as const, chart: r.chartType?.name ?? 'bar', subject: r.subject?.name ?? '', by: r.by?.name });
    case 'Alpha':
      return { kind: 'alpha' as const, subject: r.subject?.name ?? '' };
  }
}
