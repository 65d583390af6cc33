// SVY2123: an option's image that cannot be embedded: the file is missing or unreadable,
// or its bytes (or an inline data: URL) are not a PNG, JPEG, GIF, WebP or SVG image.
import { defineRule } from './rule.ts';
import { imageOptions } from '../answer-types/image-options.ts';

export default defineRule({
  name: 'option-image-source',
  diagnostics: [
    {
      code: 'SVY2123',
      name: 'option-image-source',
      severity: 'error',
      message: '{problem}',
      docs: {
        summary:
          'The image of an option cannot be read (the path is relative to the .survey file that declares the option) or is not a PNG, JPEG, GIF, WebP or SVG image.',
        rationale:
          'The form is one standalone HTML file: every image is read when it is built and embedded as a data URL. An image that cannot be read would leave the respondent a choice they cannot see.',
        bad: 'single logo "您最喜欢哪个标志?" en: "Which logo do you like best?" {\n  red "红色" en: "Red" image "logos/missing.png" alt "红色圆形标志" en: "A red round logo"\n  blue "蓝色" en: "Blue" image "data:image/png;base64,aGVsbG8=" alt "蓝色方形标志" en: "A blue square logo"\n}',
        good: 'single logo "您最喜欢哪个标志?" en: "Which logo do you like best?" {\n  red "红色" en: "Red" image "logos/red.png" alt "红色圆形标志" en: "A red round logo"\n  blue "蓝色" en: "Blue" image "logos/blue.svg" alt "蓝色方形标志" en: "A blue square logo"\n}',
      },
    },
  ],
  check(ctx) {
    for (const { option, image, file } of imageOptions(ctx.survey)) {
      if (!image.problem) continue;
      const range = option.node.image?.source?.range ?? option.node.range;
      const problem =
        image.problem === 'unreadable'
          ? image.source.trim()
            ? `The image "${image.source}" cannot be read (looked for ${image.path ?? image.source}, relative to the file that declares the option).`
            : 'The image of an option needs a path or a data: URL.'
          : image.source.startsWith('data:')
            ? 'This data: URL is not a base64-encoded PNG, JPEG, GIF, WebP or SVG image.'
            : `"${image.source}" is not a PNG, JPEG, GIF, WebP or SVG image.`;
      ctx.report({ code: 'SVY2123', file, range, args: { problem } });
    }
  },
});
