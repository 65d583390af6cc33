import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, zhen } from '../methodology/kit.ts';

const instant = (limit: number) =>
  zhen(`  limit questions ${limit}
  rating overall "您对本次购物体验的满意度如何?" en: "How satisfied are you with this purchase?" on sat5
  matrix aspects "您对以下方面的满意度如何?" en: "How satisfied are you with each of these?" on sat5 {
    row goods "商品质量" en: "Product quality"
    row staff "服务态度" en: "Staff"
    row shipping "配送速度" en: "Delivery speed"
    row aftercare "售后支持" en: "After-sales support"
  }
  text pleased "最让您满意的是什么?" en: "What pleased you most?" optional when overall >= 4
  text displeased "最让您失望的是什么?" en: "What disappointed you most?" optional when overall <= 3`);

describe('question-limit (SVY3001)', () => {
  it('counts matrix rows as items and exclusive conditional questions once (seed 002: at most 5)', () => {
    expect(codes(instant(5))).toEqual(["8:3 SVY3001 'limit questions 5'"]);
    const d = diagnostics(instant(5), 'SVY3001')[0];
    expect(d.message).toContain('up to 6 questions (each matrix row counts as one)');
    expect(d.message).toContain("first over the limit: 'displeased'");
    expect(codes(instant(6))).toEqual([]);
  });

  it('can count a matrix as one question', () => {
    expect(codes(instant(5), { config: { options: { SVY3001: { countMatrixRows: false } } } })).toEqual([]);
  });

  it('checks a section limit', () => {
    const text = zhen(`  section s "服务" en: "Service" limit questions 1 {
    rating a "您对服务态度满意吗?" en: "How satisfied are you with our staff?" on sat5
    rating b "您对响应速度满意吗?" en: "How satisfied are you with our response time?" on sat5
  }`);
    expect(codes(text)).toEqual(["8:32 SVY3001 'limit questions 1'"]);
  });

  it('applies the post-transaction profile from survey.config.json, at the survey name', () => {
    const items = ['服务态度', '响应速度', '价格', '商品质量', '包装', '配送'];
    const text = zhen(
      items.map((t, i) => `  rating q${i} "您对${t}满意吗?" en: "How satisfied are you with item ${i + 1}?" on sat5`).join('\n'),
    );
    expect(codes(text)).toEqual([]);
    expect(codes(text, { config: { profile: 'post-transaction' } })).toEqual(["1:8 SVY3001 't'"]);
    expect(diagnostics(text, 'SVY3001', { config: { profile: 'post-transaction' } })[0].message).toContain(
      "the limit of the 'post-transaction' profile in survey.config.json is 5",
    );
  });
});
