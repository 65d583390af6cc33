// SVY2125: an option's image so large that the form, which embeds every image, becomes
// slow to load on a phone.
import { defineRule } from './rule.ts';
import { imageOptions } from '../answer-types/image-options.ts';
import { IMAGE_WARN_BYTES } from '../answer-types/images.ts';
import { formatBytes } from '../answer-types/upload.ts';

export default defineRule({
  name: 'option-image-size',
  diagnostics: [
    {
      code: 'SVY2125',
      name: 'option-image-size',
      severity: 'warning',
      message:
        "The image of option '{code}' is {size}; the form embeds every image, so keep each under {limit} (scale it down or compress it).",
      docs: {
        summary: "An option's image is larger than 512 KB.",
        rationale:
          'The standalone form carries its images inside the page: a few large photos make it megabytes to download before the first question shows, on the mobile connections where field surveys are answered. An option image is shown a few hundred pixels wide.',
        bad: 'single shop "哪家门店?" en: "Which shop?" {\n  a "A 店" en: "Shop A" image "photos/shop-a-original.jpg" alt "A 店门面" en: "Front of shop A"\n}',
        good: 'single shop "哪家门店?" en: "Which shop?" {\n  a "A 店" en: "Shop A" image "photos/shop-a-600px.jpg" alt "A 店门面" en: "Front of shop A"\n}',
      },
    },
  ],
  check(ctx) {
    for (const { option, image, file } of imageOptions(ctx.survey)) {
      if (!image.dataUrl || (image.bytes ?? 0) <= IMAGE_WARN_BYTES) continue;
      const range = option.node.image?.source?.range ?? option.node.range;
      ctx.report({
        code: 'SVY2125',
        file,
        range,
        args: { code: String(option.code), size: formatBytes(image.bytes ?? 0), limit: formatBytes(IMAGE_WARN_BYTES) },
      });
    }
  },
});
