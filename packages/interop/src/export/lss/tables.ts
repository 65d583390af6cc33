// The .lss file as LimeSurvey writes it (export_helper.php, surveyGetXMLData): a
// <document> with the document type, DBVersion and languages, then one element per
// database table, each a <fields> list and <rows> of <row> records whose values are
// CDATA sections (an empty value is an empty element). Characters XML 1.0 does not
// allow are dropped, and `]]>` is split across two sections, as LimeSurvey does.
export type LssRow = Record<string, string | number | undefined>;

export interface LssTable {
  name: string;
  fields: readonly string[];
  rows: LssRow[];
}

const invalidXml = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function cdata(v: string): string {
  return `<![CDATA[${v.replace(invalidXml, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

function value(name: string, v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return s === '' ? `    <${name}/>` : `    <${name}>${cdata(s)}</${name}>`;
}

/** The whole document; tables without rows are left out, as LimeSurvey does. */
export function printLss(dbVersion: number, languages: string[], tables: LssTable[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<document>',
    ' <LimeSurveyDocType>Survey</LimeSurveyDocType>',
    ` <DBVersion>${dbVersion}</DBVersion>`,
    ' <languages>',
    ...languages.map((l) => `  <language>${l}</language>`),
    ' </languages>',
  ];
  for (const t of tables) {
    if (!t.rows.length) continue;
    out.push(` <${t.name}>`, '  <fields>', ...t.fields.map((f) => `   <fieldname>${f}</fieldname>`), '  </fields>', '  <rows>');
    for (const r of t.rows) out.push('   <row>', ...t.fields.map((f) => value(f, r[f])), '   </row>');
    out.push('  </rows>', ` </${t.name}>`);
  }
  out.push('</document>', '');
  return out.join('\n');
}
