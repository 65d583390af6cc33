// The standalone HTML form: one file, no external resource, one script and one style
// element allowed by hash, the survey data as inert JSON. Markup is rendered in the
// default language; the runtime switches language, pages, conditions and validation.
import type { Binding, LText, Survey } from '@survey/compiler';
import { RESPONSE_FORMAT } from '../common/names.ts';
import { esc, jsonForScript } from './escape.ts';
import { contentSecurityPolicy } from './csp.ts';
import { STYLE } from './style.ts';
import { TextTable, uiEl } from './texts.ts';
import { isRtl, languageName, uiStrings } from './ui-strings.ts';
import { uiText } from '../common/ui-text/index.ts';
import { renderPages } from './pages.ts';
import { runtimeFlow } from './flow.ts';
import { formHasImages } from './answer-types.ts';
import { pipedIds, runtimeCalculations, runtimeQuestion } from './data.ts';
import { textKey, type RuntimeData } from './runtime/data.ts';
import { exprToJson } from '../common/expr.ts';
import { RUNTIME_JS } from './runtime.generated.ts';
import { packData } from './runtime/pack.ts';
import { compact } from '../common/json.ts';
import { expandRosters } from './rosters/expand.ts';
import { renderRosterSection } from './rosters/render.ts';

export interface HtmlOptions {
  /** POST the response here instead of downloading it. */
  submitUrl?: string;
}

