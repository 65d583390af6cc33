// String literal escapes: \n \t \r and \uXXXX; any other escaped character stands for
// itself (\" and \\ included).
const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

/** Turns the literal's source text (with quotes, possibly unterminated) into its value. */
export function unescapeString(raw: string): string {
  // The common literal, `"…"` without a backslash: its body in one slice.
  if (raw.length >= 2 && raw.charCodeAt(0) === 34 && raw.charCodeAt(raw.length - 1) === 34 && raw.indexOf('\\') === -1)
    return raw.slice(1, -1);
  let body = raw.startsWith('"') ? raw.slice(1) : raw;
  if (body.endsWith('"') && !body.endsWith('\\"')) body = body.slice(0, -1);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\' || i === body.length - 1) {
      out += c;
      continue;
    }
    const next = body[++i];
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 1, i + 5))) {
      out += String.fromCharCode(Number.parseInt(body.slice(i + 1, i + 5), 16));
      i += 4;
    } else {
      out += escapes[next] ?? next;
    }
  }
  return out;
}

/** Quotes a value as a string literal that `unescapeString` turns back into it. */
export function quoteString(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t') + '"';
}
