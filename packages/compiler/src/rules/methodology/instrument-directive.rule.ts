// SVY4011, SVY4012: `// survey-instrument NAME -- SOURCE` declares the question or
// section right after it a validated instrument used verbatim (the wording rules leave
// its texts alone). The directive must say which instrument and where it comes from,
// and stand right before a question or a section.
import { defineRule } from '../rule.ts';
import { instrumentDirectives } from '../../wording/index.ts';

export default defineRule({
  name: 'instrument-directive',
  diagnostics: [
    {
      code: 'SVY4011',
      name: 'instrument-without-source',
      severity: 'warning',
      message: 'Say which validated instrument this is and where its wording comes from: `// survey-instrument {name} -- source`.',
      docs: {
        summary:
          "A `// survey-instrument` directive without the instrument's name or without `-- source` (publication, version, translation).",
        rationale:
          'The directive turns the wording checks off for a block because its wording is validated; a reviewer must be able to check that the text is the published one (WHO-5, SUS, PHQ-9 …), and in which translation.',
        bad: '// survey-instrument WHO-5\nrating who1 "过去两周里,我感到快乐、心情舒畅。" en: "Over the last two weeks, I have felt cheerful and in good spirits." on sat5',
        good: '// survey-instrument WHO-5 -- WHO-5 Well-Being Index (WHO 1998), official Chinese version\nrating who1 "过去两周里,我感到快乐、心情舒畅。" en: "Over the last two weeks, I have felt cheerful and in good spirits." on sat5',
      },
    },
    {
      code: 'SVY4012',
      name: 'instrument-without-block',
      severity: 'warning',
      message:
        '`// survey-instrument {name}` declares nothing here: put it right before the question or section that holds the instrument.',
      docs: {
        summary: 'A `// survey-instrument` directive that is not followed directly by a question or a section.',
        rationale: 'The directive applies to the one question or section after it; anywhere else it would silently do nothing.',
        bad: '// survey-instrument SUS -- Brooke 1996\n\nscale agree5 1..5 { 1 "非常不同意" en: "Strongly disagree" 2 "不同意" en: "Disagree" 3 "一般" en: "Neutral" 4 "同意" en: "Agree" 5 "非常同意" en: "Strongly agree" }',
        good: '// survey-instrument SUS -- Brooke 1996\nsection sus "系统可用性" en: "System usability" {\n  rating sus1 "我愿意经常使用这个系统。" en: "I think that I would like to use this system frequently." on sat5\n}',
      },
    },
  ],
  check(ctx) {
    for (const d of instrumentDirectives(ctx)) {
      if (!d.file || !ctx.binding.fileOrder.includes(d.file)) continue;
      const name = d.name || 'NAME';
      if (!d.name || !d.source) ctx.report({ code: 'SVY4011', file: d.file, range: d.range, args: { name } });
      if (!d.target) ctx.report({ code: 'SVY4012', file: d.file, range: d.range, args: { name } });
    }
  },
});
