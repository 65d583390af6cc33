// Compiles an XlsForm (rows) into ODK XForm XML, the way pyxform does for the
// subset we emit: a primary instance with one element per field inside its groups,
// itext translations for every label, hint and choice, a secondary instance per
// choices list read through itemsets, and binds carrying type, required,
// relevant, constraint and calculate. `${name}` becomes the field's absolute path.
import { languageColumnName } from '../../common/languages.ts';
import { escapeXml as x } from '../../common/xml.ts';
import type { Text } from '../../model.ts';
import type { SurveyRow, XlsForm } from '../xlsform/form.ts';

interface Node {
  row: SurveyRow;
  path: string;
  children?: Node[];
  /** A repeat's jr:count: a path, or the path of the calculate node made for an expression. */
  count?: string;
}

const bindTypes: Record<string, string> = {
  text: 'string',
  integer: 'int',
  decimal: 'decimal',
  date: 'date',
  select_one: 'string',
  select_multiple: 'string',
  rank: 'odk:rank',
  note: 'string',
  calculate: 'string',
  hidden: 'string',
  geopoint: 'geopoint',
  image: 'binary',
  file: 'binary',
};

class XFormError extends Error {}

/** The tree of groups, repeats and fields, with each field's absolute path and the paths of repeats. */
function fieldTree(form: XlsForm): { root: Node[]; paths: Map<string, string>; repeats: Set<string> } {
  const root: Node[] = [];
  const stack: { nodes: Node[]; path: string; name: string; repeat: boolean }[] = [{ nodes: root, path: '/data', name: '', repeat: false }];
  const paths = new Map<string, string>();
  const repeats = new Set<string>();
  const add = (row: SurveyRow): Node => {
    const top = stack[stack.length - 1];
    const path = `${top.path}/${row.name}`;
    if (paths.has(row.name)) throw new XFormError(`the name '${row.name}' is used twice`);
    paths.set(row.name, path);
    const node: Node = { row, path };
    top.nodes.push(node);
    return node;
  };
  for (const row of form.survey) {
    const repeat = row.type === 'begin repeat';
    if (row.type === 'end group' || row.type === 'end repeat') {
      const top = stack[stack.length - 1];
      if (stack.length === 1 || top.repeat !== (row.type === 'end repeat'))
        throw new XFormError(`'${row.type}' ${row.name} without a matching 'begin ${row.type.slice(4)}'`);
      stack.pop();
      continue;
    }
    // A count that is not one field's answer gets a calculate node beside the repeat, as pyxform makes it.
    let count: string | undefined;
    if (repeat && row.repeat_count !== undefined) {
      const field = /^\s*\$\{([^}]+)\}\s*$/.exec(row.repeat_count);
      if (field) count = `\${${field[1]}}`;
      else if (/^\s*\d+\s*$/.test(row.repeat_count)) count = row.repeat_count.trim();
      else {
        const calc = add({ type: 'calculate', name: `${row.name}_count`, calculation: row.repeat_count });
        count = `\${${calc.row.name}}`;
      }
    }
    const node = add(row);
    if (row.type === 'begin group' || repeat) {
      node.children = [];
      node.count = count;
      if (repeat) repeats.add(node.path);
      stack.push({ nodes: node.children, path: node.path, name: row.name, repeat });
    }
  }
  if (stack.length > 1)
    throw new XFormError(`'${stack[stack.length - 1].name}' has no 'end ${stack[stack.length - 1].repeat ? 'repeat' : 'group'}'`);
  return { root, paths, repeats };
}

/** The path from a node to a target: relative when both are in the same repeat instance (as pyxform writes it), else absolute. */
function relativePath(from: string, to: string, repeats: Set<string>): string {
  const a = from.split('/');
  const b = to.split('/');
  let shared = 0;
  while (shared < a.length - 1 && shared < b.length && a[shared] === b[shared]) shared++;
  // The deepest repeat both paths are inside.
  let inRepeat = false;
  for (let k = shared; k > 1 && !inRepeat; k--) if (repeats.has(a.slice(0, k).join('/'))) inRepeat = true;
  if (!inRepeat) return to;
  return `${'../'.repeat(a.length - shared)}${b.slice(shared).join('/')}`;
}

