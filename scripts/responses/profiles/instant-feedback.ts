// Seed 002: a month of post-transaction feedback, mostly happy customers (satisfaction
// above 90 and NPS above 50, the procedure's targets); the few unhappy ones name the
// area that displeased them, which gives the TOP 3. Order id and purchase channel come
// with the survey link.
import type { Profile } from '../profile.ts';

export const instantFeedback: Profile = {
  example: 'instant-feedback',
  survey: 'instant.survey',
  seed: 2,
  files: [
    { name: '2025-06.jsonl', format: 'jsonl', respondents: 620, start: '2025-06-01', days: 30, invalid: 6, straightline: 0, tooFast: 14 },
  ],
  marginals: {
    experience: [0.6, 1.4, 3, 19, 76],
    recommend: [0.5, 0.5, 0.5, 0.8, 1, 1.5, 3, 9, 18, 31, 34.2],
  },
  defaultMarginal: [1, 2, 10, 40, 47],
  loading: 0.8,
  missingRate: 0,
  choices: { displeased: { delivery: 38, product: 26, service: 19, after_sales: 12, other: 5 } },
  texts: {
    pleased: {
      p: 0.45,
      pools: {
        '*': {
          zh: [
            '送货很快,第二天就到了',
            '客服回复及时,态度很好',
            '商品和描述一致,质量不错',
            '包装很仔细',
            '价格实惠',
            '退换货流程简单',
            '店员很热情',
            '下单方便',
          ],
          en: [
            'Fast delivery, it arrived the next day',
            'Friendly and quick customer service',
            'The product matched the description',
            'Careful packaging',
            'Good value for money',
            'Easy checkout',
          ],
        },
      },
    },
    displeased_detail: {
      p: 0.7,
      by: 'displeased',
      pools: {
        delivery: {
          zh: ['快递比承诺的晚了三天', '包裹外箱破损', '配送员没有提前联系', '送错了地址'],
          en: ['The parcel came three days late', 'The box was crushed', 'The courier did not call ahead'],
        },
        product: {
          zh: ['尺码偏小', '颜色和图片不一样', '收到时有划痕', '质量不如预期'],
          en: ['The size runs small', 'The colour differs from the photo', 'It arrived scratched'],
        },
        service: {
          zh: ['客服回复太慢', '店员态度冷淡', '问题转了好几个人才解决'],
          en: ['Customer service replied too slowly', 'The staff were unfriendly'],
        },
        after_sales: {
          zh: ['退款等了两周', '维修预约很难约上'],
          en: ['The refund took two weeks', 'Hard to book a repair'],
        },
        '*': { zh: ['希望改进'], en: ['Please improve'] },
      },
    },
  },
  specifyTexts: { zh: ['发票开错了', '优惠券不能用'], en: ['The invoice was wrong', 'The coupon did not work'] },
  hidden: (r, i) => {
    const channel = r.weighted(['app', 'web', 'store'], [50, 30, 20]);
    return {
      values: { order_id: `SO2506${String(i + 1).padStart(5, '0')}`, channel },
      shift: channel === 'store' ? 0.15 : channel === 'web' ? -0.1 : 0,
    };
  },
  medianSeconds: 38,
};