export function emitHtml(source: Survey, sourceBinding: Binding, options: HtmlOptions = {}): string {
  // Repeat groups become one copy of their questions per possible instance (rosters/expand.ts).
  const rosters = expandRosters(source, sourceBinding);
  const { survey, binding } = rosters;
  const lang = survey.defaultLanguage;
  const ui = uiStrings(survey.languages);
  const t = new TextTable(lang, pipedIds(survey));
  const c = { t, ui, lang, templates: new Map<string, string>() };
  const sections = survey.sections.filter((s) => s.questions.length > 0);
  const title = t.el('h1', 'survey.title', survey.title ?? { [lang]: survey.id });
  const langSwitch =
    survey.languages.length > 1
      ? `<div class="lang">${uiEl('label', 'language', ui, lang, ' for="lang"')}<select id="lang">${survey.languages.map((l) => `<option value="${esc(l)}" lang="${esc(l)}"${l === lang ? ' selected' : ''}>${esc(languageName(l))}</option>`).join('')}</select></div>`
      : '';
  const duration = survey.minuteLimit
    ? t.el('p', 'survey.duration', durationText(survey.minuteLimit, survey.languages, survey.intro), ' class="duration"')
    : '';
  const terms = [...survey.glossary];
  // A glossary as a disclosure in the intro, not hover tooltips: it works on touch screens
  // and with screen readers, and follows the language switch like every other text.
  const glossary = terms.length
    ? `<details class="glossary">${uiEl('summary', 'glossary', ui, lang)}<dl>${terms.map(([term, def]) => `<dt>${esc(term)}</dt>${t.el('dd', `glossary.${term}`, def)}`).join('')}</dl></details>`
    : '';
  const intro =
    survey.intro || survey.confidentiality || duration || glossary
      ? `<section class="intro" id="intro" aria-labelledby="intro-h">${uiEl('h2', 'intro', ui, lang, ' id="intro-h" class="visually-hidden"')}${survey.intro ? t.el('p', 'survey.intro', survey.intro) : ''}${duration}${survey.confidentiality ? t.el('p', 'survey.confidentiality', survey.confidentiality, ' class="confidentiality"') : ''}${glossary}</section>`
      : '';
  // A section with repeat groups is drawn with its instances' fieldsets (rosters/render.ts).
  const rendered = renderPages(
    survey,
    sections,
    c,
    rosters.paths.size ? (s, i) => renderRosterSection(s, i, c, rosters.paths, survey.languages) : undefined,
  );
  const pages = rendered.html;
  const pageCount = rendered.pages.length;
  const progress = `<div class="progress"><progress id="progress-bar" max="${pageCount}" value="1" aria-labelledby="progress-text"></progress><span id="progress-text">${esc((ui.progress[lang] ?? '').replace('{n}', '1').replace('{total}', String(pageCount)))}</span></div>`;
  const nav = `<div class="nav">${uiEl('button', 'previous', ui, lang, ' type="button" id="prev" hidden')}${uiEl('button', 'next', ui, lang, ' type="button" id="next" class="primary"')}${uiEl('button', 'submit', ui, lang, ' type="submit" id="submit" class="primary" hidden')}</div>`;
  const data: RuntimeData = {
    format: RESPONSE_FORMAT,
    id: survey.id,
    version: survey.version,
    languages: survey.languages,
    defaultLanguage: lang,
    storageKey: `survey:${survey.id}:${survey.version ?? ''}`,
    submitUrl: options.submitUrl,
    texts: {},
    ui,
    pipes: [...t.pipes],
    pages: rendered.pages.map((p) => (p.id === p.section ? { id: p.id, questions: p.questions } : p)),
    questions: survey.questions.map((q) => runtimeQuestion(q, binding)),
    hidden: [...survey.hidden.values()].map((h) =>
      compact({ id: h.id, type: h.type, required: h.required, codes: h.choices?.options.map((o) => o.code) }),
    ),
  };
  const rtl = survey.languages.filter(isRtl);
  if (rtl.length) data.rtl = rtl;
  if (rosters.rosters.length) data.rosters = rosters.rosters;
  if (survey.calculations.size) data.calculations = runtimeCalculations(survey, binding);
  const flow = runtimeFlow(survey, binding, rendered.pages, t);
  if (flow) data.flow = flow;
  const checks = survey.checks.filter((c) => c.anchor && c.expr);
  if (checks.length)
    data.checks = checks.map((c, i) => {
      t.html(textKey.check(i), c.message);
      return { expr: exprToJson(c.expr, binding), items: c.items, anchor: c.anchor!, message: textKey.check(i) };
    });
  // Labels of hidden codes, for piping `{channel}`.
  for (const h of survey.hidden.values()) for (const o of h.choices?.options ?? []) t.html(`opt.${h.id}.${o.code}`, o.label);
  data.texts = t.shared();
  const body = [
    `<div class="wrap">`,
    `<header>${title}${langSwitch}</header>`,
    `<main>`,
    intro,
    uiEl('noscript', 'noscript', ui, lang),
    `<p id="link-problem" class="status problem" role="alert" tabindex="-1" hidden></p>`,
    progress,
    // What a respondent needs before the first question: which are required, and that
    // answers are kept as they go (the runtime says so if this browser cannot keep them).
    survey.questions.some((q) => q.required) ? uiEl('p', 'requiredNote', ui, lang, ' id="required-note" class="required-note"') : '',
    uiEl('p', 'saved', ui, lang, ' id="saved-note" class="saved-note"'),
    // The error summary above the questions, where a phone's screen shows it: one link per problem.
    // Focus moves to it when a page has several problems (a named region, so it is announced).
    `<section id="error-summary" class="error-summary" aria-labelledby="error-summary-title" tabindex="-1" hidden><h2 id="error-summary-title" class="error-title"></h2><ul id="error-links" class="error-links" hidden></ul></section>`,
    `<form id="survey-form" novalidate>`,
    pages,
    nav,
    `</form>`,
    ...c.templates.values(),
    `<p id="status" class="status" role="status"></p>`,
    `<p id="alert" class="status problem" role="alert"></p>`,
    uiEl('button', 'download', ui, lang, ' type="button" id="download" hidden'),
    `<div class="done" id="done" tabindex="-1" hidden><p id="done-text"></p>`,
    // After a download the browser cannot confirm that a file was saved: the answers stay in
    // local storage, shown here to copy, until the respondent says they have them.
    `<div id="keep" hidden>${uiEl('label', 'responseText', ui, lang, ' for="response-text"')}`,
    `<textarea id="response-text" readonly rows="8" spellcheck="false"></textarea>`,
    `<p class="nav">${uiEl('button', 'copy', ui, lang, ' type="button" id="copy"')}${uiEl('button', 'download', ui, lang, ' type="button" id="download-again"')}${uiEl('button', 'forget', ui, lang, ' type="button" id="forget"')}</p></div></div>`,
    `</main>`,
    `</div>`,
  ].join('\n');
  const pageTitle = esc(survey.title?.[lang] ?? survey.id);
  return [
    '<!doctype html>',
    `<html lang="${esc(lang)}" dir="${isRtl(lang) ? 'rtl' : 'ltr'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(RUNTIME_JS, STYLE, options.submitUrl, formHasImages(survey.questions)))}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${pageTitle}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    `<script type="application/json" id="survey-data">${jsonForScript(packData(data))}</script>`,
    `<script>${RUNTIME_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** "About N minutes" in each language, from `limit minutes N`; empty where the intro already gives that number. */
function durationText(minutes: number, languages: string[], intro: LText | undefined): LText {
  const out: LText = {};
  for (const l of languages) {
    const said = new RegExp(`(^|\\D)${minutes}(\\D|$)`).test(intro?.[l] ?? '');
    out[l] = said ? '' : minutes === 1 ? uiText('durationOne', l) : uiText('duration', l).replace('{n}', String(minutes));
  }
  return out;
}
