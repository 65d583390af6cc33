// SVY2124: an option's image without alternative text (`alt "…"`), or with an empty one.
import { defineRule } from './rule.ts';
import { imageOptions } from '../answer-types/image-options.ts';

export default defineRule({
  name: 'option-image-alt',
  diagnostics: [
    {
      code: 'SVY2124',
      name: 'option-image-alt',
      severity: 'error',
      message: 'The image of option \'{code}\' needs alternative text: add `alt "…"` saying what the image shows{lang}.',
      docs: {
        summary: 'An option shown as an image has no `alt` text, or an empty one.',
        rationale:
          'A respondent who cannot see the image (a screen reader, an image that does not load) chooses by its alternative text; without it the option is only a file name or nothing. WCAG 2.1 success criterion 1.1.1. The label says what the option means; `alt` says what the image shows.',
        bad: 'single logo "您最喜欢哪个标志?" en: "Which logo do you like best?" {\n  red "红色" en: "Red" image "logos/red.png"\n  blue "蓝色" en: "Blue" image "logos/blue.png" alt ""\n}',
        good: 'single logo "您最喜欢哪个标志?" en: "Which logo do you like best?" {\n  red "红色" en: "Red" image "logos/red.png" alt "红底白字的圆形标志" en: "A round logo, white letters on red"\n}',
      },
    },
  ],
  check(ctx) {
    for (const { option, image, file } of imageOptions(ctx.survey)) {
      const empty = Object.entries(image.alt ?? {}).filter(([, v]) => !v.trim());
      if (image.alt && Object.keys(image.alt).length > 0 && empty.length === 0) continue;
      const range = option.node.image?.range ?? option.node.range;
      const lang = image.alt && empty.length ? ` (it is empty in ${empty.map(([l]) => l).join(', ')})` : '';
      ctx.report({ code: 'SVY2124', file, range, args: { code: String(option.code), lang } });
    }
  },
});
