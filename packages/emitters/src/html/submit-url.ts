// What a form may POST to. The URL ends up in the page's data and, as an origin, in
// its Content-Security-Policy, so anything that could break out of either is refused:
// not http(s), credentials (they would be readable by anyone with the file), and
// characters that separate or quote CSP directives. Plain http is allowed with a
// warning (answers would travel unencrypted), except to the local machine.
export type SubmitUrlCheck = { ok: true; url: string; warning?: string } | { ok: false; reason: string };

const forbidden = /[\s;,'"`<>\\]/;

export function checkSubmitUrl(raw: string): SubmitUrlCheck {
  const bad = forbidden.exec(raw);
  if (bad) return { ok: false, reason: `it contains ${JSON.stringify(bad[0])}, which is not allowed in a form's submit URL` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'it is not a valid absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'it must start with https:// (or http://)' };
  if (url.username || url.password) return { ok: false, reason: 'it contains a user name or password, which every respondent could read' };
  if (!url.hostname) return { ok: false, reason: 'it has no host' };
  if (url.protocol === 'http:' && !isLocal(url.hostname))
    return { ok: true, url: raw, warning: 'it uses plain http://: answers would travel unencrypted. Use https://' };
  return { ok: true, url: raw };
}

function isLocal(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
}
