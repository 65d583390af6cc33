// Generator of realistic large surveys for the benchmarks and the property tests.
// Deterministic for a given seed: mixed question kinds, Chinese and English text,
// shared scales and choice lists, conditions on earlier answers, scores with
// missing-answer policies, targets, a stratified sample, quality rules, analysis.
// Returns the `.survey` text and `data`, a plain object with the same content:
// JSON.stringify(data) is the bench's stand-in for the compiled survey JSON while
// the survey-json emitter does not exist.

/** Small, fast, seedable PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0 || 1;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

const topics = [
  ['产品质量', 'product quality', 'product'],
  ['服务态度', 'the attitude of our staff', 'service'],
  ['交货及时性', 'on-time delivery', 'delivery'],
  ['售后响应速度', 'after-sales response time', 'after_sales'],
  ['价格合理性', 'value for money', 'product'],
  ['技术支持', 'technical support', 'after_sales'],
  ['包装', 'packaging', 'delivery'],
  ['投诉处理', 'complaint handling', 'service'],
  ['培训', 'training', 'service'],
  ['文档资料', 'documentation', 'product'],
  ['订货流程', 'the ordering process', 'service'],
  ['发票准确性', 'invoice accuracy', 'service'],
  ['物流跟踪', 'shipment tracking', 'delivery'],
  ['产品稳定性', 'product reliability', 'product'],
  ['维修质量', 'repair quality', 'after_sales'],
  ['沟通效率', 'communication', 'service'],
  ['项目管理', 'project management', 'service'],
  ['网站易用性', 'ease of use of our website', 'product'],
  ['移动应用', 'our mobile app', 'product'],
  ['备件供应', 'spare parts availability', 'after_sales'],
  ['安装调试', 'installation', 'delivery'],
  ['合同条款', 'contract terms', 'service'],
  ['产品创新', 'product innovation', 'product'],
  ['服务热线', 'the service hotline', 'after_sales'],
];
const frames = [
  ['过去 3 个月中,', 'In the past 3 months, '],
  ['过去 12 个月中,', 'In the past 12 months, '],
  ['本次合作中,', 'In this project, '],
  ['', ''],
];
const ratingStems = [
  ['您对我们{t}的满意度如何?', 'how satisfied were you with {t}?'],
  ['您如何评价我们的{t}?', 'how do you rate {t}?'],
  ['{t}在多大程度上满足了您的需求?', 'how well did {t} meet your needs?'],
];
const openStems = [
  ['关于{t},您有哪些具体的改进建议?', 'what would you improve about {t}?'],
  ['请描述您在{t}方面遇到的问题。', 'please describe any problem you had with {t}.'],
];
const sectionNames = [
  ['基本情况', 'About you'],
  ['产品评价', 'Our products'],
  ['服务评价', 'Our service'],
  ['交付与物流', 'Delivery'],
  ['售后支持', 'After-sales support'],
  ['总体评价', 'Overall'],
  ['改进建议', 'Suggestions'],
  ['合作意向', 'Working with us'],
];

const scales = [
  {
    id: 'sat5',
    from: 1,
    to: 5,
    points: [
      [5, '非常满意', 'Very satisfied'],
      [4, '满意', 'Satisfied'],
      [3, '一般', 'Neither satisfied nor dissatisfied'],
      [2, '不满意', 'Dissatisfied'],
      [1, '非常不满意', 'Very dissatisfied'],
    ],
    missing: [[9, '不适用', 'Not applicable']],
  },
  {
    id: 'agree5',
    from: 1,
    to: 5,
    points: [
      [1, '非常不同意', 'Strongly disagree'],
      [2, '不同意', 'Disagree'],
      [3, '中立', 'Neither agree nor disagree'],
      [4, '同意', 'Agree'],
      [5, '非常同意', 'Strongly agree'],
    ],
    missing: [],
  },
  {
    id: 'meet5',
    from: 1,
    to: 5,
    points: [
      [5, '完全满足', 'Fully meets my needs'],
      [4, '比较满足', 'Mostly meets my needs'],
      [3, '一般', 'Partly meets my needs'],
      [2, '比较不满足', 'Mostly falls short'],
      [1, '完全不满足', 'Does not meet my needs at all'],
    ],
    missing: [[9, '未使用过', 'Have not used it']],
  },
  {
    id: 'likely5',
    from: 1,
    to: 5,
    points: [
      [5, '非常可能', 'Very likely'],
      [4, '可能', 'Likely'],
      [3, '一般', 'Neither likely nor unlikely'],
      [2, '不太可能', 'Unlikely'],
      [1, '非常不可能', 'Very unlikely'],
    ],
    missing: [],
  },
];

const choiceTemplates = [
  [
    ['a', '供应商 A', 'Vendor A'],
    ['b', '供应商 B', 'Vendor B'],
    ['c', '供应商 C', 'Vendor C'],
    ['other', '其他(请注明)', 'Other (please specify)', 'specify fixed'],
  ],
  [
    ['under1', '不满 1 年', 'Less than 1 year'],
    ['y1to3', '1 至 3 年', '1 to 3 years'],
    ['y3to5', '3 至 5 年', '3 to 5 years'],
    ['y5plus', '5 年以上', 'More than 5 years'],
  ],
  [
    ['planning', '项目策划', 'Project planning'],
    ['design', '创意设计', 'Creative design'],
    ['production', '制作执行', 'Production'],
    ['placement', '媒体投放', 'Media placement'],
    ['aftercare', '售后服务', 'After-sales service'],
    ['other', '其他(请注明)', 'Other (please specify)', 'specify fixed'],
    ['none', '以上都没有', 'None of these', 'exclusive fixed'],
  ],
  [
    ['phone', '电话', 'Phone'],
    ['email', '电子邮件', 'Email'],
    ['visit', '上门拜访', 'Site visit'],
    ['chat', '在线客服', 'Online chat'],
  ],
];

function q(s) {
  return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}
function fill(stem, t) {
  return stem.replace('{t}', t);
}

/**
 * @param {{questions?: number, seed?: number, comments?: boolean, english?: boolean}} [options]
 */
