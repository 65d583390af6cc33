// The emitters' output for one compiled survey, as { name: text }. Kept in one place
// so the cases follow @survey/emitters' API as it lands.
import * as emitters from '@survey/emitters';

export function emitAll(result) {
  const out = emitters.build(result);
  const files = {};
  const put = (name, content) => (files[name] = typeof content === 'string' ? content : JSON.stringify(content));
  if (out instanceof Map) for (const [k, v] of out) put(k, v);
  else if (Array.isArray(out)) for (const f of out) put(f.path ?? f.name ?? f.file, f.text ?? f.content ?? f.contents);
  else if (out && typeof out === 'object') for (const [k, v] of Object.entries(out.files ?? out)) put(k, v);
  return files;
}
