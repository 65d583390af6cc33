// Forms of text answers in Chromium (fixture text-forms.survey, Chinese first): the right
// input type and phone keyboard for each, the form's own message in each language for an
// answer that is not in its form, a slider that is unanswered until moved, and a response
// the schema accepts.
import { describe, expect, it } from 'vitest';
import { makeAjv } from '../support/ajv.ts';
import { useFormSite, watch } from './harness.ts';

const site = useFormSite('text-forms.survey');

describe('forms of text answers in the form', () => {
  it('bring up the right input, check the form of the answer and submit it', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    const attrs = (name: string) =>
      page.$eval(`[name="${name}"]`, (e) => [e.getAttribute('type'), e.getAttribute('inputmode'), e.getAttribute('autocomplete')]);
    expect(await attrs('mail')).toEqual(['email', 'email', 'email']);
    expect(await attrs('mobile')).toEqual(['tel', 'tel', 'tel']);
    expect(await attrs('site')).toEqual(['url', 'url', 'url']);
    expect(await attrs('call_at')).toEqual(['time', null, 'off']);
    expect(await attrs('visit')).toEqual(['datetime-local', null, 'off']);

    await page.fill('[name="mail"]', 'li@example');
    await page.fill('[name="mobile"]', '138-abc');
    await page.fill('[name="site"]', 'www.example.cn');
    await page.fill('[name="call_at"]', '09:30');
    await page.click('#submit');
    expect(await page.locator('#err-mail').textContent()).toBe('请输入有效的电子邮箱地址。');
    expect(await page.locator('#err-mobile').textContent()).toBe('请输入有效的电话号码。');
    expect(await page.locator('#err-site').textContent()).toBe('请输入以 http:// 或 https:// 开头的网址。');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#err-mail').textContent()).toBe('Enter a valid e-mail address.');

    // The slider is not answered until moved: the required message, and its value shows once moved.
    expect(await page.locator('#err-likely').textContent()).toBe('This question needs an answer.');
    expect(await page.getAttribute('[name="likely"]', 'type')).toBe('range');
    await page.fill('[name="likely"]', '80');
    expect(await page.locator('#out-likely').textContent()).toBe('80');

    await page.fill('[name="mail"]', 'li@example.cn');
    await page.fill('[name="mobile"]', '+86 138 0013 8000');
    await page.fill('[name="site"]', 'https://example.cn');
    await page.fill('[name="visit"]', '2026-03-01T14:30');
    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers).toEqual({
      mail: 'li@example.cn',
      mobile: '+86 138 0013 8000',
      site: 'https://example.cn',
      call_at: '09:30',
      likely: 80,
      visit: '2026-03-01T14:30',
    });
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);
  });
});