export function generateSurvey(options = {}) {
  const total = options.questions ?? 500;
  const r = rng(options.seed ?? 1);
  const comments = options.comments ?? true;
  const english = options.english ?? true;
  const langs = english ? ['zh', 'en'] : ['zh'];
  const T = (zh, en) => (english ? `${q(zh)} en: ${q(en)}` : q(zh));
  const L = (zh, en) => (english ? { zh, en } : { zh });
  const id = `bench_${total}`;

  const data = {
    id,
    title: L(`客户满意度调查(${total} 题)`, `Customer satisfaction survey (${total} questions)`),
    languages: langs,
    mode: ['online', 'phone'],
    frequency: 'quarterly',
    owner: L('质量管理部', 'Quality Management Department'),
    intro: L('本问卷旨在了解您对我们产品和服务的评价。', 'This survey asks how you rate our products and services.'),
    confidentiality: L('您的回答将严格保密,仅以汇总形式报告。', 'Your answers are confidential and only reported in aggregate.'),
    scales: [],
    choiceLists: [],
    sections: [],
    scores: [],
    targets: [],
    sample: undefined,
    quality: [],
    analysis: [],
  };

  const out = [];
  const line = (indent, s) => out.push('  '.repeat(indent) + s);
  if (comments) line(0, `// Generated benchmark survey: ${total} questions, seed ${options.seed ?? 1}.`);
  line(0, `survey ${id} {`);
  line(1, `title ${T(data.title.zh, data.title.en ?? '')}`);
  line(1, `languages ${langs.join(', ')}`);
  line(1, 'mode online, phone');
  line(1, 'frequency quarterly');
  line(1, `owner ${T(data.owner.zh, data.owner.en ?? '')}`);
  line(1, 'tags bench, generated');
  line(1, `intro ${T(data.intro.zh, data.intro.en ?? '')}`);
  line(1, `confidentiality ${T(data.confidentiality.zh, data.confidentiality.en ?? '')}`);
  line(1, `limit minutes ${Math.max(5, Math.round(total / 4))}`);
  out.push('');

  for (const s of scales) {
    if (comments) line(1, `// Scale ${s.id}: ${s.from}..${s.to}.`);
    line(1, `scale ${s.id} ${s.from}..${s.to} {`);
    for (const [v, zh, en] of s.points) line(2, `${v} ${T(zh, en)}`);
    for (const [v, zh, en] of s.missing) line(2, `missing ${v} ${T(zh, en)}`);
    line(1, '}');
    data.scales.push({
      id: s.id,
      min: s.from,
      max: s.to,
      points: [...s.points, ...s.missing].map(([v, zh, en]) => ({ value: v, label: L(zh, en) })),
    });
  }
  // One choice list per ~100 questions (at least the templates), reused by many questions.
  const listCount = Math.max(choiceTemplates.length, Math.round(total / 100));
  const lists = [];
  for (let i = 0; i < listCount; i++) {
    const tpl = choiceTemplates[i % choiceTemplates.length];
    const lid = `list${i + 1}`;
    line(1, `choices ${lid} {`);
    for (const [code, zh, en, flags] of tpl) line(2, `${code} ${T(zh, en)}${flags ? ' ' + flags : ''}`);
    line(1, '}');
    lists.push({ id: lid, codes: tpl.map((o) => o[0]) });
    data.choiceLists.push({ id: lid, options: tpl.map(([code, zh, en, flags]) => ({ code, label: L(zh, en), flags: flags ?? '' })) });
  }
  out.push('');

  // Earlier answers that conditions may refer to.
  const ratings = []; // { id, scale }
  const yesnos = [];
  const singles = []; // { id, codes }
  const multis = [];
  const matrices = [];
  const npsItems = [];
  const pointsSections = [];
  let n = 0;
  let sectionNo = 0;
  while (n < total) {
    sectionNo++;
    const size = Math.min(total - n, r.int(8, 24));
    const [szh, sen] = sectionNames[(sectionNo - 1) % sectionNames.length];
    const sid = `s${sectionNo}`;
    const withPoints = sectionNo <= 8;
    const pts = withPoints ? [50, 30, 20, 20, 30, 50, 50, 50][sectionNo - 1] : undefined;
    if (withPoints) pointsSections.push({ id: sid, points: pts });
    if (comments && r.chance(0.5)) line(1, `// Section ${sectionNo}: ${sen}.`);
    line(1, `section ${sid} ${T(`${szh} ${sectionNo}`, `${sen} ${sectionNo}`)}${pts ? ` points ${pts}` : ''} {`);
    const section = { id: sid, title: L(`${szh} ${sectionNo}`, `${sen} ${sectionNo}`), points: pts, questions: [] };
    data.sections.push(section);
    const sectionRatings = [];
    for (let k = 0; k < size; k++) {
      n++;
      const qid = `q${n}`;
      const [tzh, ten, tag] = r.pick(topics);
      const [fzh, fen] = r.pick(frames);
      const variant = `(${n})`;
      let kind;
      const roll = r.next();
      if (withPoints) kind = roll < 0.85 ? 'rating' : 'matrix';
      else if (roll < 0.33) kind = 'rating';
      else if (roll < 0.45) kind = 'single';
      else if (roll < 0.54) kind = 'multi';
      else if (roll < 0.62) kind = 'matrix';
      else if (roll < 0.64) kind = 'nps';
      else if (roll < 0.67) kind = 'ranking';
      else if (roll < 0.77) kind = 'text';
      else if (roll < 0.84) kind = 'number';
      else if (roll < 0.87) kind = 'date';
      else kind = 'yesno';
      const attrs = [];
      const later = []; // registered as a condition target after this question's own `when`
      const question = { id: qid, kind, text: undefined, required: true };
      let textZh;
      let textEn;
      if (kind === 'rating' || kind === 'matrix') {
        const [szh2, sen2] = r.pick(ratingStems);
        textZh = fzh + fill(szh2, tzh) + variant;
        textEn = fen + fill(sen2, ten) + ' ' + variant;
      } else if (kind === 'text') {
        const [ozh, oen] = r.pick(openStems);
        textZh = fzh + fill(ozh, tzh) + variant;
        textEn = fen + fill(oen, ten) + ' ' + variant;
      } else if (kind === 'number') {
        textZh = `${fzh}您与我们在${tzh}方面联系了多少次?${variant}`;
        textEn = `${fen}how many times did you contact us about ${ten}? ${variant}`;
      } else if (kind === 'date') {
        textZh = `您最近一次使用${tzh}是哪一天?${variant}`;
        textEn = `On what date did you last use ${ten}? ${variant}`;
      } else if (kind === 'yesno') {
        textZh = `${fzh}您是否使用过我们的${tzh}?${variant}`;
        textEn = `${fen}did you use ${ten}? ${variant}`;
      } else if (kind === 'nps') {
        textZh = `您有多大可能因为${tzh}向同事推荐我们?${variant}`;
        textEn = `How likely are you to recommend us to a colleague because of ${ten}? ${variant}`;
      } else {
        textZh = `${fzh}关于${tzh},以下哪些符合您的情况?${variant}`;
        textEn = `${fen}about ${ten}, which of these apply to you? ${variant}`;
      }
      question.text = L(textZh, textEn);
      line(2, `${kind} ${qid} ${T(textZh, textEn)}`);
      let scaleId;
      let body;
      switch (kind) {
        case 'rating': {
          scaleId = withPoints ? 'sat5' : r.pick(scales).id;
          attrs.push(`on ${scaleId}`, `tag ${tag}`);
          question.scale = scaleId;
          question.tags = [tag];
          break;
        }
        case 'matrix': {
          scaleId = withPoints ? 'sat5' : r.pick(['sat5', 'agree5']);
          attrs.push(`on ${scaleId}`);
          if (r.chance(0.3)) attrs.push('randomize');
          question.scale = scaleId;
          const rows = [];
          const count = r.int(3, 6);
          body = [];
          const used = new Set();
          for (let j = 1; j <= count; j++) {
            let [rzh, ren, rtag] = r.pick(topics);
            while (used.has(rzh)) [rzh, ren, rtag] = r.pick(topics);
            used.add(rzh);
            // Row texts name the grid too, so no two rows in the survey read the same.
            rzh = `${rzh}(${qid})`;
            ren = `${ren} (${qid})`;
            const rid = `${qid}_r${j}`;
            const rev = scaleId === 'agree5' && r.chance(0.2);
            body.push(`row ${rid} ${T(rzh, ren)}${rev ? ' reverse' : ''} tag ${rtag}`);
            rows.push({ id: rid, text: L(rzh, ren), reverse: rev, tags: [rtag] });
          }
          question.rows = rows;
          break;
        }
        case 'single': {
          if (r.chance(0.7)) {
            const list = r.pick(lists);
            attrs.push(`from ${list.id}`);
            question.choices = list.id;
            later.push(() => singles.push({ id: qid, codes: list.codes }));
          } else {
            const opts = [
              ['yes_often', '经常', 'Often'],
              ['sometimes', '有时', 'Sometimes'],
              ['rarely', '很少', 'Rarely'],
              ['never', '从不', 'Never'],
            ];
            body = opts.map(([c, zh, en]) => `${c} ${T(zh, en)}`);
            question.options = opts.map(([code, zh, en]) => ({ code, label: L(zh, en) }));
            later.push(() => singles.push({ id: qid, codes: opts.map((o) => o[0]) }));
          }
          if (r.chance(0.3)) attrs.push('randomize');
          break;
        }
        case 'multi': {
          const list = r.pick(lists);
          attrs.push(`from ${list.id}`, 'min 1');
          if (r.chance(0.3)) attrs.push('randomize');
          question.choices = list.id;
          question.min = 1;
          later.push(() => multis.push({ id: qid, codes: list.codes }));
          break;
        }
        case 'ranking': {
          const opts = [
            ['price', '价格', 'Price'],
            ['goods', '质量', 'Quality'],
            ['speed', '速度', 'Speed'],
            ['support', '支持', 'Support'],
          ];
          body = opts.map(([c, zh, en]) => `${c} ${T(zh, en)}`);
          question.options = opts.map(([code, zh, en]) => ({ code, label: L(zh, en) }));
          attrs.push('max 3');
          question.max = 3;
          break;
        }
        case 'text':
          attrs.push('optional', `max ${r.pick([200, 500, 1000])}`);
          question.required = false;
          break;
        case 'number':
          attrs.push('min 0', `max ${r.pick([10, 50, 100, 365])}`, 'integer', `unit ${T('次', 'times')}`);
          question.min = 0;
          break;
        case 'date':
          attrs.push('min "2020-01-01"', 'max "2030-12-31"');
          break;
        case 'yesno':
          later.push(() => yesnos.push(qid));
          break;
        case 'nps':
          npsItems.push(qid);
          break;
      }
      if (r.chance(0.1)) attrs.push(`help ${T('请根据实际情况作答', 'Answer from your own experience')}`);
      // Conditions on earlier answers (about 15% of questions).
      if (n > 10 && r.chance(0.15)) {
        const c = condition(r, { ratings, yesnos, singles, multis });
        if (c) attrs.push(`when ${c}`);
        question.when = c;
      }
      for (const f of later) f();
      if (attrs.length) line(3, attrs.join(' '));
      if (body) {
        line(3, '{');
        for (const b of body) line(4, b);
        line(3, '}');
      }
      if (kind === 'rating') {
        ratings.push({ id: qid, scale: scaleId });
        sectionRatings.push({ id: qid, scale: scaleId });
      }
      if (kind === 'matrix') matrices.push({ id: qid, scale: scaleId, rows: question.rows.map((x) => x.id) });
      section.questions.push(question);
    }
    line(1, '}');
    // A per-section index over its ratings on the section's most common scale.
    const byScale = new Map();
    for (const x of sectionRatings) byScale.set(x.scale, [...(byScale.get(x.scale) ?? []), x.id]);
    const best = [...byScale.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    if (best && best[1].length >= 2) {
      const [sc, items] = best;
      const scid = `${sid}_index`;
      const label = L(`${szh} ${sectionNo} 指数`, `${sen} ${sectionNo} index`);
      line(
        1,
        `score ${scid} ${T(label.zh, label.en ?? '')} = rescale(mean(${items.join(', ')}), ${sc}) require ${Math.max(1, Math.ceil(items.length / 2))}`,
      );
      data.scores.push({ id: scid, label, formula: `rescale(mean(${items.join(', ')}), ${sc})`, require: Math.ceil(items.length / 2) });
      if (r.chance(0.3)) {
        line(1, `target ${scid} >= ${r.pick([70, 75, 80, 85, 90])}`);
        data.targets.push({ subject: scid, op: '>=', value: 80 });
      }
    }
    out.push('');
  }
  if (pointsSections.length) {
    line(1, `score weighted_total ${T('加权总分', 'Weighted total')} = index(${pointsSections.map((x) => x.id).join(', ')}) require all`);
    data.scores.push({ id: 'weighted_total', formula: `index(${pointsSections.map((x) => x.id).join(', ')})`, require: 'all' });
  }
  if (npsItems.length) {
    line(1, `score nps_score ${T('净推荐值', 'Net Promoter Score')} = nps(${npsItems[0]})`);
    line(1, 'target nps_score >= 50');
    data.scores.push({ id: 'nps_score', formula: `nps(${npsItems[0]})` });
  }
  if (ratings.length) {
    line(1, `score top2 ${T('满意率', 'Top-2-box share')} = topbox(${ratings[0].id}, 2)`);
    data.scores.push({ id: 'top2', formula: `topbox(${ratings[0].id}, 2)` });
  }
  line(1, 'target response_rate >= 0.6');
  out.push('');

  // A stratified sample: by size (Neyman), region and industry.
  const sizes = [
    ['key', 40, ' take_all'],
    ['large', 260, ' sd 0.9'],
    ['medium', 700, ' sd 0.8'],
    ['small', 1000, ' sd 1.1'],
  ];
  const regions = [
    ['north', 600],
    ['central', 500],
    ['south', 900],
  ];
  const industries = [
    ['consumer', 700],
    ['finance', 400],
    ['technology', 500],
    ['public_sector', 400],
  ];
  line(1, 'sample {');
  line(2, 'population 2000');
  line(2, 'strata size {');
  for (const [h, nh, extra] of sizes) line(3, `${h} ${nh}${extra}`);
  line(2, '}');
  line(2, 'strata region {');
  for (const [h, nh] of regions) line(3, `${h} ${nh}`);
  line(2, '}');
  line(2, 'strata industry {');
  for (const [h, nh] of industries) line(3, `${h} ${nh}`);
  line(2, '}');
  line(2, 'allocate neyman');
  line(2, 'margin 0.1');
  line(2, 'confidence 0.95');
  line(2, 'sd 1.0');
  line(2, 'response_rate 0.4');
  line(2, 'oversample large 1.5');
  line(1, '}');
  data.sample = {
    population: 2000,
    strata: {
      size: sizes.map(([id, size]) => ({ id, size })),
      region: regions.map(([id, size]) => ({ id, size })),
      industry: industries.map(([id, size]) => ({ id, size })),
    },
    allocate: 'neyman',
    margin: 0.1,
    confidence: 0.95,
    responseRate: 0.4,
  };
  out.push('');
  line(1, 'quality {');
  line(2, 'exclude answered < 80%');
  if (matrices.length) line(2, `exclude straightline ${matrices[0].id}`);
  line(2, 'exclude duration < 120');
  line(1, '}');
  data.quality = ['answered < 0.8', 'duration < 120'];
  line(1, 'analysis {');
  line(2, 'items mean, sd, distribution');
  line(2, 'breakdown by size, region, tag');
  line(2, 'top 5 dissatisfied <= 2');
  if (ratings.length > 4)
    line(
      2,
      `drivers ${ratings[ratings.length - 1].id} on ${ratings
        .slice(0, 4)
        .map((x) => x.id)
        .join(', ')}`,
    );
  if (matrices.length) {
    line(2, `chart bar ${matrices[0].id} by size`);
    if (matrices[0].scale === 'agree5') line(2, `alpha ${matrices[0].id}`);
  }
  line(1, '}');
  line(0, '}');
  data.analysis = ['items', 'breakdown', 'top', 'drivers', 'chart'];
  const text = out.join('\n') + '\n';
  return { id, text, data, questions: total };
}

function condition(r, { ratings, yesnos, singles, multis }) {
  const pick = r.next();
  let c;
  if (pick < 0.45 && ratings.length) {
    const x = r.pick(ratings.slice(-50));
    c = `${x.id} <= ${r.int(2, 3)}`;
  } else if (pick < 0.65 && yesnos.length) {
    c = `${r.pick(yesnos.slice(-50))} == ${r.pick(['yes', 'no'])}`;
  } else if (pick < 0.85 && singles.length) {
    const x = r.pick(singles.slice(-50));
    c = `${x.id} == ${r.pick(x.codes)}`;
  } else if (multis.length) {
    const x = r.pick(multis.slice(-50));
    c = `${x.id} has ${r.pick(x.codes)}`;
  }
  if (c && ratings.length > 1 && r.chance(0.25)) {
    const y = r.pick(ratings.slice(-50));
    const join = r.pick(['and', 'or']);
    // `x <= 2 and x >= 4` can never hold (SVY2054): the same question joins with `or`.
    c = `${c} ${join === 'and' && c.startsWith(`${y.id} <= `) ? 'or' : join} ${y.id} >= 4`;
  }
  return c;
}

/** CLI: `node bench/generate.mjs 5000 [seed] > out.survey` */
if (process.argv[1]?.endsWith('generate.mjs') && import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 500);
  process.stdout.write(generateSurvey({ questions: count, seed: Number(process.argv[3] ?? 1) }).text);
}
