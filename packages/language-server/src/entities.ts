// From a binder Declaration to the semantic-model object it declared, matched by
// file and name position (duplicates declare several objects with one name).
import type {
  Calculation,
  ChoiceList,
  Choice,
  Declaration,
  HiddenVariable,
  LText,
  Question,
  Roster,
  Row,
  Scale,
  Score,
  Section,
  Stratification,
  Stratum,
  Survey,
} from '@survey/compiler';

export type Entity =
  | { kind: 'question'; value: Question }
  | { kind: 'row'; value: Row }
  | { kind: 'hidden'; value: HiddenVariable }
  | { kind: 'scale'; value: Scale }
  | { kind: 'choices'; value: ChoiceList }
  | { kind: 'code'; value: Choice; list: ChoiceList }
  | { kind: 'section'; value: Section }
  | { kind: 'score'; value: Score }
  | { kind: 'calc'; value: Calculation }
  | { kind: 'strata'; value: Stratification }
  | { kind: 'stratum'; value: Stratum; strata: Stratification }
  | { kind: 'glossary'; value: LText; name: string }
  | { kind: 'survey'; value: Survey }
  | { kind: 'roster'; value: Roster };

const at = (d: Declaration, file: string, range: { start: number } | undefined) => file === d.file && range?.start === d.nameRange.start;

export function entityOf(survey: Survey, d: Declaration): Entity | undefined {
  switch (d.kind) {
    case 'question': {
      const q = survey.questions.find((x) => at(d, x.file, x.node.id?.range));
      return q && { kind: 'question', value: q };
    }
    case 'row': {
      for (const q of survey.questions) {
        const r = q.rows.find((x) => at(d, x.file, x.node.id?.range));
        if (r) return { kind: 'row', value: r };
      }
      return undefined;
    }
    case 'hidden': {
      const h = [...survey.hidden.values()].find((x) => at(d, x.file, x.node.id?.range));
      return h && { kind: 'hidden', value: h };
    }
    case 'scale': {
      const s = [...survey.scales.values()].find((x) => at(d, x.file, x.node?.id?.range));
      return s && { kind: 'scale', value: s };
    }
    case 'choices': {
      const c = [...survey.choiceLists.values()].find((x) => at(d, x.file, x.node.id?.range));
      return c && { kind: 'choices', value: c };
    }
    case 'code': {
      const lists = [...survey.choiceLists.values(), ...survey.questions.flatMap((q) => (q.choices?.inline ? [q.choices] : []))];
      for (const list of lists) {
        const o = list.options.find((x) => at(d, list.file, x.node.code?.range));
        if (o) return { kind: 'code', value: o, list };
      }
      return undefined;
    }
    case 'section': {
      const s = survey.sections.find((x) => x.node && at(d, x.file, x.node.id?.range));
      return s && { kind: 'section', value: s };
    }
    case 'score': {
      const s = survey.scores.find((x) => at(d, x.file, x.node.id?.range));
      return s && { kind: 'score', value: s };
    }
    case 'calc': {
      const c = survey.calculations.get(d.name);
      return c && at(d, c.file, c.node.id?.range) ? { kind: 'calc', value: c } : undefined;
    }
    case 'strata':
    case 'stratum': {
      for (const st of survey.sample?.stratifications ?? []) {
        if (d.kind === 'strata' && at(d, survey.file, st.node.id?.range)) return { kind: 'strata', value: st };
        const h = st.strata.find((x) => at(d, survey.file, x.node.id.range));
        if (d.kind === 'stratum' && h) return { kind: 'stratum', value: h, strata: st };
      }
      return undefined;
    }
    case 'glossary': {
      const text = survey.glossary.get(d.name);
      return text && { kind: 'glossary', value: text, name: d.name };
    }
    case 'survey':
      return d.file === survey.file ? { kind: 'survey', value: survey } : undefined;
    case 'roster': {
      const r = survey.rosters.find((x) => at(d, x.file, x.node.id?.range));
      return r && { kind: 'roster', value: r };
    }
  }
}
