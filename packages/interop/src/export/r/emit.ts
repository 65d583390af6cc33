// An R script (base R only) defining read_<id>(file, lang): it reads the response
// CSV (data/variables.ts fixes its columns), turns coded answers into factors with
// the labels of the chosen language (ordered factors for scales, missing codes
// becoming NA and listed in the `na_codes` attribute), numbers into numeric, dates
// into Date, derives a 0/1 indicator per option of each multi-select, and puts each
// variable's label in its "label" attribute (the convention of Hmisc, haven and
// labelled). Non-ASCII text is written as \u escapes so the script parses the same
// in any locale. Run as `Rscript <id>.R responses.csv [out.rds]` or source() it.
import type { SurveyIndex, Text } from '../../model.ts';
import { targetNames } from '../data/names.ts';
import { dataVariables, indicatorLabel, indicatorsOf, responsesFileName, type DataVariable } from '../data/variables.ts';
import type { Notes } from '../notes.ts';

/** An R string literal, ASCII only. */
function rString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (c < 0x80) out += ch;
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += `\\U${c.toString(16).padStart(8, '0')}`;
  }
  return `${out}"`;
}

const rIdent = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

export function emitR(ix: SurveyIndex, _notes: Notes): string {
  const { doc } = ix;
  const langs = [doc.defaultLanguage, ...doc.languages.filter((l) => l !== doc.defaultLanguage)];
  const tr = (t: Text | undefined, fallback: string) => {
    const parts = langs.filter((l) => t?.[l] !== undefined).map((l) => `${rIdent(l)} = ${rString(t![l])}`);
    return parts.length ? `tr(${parts.join(', ')})` : rString(fallback);
  };
  const vars = dataVariables(ix);
  const names = targetNames(vars, { maxLength: 10000, fix: (n) => n, reserved: new Set() });
  const col = (v: DataVariable) => `d[[${rString(v.name)}]]`;
  const fn = `read_${doc.id}`;
  const body: string[] = [];
  for (const v of vars) {
    const c = col(v);
    if (v.storage === 'date') body.push(`  ${c} <- as.Date(${c}, format = "%Y-%m-%d")`);
    else if (v.values.length && !v.codeSet) {
      // Every valid value is a level (unlabelled scale points are labelled with their value).
      const labelled = new Map(v.values.filter((x) => !x.missing).map((x) => [String(x.code), x.label]));
      const codes = v.points ? v.points.map(String) : [...labelled.keys()];
      const labels = codes.map((k) => tr(labelled.get(k), k));
      const missing = v.values.filter((x) => x.missing);
      body.push(
        `  ${c} <- coded(${c}, ${rString(v.name)}, c(${codes.map(rString).join(', ')}),`,
        `    c(${labels.join(', ')}),`,
        `    na = c(${missing.map((m) => `${rString(String(m.code))} = ${tr(m.label, String(m.code))}`).join(', ')}), ordered = ${v.level === 'ordinal' ? 'TRUE' : 'FALSE'})`,
      );
    } else if (v.storage === 'number') body.push(`  ${c} <- numeric_of(${c}, ${rString(v.name)})`);
  }
  for (const v of vars)
    for (const o of indicatorsOf(v)) {
      const ind = `d[[${rString(names.indicator(v.name, o.code))}]]`;
      body.push(
        `  ${ind} <- ifelse(is.na(${col(v)}), NA_integer_, as.integer(grepl(${rString(`;${o.code};`)}, paste0(";", ${col(v)}, ";"), fixed = TRUE)))`,
      );
      body.push(
        `  attr(${ind}, "label") <- ${tr(
          textMap(langs, (l) => indicatorLabel(v, o.label, l)),
          names.indicator(v.name, o.code),
        )}`,
      );
    }
  for (const v of vars) body.push(`  attr(${col(v)}, "label") <- ${tr(v.label, v.name)}`);
  return [
    `# ${(ix.text(doc.title) || doc.id).replace(/\s+/g, ' ')} (${doc.id}): reads ${responsesFileName(doc.id)}, one row per response`,
    '# with the response columns of the analysis configuration (any order; a multi-select as codes',
    "# separated by ';'), and returns a data frame with labels, factors, missing codes and indicators.",
    '# Written by `survey build --only r`; needs base R only.',
    `#   source("${doc.id}.R"); responses <- ${fn}("${responsesFileName(doc.id)}", lang = "${doc.defaultLanguage}")`,
    `#   Rscript ${doc.id}.R ${responsesFileName(doc.id)} ${doc.id}.rds`,
    '',
    `${fn} <- function(file = ${rString(responsesFileName(doc.id))}, lang = ${rString(doc.defaultLanguage)}) {`,
    '  tr <- function(...) {',
    '    x <- c(...)',
    '    if (lang %in% names(x)) x[[lang]] else x[[1]]',
    '  }',
    '  # A coded answer as a factor; missing codes (and unanswered cells) become NA.',
    '  coded <- function(x, name, codes, labels, na = character(), ordered = FALSE) {',
    '    bad <- setdiff(unique(x[!is.na(x)]), c(codes, names(na)))',
    '    if (length(bad)) warning(name, ": values that are not codes become NA: ", paste(bad, collapse = ", "), call. = FALSE)',
    '    f <- factor(x, levels = codes, labels = labels, ordered = ordered)',
    '    if (length(na)) attr(f, "na_codes") <- na',
    '    f',
    '  }',
    '  numeric_of <- function(x, name) {',
    '    n <- suppressWarnings(as.numeric(x))',
    '    bad <- unique(x[!is.na(x) & is.na(n)])',
    '    if (length(bad)) warning(name, ": values that are not numbers become NA: ", paste(bad, collapse = ", "), call. = FALSE)',
    '    n',
    '  }',
    '  d <- utils::read.csv(file, colClasses = "character", na.strings = "", check.names = FALSE, encoding = "UTF-8")',
    '  names(d) <- sub("^\\ufeff", "", names(d))',
    `  columns <- c(${vars.map((v) => rString(v.name)).join(', ')})`,
    '  unknown <- setdiff(names(d), columns)',
    `  if (length(unknown)) stop("columns that are not variables of ${doc.id}: ", paste(unknown, collapse = ", "), call. = FALSE)`,
    '  for (name in setdiff(columns, names(d))) d[[name]] <- rep(NA_character_, nrow(d))',
    '  d <- d[columns]',
    ...body,
    '  d',
    '}',
    '',
    '# Run as a script: Rscript <this file> [responses.csv] [out.rds]',
    'if (sys.nframe() == 0L) {',
    '  args <- commandArgs(trailingOnly = TRUE)',
    `  responses <- ${fn}(if (length(args) >= 1) args[[1]] else ${rString(responsesFileName(doc.id))})`,
    '  if (length(args) >= 2) saveRDS(responses, args[[2]]) else utils::str(responses)',
    '}',
    '',
  ].join('\n');
}

function textMap(langs: string[], f: (l: string) => string): Text {
  return Object.fromEntries(langs.map((l) => [l, f(l)]));
}