export function compileXForm(form: XlsForm): string {
  const { root, paths, repeats } = fieldTree(form);
  const pathOf = (name: string, from: string) => {
    const p = paths.get(name);
    if (!p) throw new XFormError(`\${${name}} refers to no field`);
    return relativePath(from, p, repeats);
  };
  // `${name}` as the node's path, relative to `from` inside a shared repeat ('${name}' in quotes stays a string).
  const xpath = (expr: string, from: string) =>
    expr
      .replace(/'\$\{([^}]+)\}'/g, (_, name: string) => `'${pathOf(name, from)}'`)
      .replace(/\$\{([^}]+)\}/g, (_, name: string) => ` ${pathOf(name, from)} `);
  const langs = form.languages;
  const itext = new Map<string, Text>(); // id → text per language
  const labelRef = (id: string, t: Text | undefined, tag: 'label' | 'hint') => {
    if (!t) return '';
    itext.set(id, t);
    return `<${tag} ref="jr:itext('${id}')"/>`;
  };
  const lists = new Map<string, { name: string; id: string }[]>();
  for (const c of form.choices) {
    const items = lists.get(c.list_name) ?? [];
    const id = `${c.list_name}-${items.length}`;
    items.push({ name: c.name, id });
    itext.set(id, c.label);
    lists.set(c.list_name, items);
  }

  // A repeat has its template (jr:template) and one instance, as pyxform writes it.
  const instance = (nodes: Node[], indent: string): string =>
    nodes
      .map((n) => {
        if (!n.children) return `${indent}<${n.row.name}/>\n`;
        const inner = instance(n.children, indent + '  ');
        const element = (attrs: string) => `${indent}<${n.row.name}${attrs}>\n${inner}${indent}</${n.row.name}>\n`;
        return n.row.type === 'begin repeat' ? element(' jr:template=""') + element('') : element('');
      })
      .join('');

  const binds: string[] = [];
  const outputFrom = new Map<string, string>(); // itext id → the node whose label it is
  const body = (nodes: Node[], indent: string): string =>
    nodes
      .map((n) => {
        const r = n.row;
        const [kind, list] = r.type.split(/\s+/);
        const attrs: string[] = [`nodeset="${n.path}"`];
        if (kind !== 'begin') attrs.push(`type="${bindTypes[kind] ?? fail(`unknown type '${r.type}'`)}"`);
        if (r.required === 'yes') attrs.push('required="true()"');
        if (r.relevant) attrs.push(`relevant="${x(xpath(r.relevant, n.path))}"`);
        if (r.constraint) attrs.push(`constraint="${x(xpath(r.constraint, n.path))}"`);
        if (r.calculation) attrs.push(`calculate="${x(xpath(r.calculation, n.path))}"`);
        if (kind === 'note') attrs.push('readonly="true()"');
        if (attrs.length > 1) binds.push(`      <bind ${attrs.join(' ')}/>`);
        const label = labelRef(`${n.path}:label`, r.label, 'label') + labelRef(`${n.path}:hint`, r.hint, 'hint');
        outputFrom.set(`${n.path}:label`, n.path).set(`${n.path}:hint`, n.path);
        const appearance = r.appearance ? ` appearance="${x(r.appearance)}"` : '';
        if (r.type === 'begin repeat') {
          const count = n.count ? ` jr:count="${x(xpath(n.count, n.path).trim())}"` : '';
          return `${indent}<group ref="${n.path}">${label}\n${indent}  <repeat nodeset="${n.path}"${count}${appearance}>\n${body(n.children!, indent + '    ')}${indent}  </repeat>\n${indent}</group>\n`;
        }
        if (kind === 'begin')
          return `${indent}<group ref="${n.path}"${appearance}>${label}\n${body(n.children!, indent + '  ')}${indent}</group>\n`;
        if (kind === 'calculate' || kind === 'hidden') return '';
        if (kind === 'select_one' || kind === 'select_multiple' || kind === 'rank') {
          if (!lists.has(list)) fail(`the choices list '${list}' of '${r.name}' does not exist`);
          const tag = { select_one: 'select1', select_multiple: 'select', rank: 'odk:rank' }[kind];
          const random = /(^|\s)randomize=true\b/.test(r.parameters ?? '');
          const nodeset = random ? `randomize(instance('${list}')/root/item)` : `instance('${list}')/root/item`;
          return `${indent}<${tag} ref="${n.path}"${appearance}>${label}<itemset nodeset="${nodeset}"><value ref="name"/><label ref="jr:itext(itextId)"/></itemset></${tag}>\n`;
        }
        // Photos, signatures (appearance signature) and other files are uploads, as pyxform writes them.
        if (kind === 'image' || kind === 'file')
          return `${indent}<upload ref="${n.path}" mediatype="${kind === 'image' ? 'image/*' : 'application/*'}"${appearance}>${label}</upload>\n`;
        return `${indent}<input ref="${n.path}"${appearance}>${label}</input>\n`;
      })
      .join('');

  const instanceXml = instance(root, '          ');
  const bodyXml = body(root, '    ');
  // A piped field inside a repeat is read from the same instance (a relative path from the labelled node).
  const output = (s: string, from: string) =>
    x(s).replace(/\$\{([^}]+)\}/g, (_, name: string) => `<output value="${pathOf(name, from)}"/>`);
  const translations = langs
    .map((l, i) => {
      const texts = [...itext]
        .map(
          ([id, t]) =>
            `          <text id="${x(id)}"><value>${output(t[l] ?? t[langs[0]] ?? '', outputFrom.get(id) ?? '/data')}</value></text>`,
        )
        .join('\n');
      return `        <translation lang="${x(languageColumnName(l))}"${i === 0 ? ' default="true()"' : ''}>\n${texts}\n        </translation>`;
    })
    .join('\n');
  const secondary = [...lists]
    .map(
      ([name, items]) =>
        `      <instance id="${x(name)}">\n        <root>\n${items.map((it) => `          <item><itextId>${x(it.id)}</itextId><name>${x(it.name)}</name></item>`).join('\n')}\n        </root>\n      </instance>`,
    )
    .join('\n');
  const { form_id, form_title, version } = form.settings;
  return `<?xml version="1.0" encoding="UTF-8"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms">
  <h:head>
    <h:title>${x(form_title)}</h:title>
    <model odk:xforms-version="1.0.0">
      <itext>
${translations}
      </itext>
      <instance>
        <data id="${x(form_id)}"${version ? ` version="${x(version)}"` : ''}>
${instanceXml}          <meta>
            <instanceID/>
          </meta>
        </data>
      </instance>
${secondary}
${binds.join('\n')}
      <bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
    </model>
  </h:head>
  <h:body>
${bodyXml}  </h:body>
</h:html>
`;
}

function fail(message: string): never {
  throw new XFormError(message);
}
