// What each estimator is, printed by the report beside the numbers that use it
// (English and Chinese). The ids are referenced by the outputs' `estimator` fields.
import type { EstimatorId, EstimatorNote } from './result.ts';

const NOTES: Record<EstimatorId, { en: string; zh: string }> = {
  'mean-unweighted': {
    en: 'Unweighted mean of the substantive answers (missing codes and unanswered items left out); SD with the n − 1 denominator; SE = SD/√n, with the finite-population correction when the sample declares a population; normal (Wald) 95% interval, cut at the ends of the scale or score range (a mean cannot lie outside them).',
    zh: '有效回答(不含缺失代码与未答)的未加权均值;标准差分母为 n − 1;标准误 = SD/√n,样本声明总体规模时做有限总体校正;正态(Wald)95% 区间,超出量表或得分范围的部分截去(均值不可能落在范围之外)。',
  },
  'mean-stratified': {
    en: "Stratified (design-weighted) mean, weights N_h / m_h over the analysed responses of each stratum (optionally post-stratified); SE by linearisation with stratification and the finite-population correction, as R survey's svymean (item non-response as a domain); normal 95% interval, cut at the ends of the scale or score range.",
    zh: '分层加权均值,权数 N_h / m_h(m_h 为该层有效样本,可再做事后分层);标准误按线性化计算,考虑分层与有限总体校正,与 R survey 的 svymean 一致;正态 95% 区间,超出量表或得分范围的部分截去。',
  },
  'proportion-unweighted': {
    en: 'Share (0–100) of respondents, unweighted, SE as for a mean of a 0/100 indicator; Wilson score 95% interval on the n answers (R prop.test without continuity correction), which stays within 0–100 and is not a point at 0% or 100%.',
    zh: '未加权比例(0–100),标准误按 0/100 指示变量的均值计算;Wilson 得分 95% 区间(R prop.test 不做连续性校正),始终在 0–100 之内,比例为 0% 或 100% 时也不退化为一点。',
  },
  'proportion-stratified': {
    en: 'Design-weighted share as the stratified mean of a 0/100 indicator; intervals on the logit scale (R svyciprop method "logit", normal quantile); at 0% or 100%, where that interval is a point, the Wilson interval on the n answers.',
    zh: '分层加权比例,即 0/100 指示变量的分层均值;比例的区间在 logit 尺度上计算(R svyciprop 的 logit 方法,正态分位数);比例为 0% 或 100% 时该区间退化为一点,改用按 n 个回答计算的 Wilson 区间。',
  },
  'nps-unweighted': {
    en: 'NPS = mean of +100 (9–10), 0 (7–8), −100 (0–6) over valid answers = 100 × (promoters − detractors) / n; SE = SD of those values / √n (n − 1), i.e. the multinomial variance; Wald 95% interval cut at −100 and 100.',
    zh: 'NPS = 有效回答中 +100(9–10)、0(7–8)、−100(0–6)的均值 = 100 ×(推荐者 − 贬损者)/ n;标准误为该值的标准差 / √n;Wald 95% 区间,截于 −100 与 100。',
  },
  'nps-stratified': {
    en: 'NPS as the stratified mean of +100/0/−100 with design weights; SE by linearisation with stratification and fpc; Wald 95% interval cut at −100 and 100.',
    zh: 'NPS 为 +100/0/−100 的分层加权均值;标准误按线性化计算(分层、有限总体校正);Wald 95% 区间,截于 −100 与 100。',
  },
  'ratio-unweighted': {
    en: 'Ratio of means ȳ / x̄ over respondents with both answers; linearisation SE (R svyratio); the mean of per-respondent ratios and the gap ȳ − x̄ are given beside it.',
    zh: '均值之比 ȳ / x̄(两项均有回答者);线性化标准误(R svyratio);同时给出个人比值的均值与差距 ȳ − x̄。',
  },
  'ratio-stratified': {
    en: 'Ratio of weighted totals Σwy / Σwx with linearisation SE under stratification and fpc (R svyratio).',
    zh: '加权总量之比 Σwy / Σwx,分层与有限总体校正下的线性化标准误(R svyratio)。',
  },
  alpha: {
    en: "Cronbach's alpha on complete cases (listwise), reverse-coded items reversed first; covariances with n − 1 (psych::alpha); standardised alpha from the correlation matrix.",
    zh: 'Cronbach α,仅用全部作答的样本(列删),反向题先反向计分;协方差分母 n − 1(psych::alpha);标准化 α 由相关矩阵计算。',
  },
  drivers: {
    en: 'Key drivers on complete cases: Pearson correlation with the outcome, standardised regression weights (lm on z-scores), performance = mean on 0–100; quadrants split at the drivers’ mean importance (correlation) and mean performance (GB/T 19038 Annex D).',
    zh: '关键驱动因素(列删):与总体指标的 Pearson 相关、标准化回归系数(对 z 分数做线性回归),表现 = 0–100 均值;四象限以各因素重要性(相关)与表现的均值为界(GB/T 19038 附录 D)。',
  },
  'welch-t': {
    en: "Change between the last two waves: difference of unweighted means, Welch's t test (unequal variances, Welch–Satterthwaite df), two-sided, 5%.",
    zh: '最近两期的变化:未加权均值之差,Welch t 检验(方差不等,Welch–Satterthwaite 自由度),双侧,5%。',
  },
  'two-proportion-z': {
    en: 'Change of a share between the last two waves: pooled two-proportion z test, two-sided, 5%.',
    zh: '最近两期比例的变化:合并方差的两比例 z 检验,双侧,5%。',
  },
  'mean-clustered': {
    en: "Questions of a repeat group: unweighted mean over the answered instances (a household of three members counts three times); SD with n − 1 over instances; SE by linearisation with the responses as clusters, as R survey's svymean(~x, svydesign(ids = ~response, data = instances)) (instances of one response are not independent); normal 95% interval, cut at the ends of the scale.",
    zh: '重复组(花名册)中的题目:对已作答的各实例求未加权均值(三口之家计三次);标准差按实例计算,分母 n − 1;标准误按线性化计算,以每份问卷为整群,与 R survey 的 svymean(~x, svydesign(ids = ~response, data = 实例表))一致(同一问卷的实例并不独立);正态 95% 区间,超出量表范围的部分截去。',
  },
  'mean-clustered-stratified': {
    en: "Questions of a repeat group in a weighted survey: mean over the answered instances with the design — each response a cluster of its instances, in its stratum, with its design weight N_h / m_h (and post-stratification factor), fpc 1 − m_h/N_h; a response without instances is a cluster that contributes zero — i.e. the ratio Σ w·(sum of the response's answers) / Σ w·(its answered instances), SE by linearisation as R survey's svymean(~x, svydesign(ids = ~response, strata = ~stratum, weights = ~w, fpc = ~N, data = instances)); normal 95% interval, cut at the ends of the scale. The weighted share of each value is the same estimator on the value's 0/1 indicator (NULL for an instance without a substantive answer): Σ w·(the response's instances with the value) / Σ w·(its answered instances), as R's svymean(~I(x == value), design, na.rm = TRUE). n, SD, range and the unweighted shares are of the instances.",
    zh: '加权调查中重复组(花名册)的题目:按抽样设计对已作答的各实例求均值——每份问卷为其实例组成的整群,属于其所在的层,权数为设计权数 N_h / m_h(及事后分层调整系数),有限总体校正 1 − m_h/N_h;没有实例的问卷也是一个整群,贡献为零——即比率 Σ w·(该问卷各实例答案之和) / Σ w·(该问卷作答的实例数),标准误按线性化计算,与 R survey 的 svymean(~x, svydesign(ids = ~response, strata = ~stratum, weights = ~w, fpc = ~N, data = 实例表))一致;正态 95% 区间,超出量表范围的部分截去。各取值的加权占比用同一估计量作用于该取值的 0/1 指示变量(实例无有效回答时为空):Σ w·(该问卷取该值的实例数) / Σ w·(该问卷作答的实例数),与 R 的 svymean(~I(x == 取值), design, na.rm = TRUE) 一致。n、标准差、范围与未加权占比按实例计算。',
  },
  'response-rate': {
    en: 'Response rate = analysed responses (received minus schema-invalid minus quality exclusions) / invited, per stratum and overall.',
    zh: '回收率 = 有效问卷(收到减去格式无效与质量规则剔除者)/ 邀请数,按层与总体计算。',
  },
};

export function estimatorNotes(used: Set<EstimatorId>): EstimatorNote[] {
  return (Object.keys(NOTES) as EstimatorId[]).filter((id) => used.has(id)).map((id) => ({ id, text: NOTES[id] }));
}
