// The form's interface text: eleven languages from their own tables, chosen by BCP 47 tag,
// with English for a language or a key without a translation.
import { describe, expect, it } from 'vitest';
import { en, isRtl, UI_TABLES, uiTableFor, uiText, type UiKey } from '../src/common/ui-text/index.ts';
import { uiStrings } from '../src/html/ui-strings.ts';

describe('interface text', () => {
  it('has a table for each of the eleven languages, each holding only keys English has', () => {
    expect(Object.keys(UI_TABLES).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'ja', 'ko', 'pt', 'sw', 'zh-Hans', 'zh-Hant']);
    for (const [name, table] of Object.entries(UI_TABLES)) {
      for (const key of Object.keys(table)) expect(key in en, `${name}.${key}`).toBe(true);
      // Every placeholder of the English string is kept by the translation.
      for (const [key, value] of Object.entries(table)) {
        const want = [...en[key as UiKey].matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
        expect([...value.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort(), `${name}.${key}`).toEqual(want);
      }
      // Buttons, progress, errors and yes/no are translated in every table.
      for (const key of ['next', 'previous', 'submit', 'progress', 'required', 'pageErrors', 'yes', 'no', 'requiredMark'] as UiKey[])
        expect(table[key], `${name}.${key}`).toBeTruthy();
    }
  });

  it('picks Traditional Chinese for zh-Hant, zh-TW and zh-HK, Simplified for other Chinese tags', () => {
    for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-Hant-TW', 'ZH-hant']) expect(uiTableFor(tag), tag).toBe('zh-Hant');
    for (const tag of ['zh', 'zh-Hans', 'zh-CN', 'zh-SG']) expect(uiTableFor(tag), tag).toBe('zh-Hans');
    expect(uiText('next', 'zh-TW')).toBe('下一頁');
    expect(uiText('next', 'zh')).toBe('下一页');
    expect(uiTableFor('pt-BR')).toBe('pt');
    expect(uiTableFor('es-419')).toBe('es');
    expect(uiText('submit', 'fr-CA')).toBe('Envoyer');
  });

  it('falls back to English for a language without a table and for a key a table lacks', () => {
    expect(uiText('next', 'ru')).toBe('Next');
    expect(uiText('next', 'x-unknown')).toBe('Next');
    expect(UI_TABLES.sw.hiddenMissing).toBeUndefined();
    expect(uiText('hiddenMissing', 'sw')).toBe(en.hiddenMissing);
    expect(uiText('next', 'sw')).toBe('Inayofuata');
  });

  it('fills every survey language in the form data', () => {
    const ui = uiStrings(['ar', 'en', 'ja', 'sw', 'zh-Hant']);
    expect(ui.next).toEqual({ ar: 'التالي', en: 'Next', ja: '次へ', sw: 'Inayofuata', 'zh-Hant': '下一頁' });
    expect(ui.yes).toEqual({ ar: 'نعم', en: 'Yes', ja: 'はい', sw: 'Ndiyo', 'zh-Hant': '是' });
  });

  it('knows which tags are written right to left', () => {
    expect(['ar', 'ar-EG', 'he', 'fa', 'ur'].every(isRtl)).toBe(true);
    expect(['en', 'zh', 'sw', 'az-Arab'].map(isRtl)).toEqual([false, false, false, true]);
    expect(isRtl('ku-Latn')).toBe(false);
  });
});
