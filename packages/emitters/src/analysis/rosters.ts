// Repeat groups (rosters) in the analysis configuration: each is a long table with one
// row per instance — the response key, the keys of the enclosing instances, the
// instance's index (1-based) and, for a loop over answers, the option code — and the
// group's variables as columns. A roster variable in `variables` names its table.
import { rosterBound, type Roster, type Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { ordered } from '../common/texts.ts';
import { answerNames } from '../common/visibility.ts';
import { specifyName } from '../common/names.ts';

/** Column of an instance's index in its long table (and in the tables nested in it). */
const indexColumn = (r: Roster) => `${r.id}_index`;
/** Column of a loop instance's option code. */
const optionColumn = (r: Roster) => `${r.id}_option`;

function ancestors(r: Roster): Roster[] {
  const out: Roster[] = [];
  for (let p = r.parent; p; p = p.parent) out.unshift(p);
  return out;
}

export function rostersJson(survey: Survey) {
  if (survey.rosters.length === 0) return undefined;
  return survey.rosters.map((r) => {
    const source = r.count.kind === 'each' ? survey.variables.get(r.count.source) : undefined;
    const list = source && !('matrix' in source) ? source.choices : undefined;
    return compact({
      id: r.id,
      label: ordered(r.title, survey.languages),
      table: r.id,
      parent: r.parent?.id,
      count:
        r.count.kind === 'fixed' ? { fixed: r.count.n } : r.count.kind === 'answer' ? { from: r.count.source } : { each: r.count.source },
      max: rosterBound(r, survey),
      path: [...ancestors(r).map((a) => a.id), r.id],
      keys: [
        { name: 'response', description: 'The response the instance belongs to (its responseId, else its row in the responses).' },
        ...ancestors(r).map((a) => ({ name: indexColumn(a), description: `The instance of '${a.id}' (1-based) this row is inside.` })),
        { name: indexColumn(r), description: `The instance's position in '${r.id}' (1-based).` },
        ...(r.count.kind === 'each'
          ? [
              {
                name: optionColumn(r),
                description: `The option of '${r.count.source}' this instance is asked for.`,
                choices: list?.inline ? undefined : list?.id,
              },
            ]
          : []),
      ].map((k) => compact(k)),
      variables: r.questions.flatMap((q) => [
        ...answerNames(q),
        ...(q.choices?.options.filter((o) => o.specify).map((o) => specifyName(q.id, o.code)) ?? []),
      ]),
    });
  });
}
