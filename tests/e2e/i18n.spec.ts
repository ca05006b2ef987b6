import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { appText } from '../../src/i18n/en/app';
import { panelsText } from '../../src/i18n/en/panels';
import { presentText } from '../../src/i18n/en/present';
import { evidenceText } from '../../src/i18n/en/evidence';
import { announcer, openFresh, titlesIn } from './helpers';

const LANGUAGES = {
  ru: {
    name: 'Русский',
    cells: ['Политические: сильные стороны', 'Экономические: слабые стороны', 'Социальные: возможности', 'Технологические: угрозы'],
    first: 'Политические: сильные стороны',
    second: 'Политические: слабые стороны',
    add: (cell: string) => `Добавить фактор в ячейку ${cell}`,
    input: (cell: string) => `Новый фактор в ячейке ${cell}`,
    moved: 'перемещён',
    undo: 'Отменить',
    sources: 'Источники',
    compare: 'Сравнить',
    present: 'Показ',
    scenario: 'Сценарий',
    exportAll: 'Экспортировать все',
    import: 'Импорт…',
  },
  kk: {
    name: 'Қазақша',
    cells: ['Саяси: күшті жақтары', 'Экономикалық: әлсіз жақтары', 'Әлеуметтік: мүмкіндіктер', 'Технологиялық: қауіптер'],
    first: 'Саяси: күшті жақтары',
    second: 'Саяси: әлсіз жақтары',
    add: (cell: string) => `Ұяшыққа фактор қосу: ${cell}`,
    input: (cell: string) => `Жаңа фактор, ұяшық: ${cell}`,
    moved: 'жылжытылды',
    undo: 'Болдырмау',
    sources: 'Дереккөздер',
    compare: 'Салыстыру',
    present: 'Көрсету',
    scenario: 'Сценарий',
    exportAll: 'Барлығын экспорттау',
    import: 'Импорт…',
  },
} as const;

/** The English interface strings worth looking for: whole phrases, not words shared across languages. */
function englishPhrases(...parts: unknown[]): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (/[a-z]{3,} [a-z]{3,}/i.test(value) && !/^SWOT|PEST|PNG|SVG|CSV|JSON|PDF|URL/.test(value)) out.push(value.replace(/\{\w+\}/g, '').trim());
    } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  parts.forEach(walk);
  return [...new Set(out)].filter((phrase) => phrase.length >= 8);
}
const ENGLISH = englishPhrases(appText, panelsText, presentText.help, evidenceText);

async function leftoverEnglish(page: Page): Promise<string[]> {
  const body = await page.evaluate(() => document.body.innerText);
  return ENGLISH.filter((phrase) => body.includes(phrase));
}

const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, label, h1, h2, .save-indicator, .matrix__col-header, .p-chip, .p-heading__text')]
      .filter((element) => element.getClientRects().length > 0 && !element.closest('.visually-hidden') && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflow !== 'visible')
      .map((element) => element.textContent?.trim()),
  );

for (const [code, L] of Object.entries(LANGUAGES)) {
  test(`the interface in ${L.name}: names, a keyboard move, delete and undo, no English left, nothing clipped, axe clean`, async ({ page }) => {
    test.setTimeout(90_000);
    await openFresh(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    for (const name of L.cells) await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('combobox', { name: L.scenario, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: L.exportAll, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: L.import, exact: true })).toBeVisible();

    // Add a factor.
    await page.getByRole('button', { name: L.add(L.first) }).click();
    await page.getByRole('textbox', { name: L.input(L.first) }).fill('Жаңа фактор / новый фактор');
    await page.keyboard.press('Enter');
    await expect.poll(() => titlesIn(page, L.first)).toContain('Жаңа фактор / новый фактор');
    const items = page.getByRole('region', { name: L.first, exact: true }).getByRole('list').getByRole('listitem');
    await expect(items.last()).toHaveAccessibleName(/^Жаңа фактор \/ новый фактор,/);

    // Move it by keyboard, and hear it in this language.
    await page.getByRole('region', { name: L.first, exact: true }).getByRole('button', { name: /^Жаңа фактор \/ новый фактор/ }).focus();
    await page.keyboard.press('Space');
    await expect(announcer(page)).toContainText(L.first);
    await page.keyboard.press('ArrowRight');
    await expect(announcer(page)).toContainText(L.second);
    await page.keyboard.press('Space');
    await expect.poll(() => titlesIn(page, L.second)).toContain('Жаңа фактор / новый фактор');
    await expect(announcer(page)).toContainText(L.moved);

    // Delete, then undo from the toast.
    await page.getByRole('region', { name: L.second, exact: true }).getByRole('button', { name: /^Жаңа фактор \/ новый фактор/ }).focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => titlesIn(page, L.second)).not.toContain('Жаңа фактор / новый фактор');
    await page.locator('.toast').getByRole('button', { name: L.undo }).click();
    await expect.poll(() => titlesIn(page, L.second)).toContain('Жаңа фактор / новый фактор');

    expect(await leftoverEnglish(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    const main = await new AxeBuilder({ page }).analyze();
    expect(main.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

    // The editor.
    await page.getByRole('region', { name: L.second, exact: true }).getByRole('button', { name: /^Жаңа фактор \/ новый фактор/ }).click();
    await expect(page.locator('.editor')).toBeVisible();
    expect(await leftoverEnglish(page)).toEqual([]);
    await page.keyboard.press('Escape');

    // Sources, then Compare.
    await page.getByRole('button', { name: L.sources, exact: true }).click();
    await expect(page.locator('.sources')).toBeVisible();
    expect(await leftoverEnglish(page)).toEqual([]);
    await page.getByRole('button', { name: L.compare, exact: true }).click();
    await expect(page.locator('.compare')).toBeVisible();
    await page.locator('.compare select').selectOption({ index: 1 });
    await expect(page.locator('.compare__result')).toBeVisible();
    expect(await leftoverEnglish(page)).toEqual([]);

    // Present mode and its help, at the projector size of the test.
    await page.getByRole('button', { name: L.present, exact: true }).click();
    await expect(page.getByTestId('present-mode')).toBeVisible();
    await page.keyboard.press('?');
    await expect(page.locator('.p-help')).toBeVisible();
    expect(await leftoverEnglish(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.keyboard.press('?');
    // The row names run upwards in their own boxes, a long one over two lines, never past the box.
    const spilling = await page.evaluate(() =>
      [...document.querySelectorAll('.p-rowhead')]
        .filter((heading) => {
          const box = heading.getBoundingClientRect();
          const words = heading.querySelector('.p-heading__text')!.getBoundingClientRect();
          return words.height > box.height + 1 || words.width > box.width + 1;
        })
        .map((heading) => heading.textContent),
    );
    expect(spilling).toEqual([]);
    // The SWOT names fit their columns, in the overview and in a row's zoom, however long they are here.
    const cut = (selector: string) =>
      page.evaluate((headings) => [...document.querySelectorAll<HTMLElement>(headings)].filter((heading) => heading.scrollWidth > heading.clientWidth + 1).map((heading) => heading.textContent), selector);
    await expect(page.locator('.p-colhead')).toHaveCount(4);
    expect(await cut('.p-colhead')).toEqual([]);
    await page.keyboard.press('r');
    await expect(page.locator('.p-panel__heading')).toHaveCount(4);
    expect(await cut('.p-panel__heading')).toEqual([]);
  });

  test(`${L.name} on a phone: nothing overflows at 390×844`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openFresh(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption(code);
    await expect(page.getByRole('region', { name: L.first, exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await overflowing(page)).toEqual([]);
  });
}
