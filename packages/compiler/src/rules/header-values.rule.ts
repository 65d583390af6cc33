// SVY2022: header and sample settings with a value outside their vocabulary, and
// header properties given twice.
import { defineRule } from './rule.ts';
import { closest } from '../text-distance.ts';
import { allocationMethods, surveyModes } from '../model.ts';

const modes: readonly string[] = surveyModes;
const allocations: readonly string[] = allocationMethods;
const languageCode = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export default defineRule({
  name: 'header-values',
  diagnostics: [
    {
      code: 'SVY2022',
      name: 'invalid-setting',
      severity: 'error',
      message: {
        twice: '`{key}` is given twice; keep one.',
        mode: "Unknown mode '{name}'. Use {modes}.",
        modeNear: "Unknown mode '{name}'. Use {modes}. Did you mean '{near}'?",
        language: "'{name}' is not a language code; use BCP 47 codes such as zh, en, zh-Hant.",
        languageTwice: "Language '{name}' is listed twice: keep one.",
        allocation: "Unknown allocation '{name}'. Use {allocations}.",
        allocationNear: "Unknown allocation '{name}'. Use {allocations}. Did you mean '{near}'?",
      },
      docs: {
        summary: 'A survey or sample setting with an unknown value (mode, allocation, language code) or given twice.',
        bad: 'mode webpage\nallocate neymann',
        good: 'mode online\nallocate neyman',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const seen = new Map<string, boolean>();
    for (const m of s.node.members) {
      if (m.kind !== 'Header' && m.kind !== 'Limit' && m.kind !== 'TotalPoints') continue;
      const key = m.kind === 'Header' ? m.key : m.kind === 'Limit' ? `limit ${m.unit}` : 'points';
      if (seen.has(key)) ctx.report({ code: 'SVY2022', messageId: 'twice', file: s.file, range: m.range, args: { key } });
      seen.set(key, true);
      if (m.kind !== 'Header') continue;
      if (m.key === 'mode') {
        for (const n of m.names) {
          if (!modes.includes(n.name)) {
            const guess = closest(n.name, modes);
            const at = { code: 'SVY2022', file: s.file, range: n.range } as const;
            if (!guess) ctx.report({ ...at, messageId: 'mode', args: { name: n.name, modes: modes.join(', ') } });
            else
              ctx.report({
                ...at,
                messageId: 'modeNear',
                args: { name: n.name, modes: modes.join(', '), near: guess },
                fixes: [{ title: `Change to '${guess}'`, edits: [{ file: s.file, range: n.range, newText: guess }] }],
              });
          }
        }
      }
      if (m.key === 'languages') {
        const langSeen = new Set<string>();
        for (const n of m.names) {
          if (!languageCode.test(n.name))
            ctx.report({
              code: 'SVY2022',
              file: s.file,
              range: n.range,
              messageId: 'language',
              args: { name: n.name },
            });
          if (langSeen.has(n.name))
            ctx.report({ code: 'SVY2022', messageId: 'languageTwice', file: s.file, range: n.range, args: { name: n.name } });
          langSeen.add(n.name);
        }
      }
    }
    for (const st of s.sample?.node.settings ?? []) {
      if (st.key === 'allocate' && st.method && !allocations.includes(st.method.name)) {
        const guess = closest(st.method.name, allocations);
        const at = { code: 'SVY2022', file: s.file, range: st.method.range } as const;
        if (!guess) ctx.report({ ...at, messageId: 'allocation', args: { name: st.method.name, allocations: allocations.join(', ') } });
        else
          ctx.report({
            ...at,
            messageId: 'allocationNear',
            args: { name: st.method.name, allocations: allocations.join(', '), near: guess },
            fixes: [{ title: `Change to '${guess}'`, edits: [{ file: s.file, range: st.method.range, newText: guess }] }],
          });
      }
    }
  },
});
