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
      message: {
        unreadable:
          'The image "{source}" cannot be read (looked for {path}, relative to the file that declares the option). Check the path.',
        missing: 'The image of an option needs a path or a data: URL: write `image "logos/a.png"`.',
        badDataUrl: 'This data: URL is not a base64-encoded PNG, JPEG, GIF, WebP or SVG image. Embed one of those.',
        notImage: '"{source}" is not a PNG, JPEG, GIF, WebP or SVG image. Convert it to one of those.',
      },
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
      const at = { code: 'SVY2123', file, range } as const;
      if (image.problem === 'unreadable') {
        if (image.source.trim())
          ctx.report({ ...at, messageId: 'unreadable', args: { source: image.source, path: image.path ?? image.source } });
        else ctx.report({ ...at, messageId: 'missing', args: {} });
      } else if (image.source.startsWith('data:')) ctx.report({ ...at, messageId: 'badDataUrl', args: {} });
      else ctx.report({ ...at, messageId: 'notImage', args: { source: image.source } });
    }
  },
});
