// File upload, image choice, geopoint and signature in Chromium (fixture answer-types.survey,
// Chinese first, English): option images load under the strict policy with alt text in the
// page language; a file over the limit or of another type is refused with a message; the
// location comes from the (mocked) device or is typed; a signature is drawn with the mouse or
// typed; the response validates against the schema.
import { describe, expect, it } from 'vitest';
import { makeAjv } from '../support/ajv.ts';
import { axeViolations, cspViolations, useFormSite, watch } from './harness.ts';

const site = useFormSite('answer-types.survey');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

async function open(geolocation = true) {
  const context = await site.browser.newContext(
    geolocation ? { permissions: ['geolocation'], geolocation: { latitude: 31.2304, longitude: 121.4737, accuracy: 15 } } : {},
  );
  const page = await context.newPage();
  const problems = await watch(page);
  await page.goto(`${site.origin}/form.html`);
  return { page, problems };
}

describe('answer types in the form', () => {
  it('takes an image choice, a checked file, the device location and a drawn signature, and submits them', async () => {
    const { page, problems } = await open();
    const red = page.locator('img[data-alt="alt.logo.red"]');
    expect(await red.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(16);
    expect(await red.getAttribute('alt')).toBe('红底白字的圆形标志');
    await red.click();
    expect(await page.isChecked('#f-logo-0')).toBe(true);

    await page.setInputFiles('#f-photo', { name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(2 * 1024 * 1024) });
    expect(await page.locator('#fs-photo').textContent()).toBe('“big.png”大小为 2 MB,本题最大只接受 1 MB。请选择较小的文件。');
    await page.setInputFiles('#f-photo', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('备注') });
    expect(await page.locator('#fs-photo').textContent()).toBe('本题不接受“notes.txt”这类文件(image/*, .pdf)。请选择其他文件。');
    await page.setInputFiles('#f-photo', { name: '门店.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => page.locator('#fs-photo').textContent()).toBe(`已附上“门店.png”(${PNG.length} B)。`);

    await page.click('#f-place');
    await expect.poll(() => page.locator('#gs-place').textContent()).toBe('已获取位置:31.2304, 121.4737(精度约 15 米)。');
    expect(await page.inputValue('#f-place-lat')).toBe('31.2304');

    const box = (await page.locator('#f-sign').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 25, box.y + box.height / 2 + (i % 2 ? -15 : 15));
    await page.mouse.up();

    await page.selectOption('#lang', 'en');
    expect(await red.getAttribute('alt')).toBe('A round logo, white on red');
    expect(await page.locator('#fs-photo').textContent()).toBe(`“门店.png” (${PNG.length} B) is attached.`);

    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers.logo).toBe('red');
    expect(response.answers.photo).toEqual({
      name: '门店.png',
      type: 'image/png',
      size: PNG.length,
      content: `data:image/png;base64,${PNG.toString('base64')}`,
    });
    expect(response.answers.place).toEqual({ lat: 31.2304, lon: 121.4737, accuracy: 15, source: 'device' });
    expect(response.answers.sign).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(response.answers.sign.length).toBeGreaterThan(500);
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
  });

  it('works from the keyboard: typed coordinates, a typed name as the signature, clear and remove buttons', async () => {
    const { page, problems } = await open(false);
    await page.check('#f-logo-1');
    await page.setInputFiles('#f-photo', { name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect.poll(() => page.locator('.upload-clear').first().isHidden()).toBe(false);
    await page.click('.upload-clear >> nth=0');
    expect(await page.locator('#fs-photo').textContent()).toBe('');
    await page.setInputFiles('#f-photo', { name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });

    await page.fill('#f-place-lat', '95');
    await page.fill('#f-place-lon', '36.8219');
    expect(await page.locator('#gs-place').textContent()).toBe('请输入 −90 至 90 之间的纬度和 −180 至 180 之间的经度。');
    await page.fill('#f-place-lat', '-1.2921');
    expect(await page.locator('#gs-place').textContent()).toBe('');

    await page.fill('#f-sign-typed', '王芳');
    await page.click('.sig-clear');
    expect(await page.inputValue('#f-sign-typed')).toBe('');
    await page.click('#submit');
    expect(await page.locator('#err-sign').textContent()).toBe('此题为必答题。');
    await page.focus('#f-sign-typed');
    await page.keyboard.type('Wang Fang');

    expect(await axeViolations(page)).toEqual([]);
    await page.click('#submit');
    await page.locator('#done-text').waitFor();
    const response = JSON.parse(site.collector.received.at(-1)!);
    expect(response.answers.photo).toMatchObject({ name: 'plan.pdf', type: 'application/pdf', size: 8 });
    expect(response.answers.place).toEqual({ lat: -1.2921, lon: 36.8219, source: 'manual' });
    expect(response.answers.sign).toMatch(/^data:image\/png;base64,/);
    expect(makeAjv().compile(site.schema)(response)).toBe(true);
    expect(problems()).toEqual([]);
  });

  it('keeps every other answer in the browser when an attached file does not fit, and says the file must be attached again', async () => {
    const context = await site.browser.newContext();
    // A small quota, as a phone's browser or a nearly full origin has: large values are refused.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (value.length > 50_000) throw new DOMException('quota', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    const problems = await watch(page);
    await page.goto(`${site.origin}/form.html`);
    await page.check('#f-logo-1');
    await page.setInputFiles('#f-photo', { name: '门店.png', mimeType: 'image/png', buffer: Buffer.alloc(100_000, 7) });
    await expect
      .poll(() => page.locator('#saved-note').textContent())
      .toBe('您的回答已保存在本浏览器中,但附件太大,无法保存:如果关闭本页,回来时请重新上传附件。');
    expect(await page.locator('#saved-note').getAttribute('class')).toContain('problem');
    await page.selectOption('#lang', 'en');
    expect(await page.locator('#saved-note').textContent()).toBe(
      'Your answers are saved in this browser, except attached files, which are too large to keep: if you close this page, attach them again when you come back.',
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    expect(await page.isChecked('#f-logo-1')).toBe(true);
    expect(await page.locator('#fs-photo').textContent()).toBe('');
    // A small file fits again: the note goes back to saying everything is kept.
    await page.setInputFiles('#f-photo', { name: 'plan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect.poll(() => page.locator('#saved-note').getAttribute('class')).not.toContain('problem');
    await page.reload();
    await expect.poll(() => page.locator('#fs-photo').textContent()).toContain('plan.pdf');
    expect(problems()).toEqual([]);
    await context.close();
  });
});
