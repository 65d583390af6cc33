// A SurveyJS form (JSON) as an ImportedSurvey: pages become sections, radiogroup /
// dropdown → single, checkbox / tagbox → multi, ranking, rating (its rate values
// become a scale), matrix (columns as the scale, rows as items), text / comment
// (number and date input types), boolean → yesno. Localised strings give the
// languages. Other element types are reported and kept as comments.
import type { Text } from '../../model.ts';
import { languageOfLocale } from '../../export/surveyjs/texts.ts';
import { CondError, printCond, type CondContext } from '../condition.ts';
import type {
  ImportedOption,
  ImportedQuestion,
  ImportedRoster,
  ImportedScale,
  ImportedSection,
  ImportedSurvey,
  ImportProblem,
} from '../ir.ts';
import { surveyJsFormula } from '../formula.ts';
import { IdSpace, toCode, toId } from '../names.ts';
import { parseSurveyJsExpression } from './expression.ts';

type J = Record<string, unknown>;

export function surveyJsToSurvey(json: unknown, file: string, fallbackId: string): { survey: ImportedSurvey; problems: ImportProblem[] } {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${file}: a SurveyJS form is a JSON object`);
  const root = json as J;
  const problems: ImportProblem[] = [];
  const langs = new Set<string>();
  const defaultLang = typeof root.locale === 'string' && root.locale ? languageOfLocale(root.locale) : undefined;
  collectLocales(root, langs);
  const languages = [...langs];
  if (!languages.length) languages.push(defaultLang ?? guessLang(root));
  const first = defaultLang && languages.includes(defaultLang) ? defaultLang : languages[0];
  languages.splice(languages.indexOf(first), 1);
  languages.unshift(first);
  // A plain string is in SurveyJS's default locale: English, or the only language.
  const plainLang = langs.size ? (defaultLang && langs.has(defaultLang) ? defaultLang : 'en') : languages[0];
  if (!languages.includes(plainLang)) languages.push(plainLang);
  const text = (v: unknown): Text | undefined => {
    if (typeof v === 'string') return { [plainLang]: v };
    if (v && typeof v === 'object') {
      const out: Text = {};
      for (const [k, s] of Object.entries(v as Record<string, string>)) if (typeof s === 'string') out[languageOfLocale(k)] = s;
      return out;
    }
    return undefined;
  };

  const ids = new IdSpace();
  const nameToId = new Map<string, string>();
  const byId = new Map<string, ImportedQuestion>();
  const scales: ImportedScale[] = [];
  const survey: ImportedSurvey = {
    id: toId(typeof root.id === 'string' ? root.id : fallbackId, 'survey'),
    languages,
    scales,
    choiceLists: [],
    sections: [],
    comments: [],
  };
  if (root.title) survey.title = text(root.title);
  if (root.description) survey.intro = text(root.description);
  // Inside a dynamic panel `{panel.q}` (`{parentpanel.q}`) is the same instance's answer.
  const idOf = (n: string) => nameToId.get(n) ?? nameToId.get(n.replace(/^(parent)?panel\./, ''));
  const open: ImportedRoster[] = []; // the dynamic panels being read, outermost first
  const ctx: CondContext = {
    idOf,
    isMulti: (id) => byId.get(id)?.kind === 'multi' || byId.get(id)?.kind === 'ranking',
    isNumeric: (id) => ['rating', 'number', 'matrix'].includes(byId.get(id)?.kind ?? ''),
    missingCodes: (id) => (scales.find((sc) => sc.id === byId.get(id)?.scale)?.points ?? []).filter((p) => p.missing).map((p) => p.value),
    codeOf: (id, v) => (byId.get(id)?.kind === 'yesno' ? (v === 'true' ? 'yes' : v === 'false' ? 'no' : v) : v),
  };
  const cond = (expr: unknown, where: string, comments: string[]): string | undefined => {
    if (typeof expr !== 'string' || !expr.trim()) return undefined;
    try {
      return printCond(parseSurveyJsExpression(expr), ctx);
    } catch (e) {
      if (!(e instanceof CondError)) throw e;
      comments.push(`visibleIf not imported: ${expr} (${e.message})`);
      problems.push({ file, where, message: `visibleIf '${expr}' not imported: ${e.message}` });
      return undefined;
    }
  };
  const scaleFor = (values: { value: number; label?: Text }[], name: string): string | undefined => {
    const sorted = values.map((v) => v.value);
    if (sorted.length < 2 || sorted.some((v) => !Number.isFinite(v))) return undefined;
    const step = sorted[1] - sorted[0];
    let n = 1;
    while (n < sorted.length && sorted[n] - sorted[n - 1] === step) n++;
    if (step <= 0) return undefined;
    const points = values.map((v, k) => ({ value: v.value, label: v.label, ...(k >= n ? { missing: true } : {}) }));
    const key = JSON.stringify(points);
    const same = scales.find((s) => JSON.stringify(s.points) === key);
    if (same) return same.id;
    const sc: ImportedScale = { id: ids.take(`${name}_scale`, 'scale'), min: sorted[0], max: sorted[n - 1], step, points };
    for (const p of sc.points)
      if (p.label && Object.values(p.label).every((t) => t === String(p.value)) && p.value !== sc.min && p.value !== sc.max) delete p.label;
    scales.push(sc);
    return sc.id;
  };

  const calcs: { cv: J; at: string }[] = [];
  // Hidden variables: calculated values that copy a variable of the same name into the result.
  (Array.isArray(root.calculatedValues) ? (root.calculatedValues as J[]) : []).forEach((cv, i) => {
    const at = `calculatedValues[${i}] ${String(cv.name ?? '')}`.trim();
    if (typeof cv.name === 'string' && cv.includeIntoResult === true && String(cv.expression ?? '').trim() === `{${cv.name}}`)
      (survey.hidden ??= []).push({ id: ids.take(cv.name), type: 'text', required: false });
    else if (typeof cv.name === 'string' && typeof cv.expression === 'string') {
      nameToId.set(cv.name, ids.take(cv.name));
      calcs.push({ cv, at });
    } else {
      survey.comments.push(`${at}: calculated value ${JSON.stringify(cv.expression ?? '')} not imported`);
      problems.push({ file, where: at, message: 'calculated value not imported: no equivalent' });
    }
  });
  const pages = Array.isArray(root.pages) ? (root.pages as J[]) : [{ elements: root.elements ?? root.questions ?? [] }];
  pages.forEach((page, pi) => {
    const where = `pages[${pi}]`;
    const section: ImportedSection =
      pages.length === 1 && !page.title && !page.visibleIf
        ? { id: '', implicit: true, comments: [], questions: [] }
        : { id: ids.take(String(page.name ?? `page${pi + 1}`), 'page'), title: text(page.title), comments: [], questions: [] };
    if (!section.implicit) section.when = cond(page.visibleIf, where, section.comments);
    let pending: string[] = [];
    const walk = (elements: unknown, path: string) => {
      if (!Array.isArray(elements)) return;
      elements.forEach((el: J, ei) => {
        const at = `${path}.elements[${ei}] ${String(el.name ?? '')}`.trim();
        if (el.type === 'panel') {
          const note = `${at}: panel ${el.name ?? ''} flattened into the page${el.visibleIf ? ` (its visibleIf ${el.visibleIf} is not imported)` : ''}`;
          pending.push(note);
          problems.push({ file, where: at, message: note });
          walk(el.elements, `${path}.elements[${ei}]`);
          return;
        }
        if (el.type === 'paneldynamic') {
          const r = rosterOf(el, at);
          if (r) {
            r.comments.push(...pending);
            pending = [];
            (survey.rosters ??= []).push(r);
            nameToId.set(String(el.name), r.id);
            nameToId.set(`${String(el.name)}.length`, r.id);
            open.push(r);
            walk(el.templateElements, `${path}.elements[${ei}]`);
            open.pop();
            return;
          }
          const note = `${at}: paneldynamic ${String(el.name ?? '')} imported once: its panels are added by the respondent (no panelCount, bindings.panelCount or valueName of a checkbox)`;
          pending.push(note);
          problems.push({ file, where: at, message: note });
          walk(el.templateElements, `${path}.elements[${ei}]`);
          return;
        }
        const q = element(el, at, pending);
        if (!q) return;
        pending = [];
        if (open.length) q.roster = open[open.length - 1].id;
        section.questions.push(q);
      });
    };
    walk(page.elements, where);
    if (pending.length) (section.after ??= []).push(...pending);
    survey.sections.push(section);
  });
  survey.sections = survey.sections.filter((s) => s.questions.length);
  for (const { cv, at } of calcs) {
    try {
      const expr = surveyJsFormula(String(cv.expression), {
        idOf,
        isCoded: (id) => ['single', 'multi', 'yesno'].includes(byId.get(id)?.kind ?? ''),
      });
      (survey.lets ??= []).push({ id: nameToId.get(String(cv.name))!, expr, comments: [] });
    } catch (e) {
      if (!(e instanceof CondError)) throw e;
      survey.comments.push(`${at}: calculated value ${JSON.stringify(cv.expression)} not imported (${e.message})`);
      problems.push({ file, where: at, message: `calculated value not imported: ${e.message}` });
    }
  }
  return { survey, problems };

  /** A dynamic panel whose number of panels we can say: fixed, bound to a number question, or one per chosen option. */
  function rosterOf(el: J, at: string): ImportedRoster | undefined {
    const parent = open.length ? { parent: open[open.length - 1].id } : {};
    const base = { title: text(el.title), comments: [] as string[], ...parent };
    const max = typeof el.maxPanelCount === 'number' && el.maxPanelCount >= 1 && el.maxPanelCount <= 100 ? el.maxPanelCount : undefined;
    const bound = (el.bindings as J | undefined)?.panelCount;
    const source = (name: unknown) => (typeof name === 'string' ? byId.get(idOf(name) ?? '') : undefined);
    if (typeof bound === 'string' && source(bound)?.kind === 'number') {
      const q = source(bound)!;
      const needsMax = !(typeof q.max === 'number' && q.max >= 1 && q.max <= 100);
      return { id: ids.take(String(el.name)), count: `for ${q.id}`, ...(max || needsMax ? { max: max ?? 100 } : {}), ...base };
    }
    if (typeof el.valueName === 'string' && source(el.valueName)?.kind === 'multi')
      return { id: ids.take(String(el.name)), count: `for each ${source(el.valueName)!.id}`, ...(max ? { max } : {}), ...base };
    const n = el.panelCount;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 100 && el.allowAddPanel === false)
      return { id: ids.take(String(el.name)), count: String(n), ...base };
    void at;
    return undefined;
  }

  function element(el: J, at: string, pending: string[]): ImportedQuestion | undefined {
    const type = String(el.type ?? '');
    const unmapped = (why: string) => {
      pending.push(`${at}: ${type} not imported: ${why}`);
      problems.push({ file, where: at, message: `${type} not imported: ${why}` });
      return undefined;
    };
    if (typeof el.name !== 'string' && type !== 'html') return unmapped('an element without a name');
    const base = (kind: ImportedQuestion['kind']): ImportedQuestion => {
      const id = ids.take(String(el.name));
      const comments = [...pending];
      if (id !== el.name) comments.push(`${at}: name ${el.name} imported as ${id}`);
      return {
        kind,
        id,
        text: panelPipes(text(el.title)) ?? { [languages[0]]: String(el.name) },
        ...(el.description ? { help: panelPipes(text(el.description)) } : {}),
        required: el.isRequired === true,
        comments,
      };
    };
    let q: ImportedQuestion;
    switch (type) {
      case 'radiogroup':
      case 'dropdown':
      case 'checkbox':
      case 'tagbox':
      case 'ranking': {
        q = base(type === 'ranking' ? 'ranking' : type === 'checkbox' || type === 'tagbox' ? 'multi' : 'single');
        // Carry-forward: the selected or unselected choices of an earlier question.
        const source = typeof el.choicesFromQuestion === 'string' ? nameToId.get(el.choicesFromQuestion) : undefined;
        const mode = el.choicesFromQuestionMode;
        if (source && (mode === 'selected' || mode === 'unselected')) {
          q.from = source;
          q.fromSelected = mode === 'selected';
          if (el.choicesOrder === 'random') q.randomize = true;
          break;
        }
        q.options = choices(el);
        if (q.options.length < 2) return unmapped('fewer than two choices (choicesByUrl and other choicesFromQuestion modes are not read)');
        if (el.choicesOrder === 'random') q.randomize = true;
        if (typeof el.minSelectedChoices === 'number') q.min = el.minSelectedChoices;
        if (typeof el.maxSelectedChoices === 'number') q.max = el.maxSelectedChoices;
        break;
      }
      case 'rating': {
        q = base('rating');
        const values = Array.isArray(el.rateValues)
          ? (el.rateValues as unknown[]).map((v) =>
              typeof v === 'object' && v ? { value: Number((v as J).value), label: text((v as J).text) } : { value: Number(v) },
            )
          : range(Number(el.rateMin ?? 1), Number(el.rateMax ?? 5), Number(el.rateStep ?? 1));
        if (!Array.isArray(el.rateValues) && values.length) {
          if (el.minRateDescription) values[0].label = text(el.minRateDescription);
          if (el.maxRateDescription) values[values.length - 1].label = text(el.maxRateDescription);
        }
        const sc = scaleFor(values, q.id);
        if (!sc) return unmapped('its rate values are not numbers on an even grid');
        q.scale = sc;
        break;
      }
      case 'matrix': {
        q = base('matrix');
        const cols = (Array.isArray(el.columns) ? el.columns : []).map((c: unknown) =>
          typeof c === 'object' && c
            ? { value: Number((c as J).value), label: text((c as J).text) }
            : { value: Number(c), label: undefined },
        );
        const sc = scaleFor(cols, q.id);
        if (!sc) return unmapped('its columns are not numbers on an even grid');
        q.scale = sc;
        q.rows = (Array.isArray(el.rows) ? el.rows : []).map((r: unknown) => {
          const value = typeof r === 'object' && r ? String((r as J).value) : String(r);
          const id = ids.take(value, 'row');
          nameToId.set(`${el.name}.${value}`, id);
          byId.set(id, { ...q, kind: 'rating' });
          return { id, text: (typeof r === 'object' && r ? text((r as J).text) : undefined) ?? { [languages[0]]: value } };
        });
        if (el.eachRowRequired === true || el.isAllRowRequired === true) q.required = true;
        if (el.rowOrder === 'random' || el.rowsOrder === 'random') q.randomize = true;
        break;
      }
      case 'boolean':
        q = base('yesno');
        if ((el.valueTrue !== undefined && el.valueTrue !== 'yes') || (el.valueFalse !== undefined && el.valueFalse !== 'no'))
          q.comments.push(`${at}: stored values ${String(el.valueTrue ?? true)}/${String(el.valueFalse ?? false)} become yes/no`);
        break;
      case 'text':
      case 'comment': {
        const input = String(el.inputType ?? 'text');
        q = base(input === 'number' || input === 'range' ? 'number' : input === 'date' ? 'date' : 'text');
        if (q.kind === 'number' || q.kind === 'date') {
          if (el.min !== undefined) q.min = q.kind === 'number' ? Number(el.min) : String(el.min);
          if (el.max !== undefined) q.max = q.kind === 'number' ? Number(el.max) : String(el.max);
        } else if (!['text', 'email', 'url', 'tel', 'password'].includes(input)) {
          q.comments.push(`${at}: input type ${input} imported as free text`);
          problems.push({ file, where: at, message: `input type '${input}' imported as free text` });
        }
        if (q.kind === 'text' && typeof el.maxLength === 'number' && el.maxLength > 0) q.max = el.maxLength;
        if (q.kind === 'number' && el.step === 1) q.integer = true;
        validators(el, q, at);
        break;
      }
      case 'file': {
        q = base('file');
        if (typeof el.acceptedTypes === 'string' && el.acceptedTypes.trim())
          q.accept = el.acceptedTypes
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
        if (el.maxSize !== undefined) {
          q.comments.push(`${at}: maxSize ${JSON.stringify(el.maxSize)} not imported`);
          problems.push({ file, where: at, message: 'maxSize not imported: the default limit applies' });
        }
        break;
      }
      case 'signaturepad':
        q = base('signature');
        break;
      case 'imagepicker': {
        q = base(el.multiSelect === true ? 'multi' : 'single');
        q.options = choices(el);
        if (q.options.length < 2) return unmapped('fewer than two choices');
        q.comments.push(`${at}: the choices' images (imageLink) are not imported; the options keep their labels`);
        problems.push({ file, where: at, message: 'imagepicker images not imported: options imported with their labels' });
        break;
      }
      case 'multipletext': {
        // Our exporter's location: latitude and longitude typed as two numbers.
        const items = Array.isArray(el.items) ? (el.items as J[]).map((i) => i.name) : [];
        if (items.length !== 2 || items[0] !== 'lat' || items[1] !== 'lon')
          return unmapped(`the SurveyJS type '${type}' has no equivalent`);
        q = base('geopoint');
        break;
      }
      default:
        return unmapped(`the SurveyJS type '${type}' has no equivalent`);
    }
    q.when = cond(el.visibleIf, at, q.comments);
    for (const key of ['enableIf', 'requiredIf', 'defaultValue', 'correctAnswer']) {
      if (el[key] === undefined) continue;
      q.comments.push(`${at}: ${key} ${JSON.stringify(el[key])} not imported`);
      problems.push({ file, where: at, message: `${key} not imported: no equivalent` });
    }
    nameToId.set(String(el.name), q.id);
    byId.set(q.id, q);
    return q;
  }

  /** `{panel.q}` → `{q}`, `{panelIndex}` → the counted group's name (its position). */
  function panelPipes(t: Text | undefined): Text | undefined {
    if (!t || !open.length) return t;
    const inner = open[open.length - 1];
    return Object.fromEntries(
      Object.entries(t).map(([k, v]) => [
        k,
        v
          .replace(/\{(?:parent)?panel\.([A-Za-z_][\w]*)\}/g, (m, n: string) => {
            const id = idOf(n);
            return id ? `{${id}}` : m;
          })
          .replace(/\{panelIndex\}/g, (m) => (inner.count.startsWith('for each') ? m : `{${inner.id}}`)),
      ]),
    );
  }

  function choices(el: J): ImportedOption[] {
    const raw = Array.isArray(el.choices) ? el.choices : [];
    const out: ImportedOption[] = raw.map((c: unknown) => {
      if (typeof c !== 'object' || !c) return { code: toCode(String(c)), label: text(String(c))! };
      const o = c as J;
      return {
        code: toCode(String(o.value)),
        label: text(o.text ?? String(o.value))!,
        ...(o.showCommentArea ? { specify: true } : {}),
        ...(o.isExclusive ? { exclusive: true } : {}),
      };
    });
    if (el.showOtherItem || el.hasOther)
      out.push({ code: 'other', label: text(el.otherText) ?? { [languages[0]]: 'Other (please specify)' }, specify: true });
    if (el.showNoneItem || el.hasNone) out.push({ code: 'none', label: text(el.noneText) ?? { [languages[0]]: 'None' }, exclusive: true });
    return out;
  }

  function validators(el: J, q: ImportedQuestion, at: string): void {
    for (const v of Array.isArray(el.validators) ? (el.validators as J[]) : []) {
      if (v.type === 'numeric' && q.kind === 'number') {
        if (typeof v.minValue === 'number') q.min = v.minValue;
        if (typeof v.maxValue === 'number') q.max = v.maxValue;
      } else if (v.type === 'text' && q.kind === 'text') {
        if (typeof v.minLength === 'number' && v.minLength > 0) q.min = v.minLength;
        if (typeof v.maxLength === 'number' && v.maxLength > 0) q.max = v.maxLength;
      } else if (v.type === 'regex' && q.kind === 'number' && v.regex === '^-?\\d+$') q.integer = true;
      else if (v.type === 'regex' && q.kind === 'text' && typeof v.regex === 'string') q.pattern = v.regex;
      else {
        q.comments.push(`${at}: validator ${JSON.stringify(v)} not imported`);
        problems.push({ file, where: at, message: `validator '${String(v.type)}' not imported: no equivalent` });
      }
    }
  }
}

function range(min: number, max: number, step: number): { value: number; label?: Text }[] {
  const out: { value: number; label?: Text }[] = [];
  for (let v = min; v <= max && out.length < 1000; v += step) out.push({ value: v });
  return out;
}

function collectLocales(v: unknown, out: Set<string>, key = ''): void {
  if (Array.isArray(v)) return v.forEach((x) => collectLocales(x, out));
  if (!v || typeof v !== 'object') return;
  const o = v as Record<string, unknown>;
  const localizable = ['title', 'description', 'text', 'otherText', 'noneText', 'minRateDescription', 'maxRateDescription'];
  if (localizable.includes(key) && Object.values(o).every((s) => typeof s === 'string')) {
    for (const k of Object.keys(o)) out.add(languageOfLocale(k));
    return;
  }
  for (const [k, x] of Object.entries(o)) collectLocales(x, out, k);
}

function guessLang(root: J): string {
  return /[\u4e00-\u9fff]/.test(JSON.stringify(root)) ? 'zh' : 'en';
}
