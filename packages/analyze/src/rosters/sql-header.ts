// What the header of the emitted SQL file says about repeat groups: one long table per
// group, its key columns and its variables, and how its statements read it.
import { createTable } from '../sql/table.ts';
import type { RosterTable } from './tables.ts';

export function rosterHeader(responses: string, tables: RosterTable[]): string[] {
  if (!tables.length) return [];
  const lines = [
    '',
    `Repeat groups: one more table per group, "${responses}:<group>", with one row per instance of the`,
    `group in an analysed response. "_file" and "_row" are the key of the response in "${responses}" (any`,
    'text and integer that identify it: `survey analyze` uses the file and row it was read from), so',
    `"${responses}" carries them too; "response" is its responseId; "<group>_index" is the 1-based`,
    'position of the instance (and of each enclosing instance, for a nested group), "<group>_option" the',
    "option a loop's instance is about; then the group's variables as in the responses table. Their",
    'statements aggregate the instances per response in a derived table first (the responses are the',
    'clusters) and join the responses table by the key when the survey has a sample design.',
  ];
  for (const t of tables) {
    const vars = t.columns.map((c) => c.name).join(', ');
    const parent = t.roster.parent ? `, inside each instance of ${t.roster.parent}` : '';
    lines.push('', `  "${t.table}": one row per instance of ${t.roster.id}${parent}; variables ${vars || '(none)'}`);
    lines.push(
      ...createTable(t.table, [...t.keys, ...t.columns])
        .split('\n')
        .map((l) => `    ${l}`),
    );
  }
  return lines;
}
