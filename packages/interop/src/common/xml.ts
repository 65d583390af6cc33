// XML for the XML exporters (XForm, DDI): text and attribute escaping, and a small
// element tree printed with two-space indentation, one element per line, so the
// output is stable and diffable.
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | undefined>;
  children: Array<XmlElement | string>;
}

/** An element; attributes left undefined are not written. */
export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: Array<XmlElement | string | undefined | false>): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlElement | string => c !== undefined && c !== false) };
}

export function printXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${print(root, '')}\n`;
}

function print(e: XmlElement, indent: string): string {
  const attrs = Object.entries(e.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  if (e.children.length === 0) return `${indent}<${e.name}${attrs}/>`;
  if (e.children.every((c) => typeof c === 'string'))
    return `${indent}<${e.name}${attrs}>${(e.children as string[]).map(escapeXml).join('')}</${e.name}>`;
  const inner = e.children.map((c) => (typeof c === 'string' ? `${indent}  ${escapeXml(c)}` : print(c, `${indent}  `))).join('\n');
  return `${indent}<${e.name}${attrs}>\n${inner}\n${indent}</${e.name}>`;
}
