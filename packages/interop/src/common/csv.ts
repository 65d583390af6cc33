// RFC 4180 CSV: every field quoted when it holds a comma, quote or line break, CRLF
// line ends on write; quoted fields with doubled quotes and embedded line breaks on read.
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') ((cur += '"'), i++);
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur === '') quoted = true;
    else if (c === ',') (row.push(cur), (cur = ''));
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      (row.push(cur), rows.push(row), (row = []), (cur = ''));
    } else cur += c;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (cur !== '' || row.length) (row.push(cur), rows.push(row));
  return rows.filter((r) => r.some((c) => c !== ''));
}
