// How the form looks and reads beyond the default: dark mode, more contrast and forced
// colours (Windows high contrast) stay axe-clean; an Arabic survey is laid out right to
// left with Arabic interface text and turns left to right for English and 繁體中文;
// a 0–100 scale is a slider; phones get the right keyboards; the form says which
// questions are required and whether answers are kept in this browser.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { allCases } from '../support/load.ts';
import { axeViolations, buildPages, cspViolations, useSite, watch } from './harness.ts';

const { pages } = buildPages(allCases());
const site = useSite(pages);

async function open(path: string, options: Parameters<typeof site.browser.newContext>[0] = {}) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems = await watch(page);
  await page.goto(`${site.origin}/${path}`);
  return { context, page, problems };
}

const luminance = (page: Page, selector: string, prop: 'color' | 'backgroundColor') =>
  page.evaluate(
    ([sel, p]) => {
      const rgb = getComputedStyle(document.querySelector(sel)!)
        [p as 'color'].match(/\d+(\.\d+)?/g)!
        .slice(0, 3)
        .map(Number);
      const lin = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    },
    [selector, prop] as const,
  );

describe('colour schemes', () => {
  it('dark mode: a dark page with light text, axe-clean before and after validation messages', async () => {
    const { context, page, problems } = await open('all_kinds.html', { colorScheme: 'dark' });
    expect(await luminance(page, 'body', 'backgroundColor')).toBeLessThan(0.02);
    expect(await luminance(page, 'body', 'color')).toBeGreaterThan(0.7);
    expect(await luminance(page, 'input[type="text"], textarea', 'backgroundColor')).toBeLessThan(0.02);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('#next');
    await page.locator('.error:not(:empty)').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it('the light scheme is unchanged without a preference', async () => {
    const { context, page } = await open('all_kinds.html', { colorScheme: 'light' });
    expect(await luminance(page, 'body', 'backgroundColor')).toBeGreaterThan(0.95);
    await context.close();
  }, 60_000);

  it('more contrast: muted text becomes full-contrast text and borders thicken, axe-clean', async () => {
    const { context, page } = await open('all_kinds.html', { contrast: 'more' });
    const style = await page.evaluate(() => ({
      muted: getComputedStyle(document.querySelector('.qnum')!).color,
      text: getComputedStyle(document.body).color,
      border: getComputedStyle(document.querySelector('.choice')!).borderTopWidth,
    }));
    expect(style.muted).toBe(style.text);
    expect(style.border).toBe('2px');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it('forced colours (high contrast): options keep a visible border in the system text colour, axe-clean', async () => {
    const { context, page, problems } = await open('all_kinds.html', { forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const border = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.choice')!);
      return { width: s.borderTopWidth, style: s.borderTopStyle, color: s.borderTopColor };
    });
    expect(border.width).toBe('1px');
    expect(border.style).toBe('solid');
    expect(border.color).not.toBe('rgba(0, 0, 0, 0)');
    await page.click('#next');
    await page.locator('.error:not(:empty)').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('right to left (arabic_clinic: ar, en, zh-Hant)', () => {
  it('lays out an Arabic survey right to left with Arabic interface text, and left to right in English and 繁體中文', async () => {
    const { context, page, problems } = await open('arabic_clinic.html', { viewport: { width: 800, height: 900 } });
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await page.locator('#next').textContent()).toBe('التالي');
    expect(await page.locator('#progress-text').textContent()).toBe('الصفحة 1 من 2');
    expect(await page.locator('#required-note').textContent()).toBe('الأسئلة المعلّمة بـ * تتطلب إجابة.');
    expect(await page.locator('label[for="f-first_visit-0"]').textContent()).toBe('نعم');
    // A radio button stands to the right of its label; the question number to the right of its text.
    const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
    expect((await box('#f-clinic-0')).x).toBeGreaterThan((await box('label[for="f-clinic-0"]')).x);
    expect((await box('#q-clinic .qnum')).x).toBeGreaterThan((await box('#q-clinic .qtitle [data-t]')).x);
    expect(await axeViolations(page)).toEqual([]);
    // The error summary and messages are Arabic too.
    await page.click('#next');
    await page.locator('.error:not(:empty)').first().waitFor();
    expect(await page.locator('#err-clinic').textContent()).toBe('هذا السؤال يتطلب إجابة.');
    expect(await page.locator('#error-links a').first().textContent()).toContain('هذا السؤال يتطلب إجابة.');
    expect(await axeViolations(page)).toEqual([]);

    await page.selectOption('#lang', 'en');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['ltr', 'en']);
    expect(await page.locator('#next').textContent()).toBe('Next');
    expect(await page.locator('#err-clinic').textContent()).toBe('This question needs an answer.');
    expect((await box('#f-clinic-0')).x).toBeLessThan((await box('label[for="f-clinic-0"]')).x);

    await page.selectOption('#lang', 'zh-Hant');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await page.locator('#next').textContent()).toBe('下一頁');
    expect(await page.locator('#progress-text').textContent()).toBe('第 1 頁,共 2 頁');
    expect(await page.locator('label[for="f-first_visit-0"]').textContent()).toBe('是');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  }, 90_000);

  it('puts Next on the left and Previous on the right of the second page', async () => {
    const { context, page } = await open('arabic_clinic.html');
    await page.click('label[for="f-clinic-0"]');
    await page.click('label[for="f-first_visit-0"]');
    await page.fill('#f-visit_day', '2025-03-31');
    await page.locator('#f-health-s').focus();
    await page.keyboard.press('ArrowLeft');
    await page.click('#next');
    await page.locator('#prev').waitFor();
    const next = (await page.locator('#submit').boundingBox())!;
    const prev = (await page.locator('#prev').boundingBox())!;
    expect(next.x).toBeLessThan(prev.x);
    await context.close();
  }, 60_000);
});

describe('a 0–100 scale as a slider', () => {
  it('is one range control, unanswered until moved; a missing code unsets it; a reload keeps the value', async () => {
    const { context, page, problems } = await open('arabic_clinic.html');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#q-health input[type="radio"]').count()).toBe(1); // only "Don't know"
    const slider = page.locator('#f-health-s');
    expect(await slider.getAttribute('min')).toBe('0');
    expect(await slider.getAttribute('max')).toBe('100');
    expect(await page.locator('#f-health-s-out').textContent()).toBe('Not answered yet: move the slider.');
    // Untouched, it is not an answer: the required message shows and focus goes to the slider.
    await page.click('#next');
    await page.locator('#err-health:not(:empty)').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('');
    // The keyboard answers it: arrow keys step by one from the middle.
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#f-health-s-out').textContent()).toBe('51');
    expect(await page.locator('#err-health').textContent()).toBe('');
    await page.keyboard.press('End');
    expect(await page.locator('#f-health-s-out').textContent()).toBe('100');
    // "Don't know" replaces the slider's value, and moving the slider replaces "Don't know".
    await page.click('label[for="f-health-m0"]');
    expect(await slider.getAttribute('data-unset')).toBe('');
    expect(await page.locator('#f-health-s-out').textContent()).toBe('Not answered yet: move the slider.');
    await slider.fill('73');
    expect(await page.locator('#f-health-m0').isChecked()).toBe(false);
    expect(await page.locator('#f-health-s-out').textContent()).toBe('73');
    await page.reload();
    expect(await page.locator('#f-health-s').inputValue()).toBe('73');
    expect(await page.locator('#f-health-s').getAttribute('data-unset')).toBeNull();
    expect(await page.locator('#f-health-s-out').textContent()).toBe('73');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('phone keyboards', () => {
  it('asks for the phone, e-mail and number keyboards the answers need', async () => {
    const { context, page } = await open('arabic_clinic.html');
    const attrs = (sel: string) =>
      page.locator(sel).evaluate((e) => [e.getAttribute('type'), e.getAttribute('inputmode'), e.getAttribute('autocomplete')]);
    expect(await attrs('#f-phone')).toEqual(['tel', 'tel', 'tel']);
    expect(await attrs('#f-mail')).toEqual(['email', 'email', 'email']);
    expect(await attrs('#f-body_weight')).toEqual(['number', 'decimal', 'off']);
    await context.close();
    const all = await open('all_kinds.html');
    expect(await all.page.locator('#f-orders').getAttribute('inputmode')).toBe('numeric');
    expect(await all.page.locator('#f-email').getAttribute('type')).toBe('email');
    await all.context.close();
  }, 60_000);
});

describe('save and resume', () => {
  it('says the answers are kept in this browser, and says so again once restored', async () => {
    const { context, page } = await open('all_kinds.html');
    expect(await page.locator('#saved-note').textContent()).toBe('您的回答会随时保存在本浏览器中:可以关闭本页,稍后回来继续填写。');
    expect(await page.locator('#required-note').textContent()).toBe('标有 * 的问题为必答题。');
    await page.click('label[for="f-channel-0"]');
    await page.reload();
    expect(await page.locator('#status').textContent()).toBe('已恢复您上次保存在本浏览器中的回答。');
    expect(await page.locator('#f-channel-0').isChecked()).toBe(true);
    await context.close();
  }, 60_000);

  it('warns that answers will be lost when this browser cannot store them', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/english_conditions.html`);
    expect(await page.locator('#saved-note').textContent()).toBe(
      'This browser cannot save your answers: finish in one go, or they will be lost when you close the page.',
    );
    expect(await page.locator('#saved-note').getAttribute('class')).toContain('problem');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);
});

describe('the error summary on a phone', () => {
  it('sits above the questions with a count, and goes away once the page is fixed', async () => {
    const { context, page } = await open('english_conditions.html', { viewport: { width: 375, height: 740 } });
    await page.click('#next:visible, #submit:visible');
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('#error-summary-title').textContent()).toMatch(/^\d+ answers on this page need attention\.$/);
    const summary = (await page.locator('#error-summary').boundingBox())!;
    const form = (await page.locator('#survey-form').boundingBox())!;
    expect(summary.y + summary.height).toBeLessThanOrEqual(form.y);
    await page.check('input[name="contact"][value="phone"]');
    await page.check('input[name="ease"][value="5"]');
    await page.check('input[name="resolved"][value="yes"]');
    await page.locator('#error-summary').waitFor({ state: 'hidden' });
    await context.close();
  }, 60_000);
});

describe('the intro', () => {
  it('does not repeat the duration when the intro already gives it', async () => {
    const { context, page } = await open('crm_satisfaction.html');
    expect(await page.locator('.intro').textContent()).toContain('5 分钟');
    expect(await page.locator('.duration').isVisible()).toBe(false);
    await page.selectOption('#lang', 'en');
    expect(await page.locator('.duration').isVisible()).toBe(false);
    await context.close();
  }, 60_000);
});
