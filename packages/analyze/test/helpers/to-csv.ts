// Test helper: responses as the form writes them (JSON objects) into the tabular CSV
// format of the package README — metadata columns, one column per answer (a
// multi-select as codes joined by ';'), hidden variables by name — so the JSON
// examples can be read through the CSV paths too.
const META = ['responseId', 'formVersion', 'language', 'startedAt', 'submittedAt', 'durationSeconds'];

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function responsesToCsv(responses: Array<Record<string, unknown>>, schema: object): string {
  const props = (schema as { properties: { answers: { properties: object }; hidden?: { properties: object } } }).properties;
  const answers = Object.keys(props.answers.properties);
  const hidden = Object.keys(props.hidden?.properties ?? {});
  const meta = META.filter((m) => responses.some((r) => r[m] !== undefined));
  const header = [...meta, ...answers, ...hidden];
  const rows = responses.map((r) => {
    const a = (r.answers ?? {}) as Record<string, unknown>;
    const h = (r.hidden ?? {}) as Record<string, unknown>;
    return [...meta.map((m) => r[m]), ...answers.map((n) => a[n]), ...hidden.map((n) => h[n])].map(cell).join(',');
  });
  return [header.join(','), ...rows].join('\n') + '\n';
}
