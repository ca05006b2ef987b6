import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { evaluateMatrix } from '../../src/domain/strategy/weighting';
import { strategyText } from '../../src/i18n/en/strategy';
import { strategy as kkStrategy } from '../../src/i18n/kk/strategy';
import { strategy as ruStrategy } from '../../src/i18n/ru/strategy';
import { panelsText } from '../../src/i18n/en/panels';
import { panels as kkPanels } from '../../src/i18n/kk/panels';
import { panels as ruPanels } from '../../src/i18n/ru/panels';
import { announcer, cell, openFresh, storedContent, waitForSave } from './helpers';

test.beforeEach(async ({ page }) => {
  await openFresh(page);
});

const panel = (page: Page) => page.getByRole('complementary', { name: 'Strategy' });

async function newEmptyScenario(page: Page, name: string) {
  await page.getByRole('button', { name: 'New…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New scenario' });
  await dialog.getByRole('radio', { name: 'An empty matrix' }).check();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Create scenario' }).click();
  await expect(cell(page, 'Political strengths').getByRole('listitem')).toHaveCount(0);
}

/** Adds a factor from the keyboard: focus the cell's add button, Enter, type, Enter. */
async function addByKeyboard(page: Page, cellName: string, title: string) {
  await page.getByRole('button', { name: `Add factor to ${cellName}` }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(cell(page, cellName).getByRole('button', { name: new RegExp(`^${title}`) })).toBeVisible();
}

test('an IFE built from the keyboard: weights, ratings, normalise, and the total; undo restores the weights', async ({ page }) => {
  await newEmptyScenario(page, 'IFE drill');
  await addByKeyboard(page, 'Political strengths', 'Strong mandate');
  await addByKeyboard(page, 'Economic strengths', 'Budget in place');
  await addByKeyboard(page, 'Social weaknesses', 'Skills gap');

  await page.getByRole('button', { name: 'Strategy', exact: true }).focus();
  await page.keyboard.press('Enter');
  const ife = panel(page).getByRole('region', { name: 'Internal Factor Evaluation (IFE)' });
  for (const [title, weight, rating] of [
    ['Strong mandate', '0.5', '4 major strength'],
    ['Budget in place', '0.3', '3 minor strength'],
    ['Skills gap', '0.4', '1 major weakness'],
  ] as const) {
    await ife.getByRole('textbox', { name: `Weight of ${title}` }).focus();
    await page.keyboard.type(weight);
    await page.keyboard.press('Tab');
    // Tab lands on the rating; a select is chosen from the keyboard by typing its option.
    await expect(ife.getByRole('combobox', { name: `Rating of ${title}` })).toBeFocused();
    await ife.getByRole('combobox', { name: `Rating of ${title}` }).selectOption({ label: rating });
  }
  // 0.5 + 0.3 + 0.4 = 1.2: the sum is flagged until it reaches 1.00.
  await expect(ife.getByTestId('ife-weight-sum')).toHaveText('1.20');
  await expect(ife.getByText('Weights sum to 1.20, not 1.00')).toBeVisible();
  await expect(ife.getByText('Only 3 factors: the method suggests 10 to 20.')).toBeVisible();

  await ife.getByRole('button', { name: 'Normalise weights (IFE)' }).focus();
  await page.keyboard.press('Enter');
  await expect(ife.getByTestId('ife-weight-sum')).toHaveText('1.00');
  await expect(announcer(page)).toHaveText('IFE weights normalised to sum to 1.00');
  // (0.5×4 + 0.3×3 + 0.4×1) / 1.2 = 3.3 / 1.2 = 2.75, above the 2.5 average.
  await expect(ife.getByTestId('ife-total')).toHaveText('2.75');
  await expect(ife.getByText('Total 2.75: above the 2.5 average')).toBeVisible();
  await expect(cell(page, 'Political strengths').getByRole('button', { name: /^Strong mandate/ })).toHaveAccessibleName(/weight 0\.417, rating 4/);

  await waitForSave(page);
  const stored = (await storedContent(page)).scenarios.find((s) => s.name === 'IFE drill')!;
  expect(stored.factors.map((f) => f.weight)).toEqual([0.5 / 1.2, 0.3 / 1.2, 0.4 / 1.2].map((w) => expect.closeTo(w, 3)));

  await page.keyboard.press('Control+z');
  await expect(ife.getByTestId('ife-weight-sum')).toHaveText('1.20');
});

test('a strategy made from two picked cards; deleting one of its factors warns and marks it incomplete; undo restores both', async ({ page }) => {
  const strength = cell(page, 'Political strengths').getByRole('listitem').first().getByRole('button');
  const opportunity = cell(page, 'Economic opportunities').getByRole('listitem').first().getByRole('button');
  const strengthTitle = (await strength.locator('.card__title').innerText()).trim();
  const opportunityTitle = (await opportunity.locator('.card__title').innerText()).trim();

  await strength.click({ modifiers: ['Control'] });
  await opportunity.focus();
  await page.keyboard.press('Shift+Enter');
  await expect(strength).toHaveAccessibleName(/picked for a strategy/);
  const bar = page.getByRole('region', { name: 'Make strategy' });
  await expect(bar.getByRole('status')).toHaveText('2 cards picked');
  await bar.getByRole('button', { name: 'Make strategy' }).click();

  const form = panel(page).getByRole('form', { name: 'Add strategy to SO' });
  await expect(form.getByRole('checkbox', { name: new RegExp(escape(strengthTitle)) })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: new RegExp(escape(opportunityTitle)) })).toBeChecked();
  await form.getByRole('textbox', { name: 'Strategy title' }).fill('Back the budget with the mandate');
  await form.getByRole('button', { name: 'Add strategy' }).click();

  const so = panel(page).getByRole('region', { name: 'SO: use strengths to take opportunities' });
  const strategy = so.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Back the budget with the mandate' }) });
  await expect(strategy).toBeVisible();
  await expect(strategy.getByText(/^Incomplete/)).toHaveCount(0);
  await expect(bar).toHaveCount(0);

  // Delete the opportunity from the grid, by keyboard.
  await opportunity.focus();
  await page.keyboard.press('Delete');
  // The seeds' own strategies may rest on it too; the new one must be among those named.
  await expect(page.getByRole('status').filter({ hasText: `Deleted "${opportunityTitle}"` })).toContainText(
    /used by (strategy|\d+ strategies:) .*"Back the budget with the mandate"/,
  );
  await expect(strategy.getByText('Incomplete: no opportunities linked')).toBeVisible();
  await expect(strategy.getByText('1 deleted factor')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(cell(page, 'Economic opportunities').getByRole('button', { name: new RegExp(`^${escape(opportunityTitle)}`) })).toBeVisible();
  await expect(strategy.getByText(/^Incomplete/)).toHaveCount(0);
  // It rests on the factor again: the first list in the strategy is what it rests on.
  await expect(strategy.getByRole('list').first()).toContainText(opportunityTitle);
});

test('a strategy moves between quadrants by keyboard, with words for each step, and Escape puts it back', async ({ page }) => {
  await page.getByRole('button', { name: 'Strategy', exact: true }).click();
  await panel(page).getByRole('tab', { name: 'TOWS' }).click();
  const so = panel(page).getByRole('region', { name: 'SO: use strengths to take opportunities' });
  const st = panel(page).getByRole('region', { name: 'ST: use strengths to counter threats' });
  const first = so.getByRole('listitem').first();
  const title = (await first.getByRole('heading').innerText()).trim();
  const before = await st.getByRole('heading', { level: 4 }).count();

  await panel(page).getByRole('button', { name: `Move strategy ${title}` }).focus();
  await page.keyboard.press('Space');
  await expect(announcer(page)).toContainText(`Picked up strategy "${title}" in SO, position 1`);
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText(`Strategy "${title}": ST, position 1 of ${before + 1}`);
  await page.keyboard.press('Escape');
  await expect(announcer(page)).toContainText(`Move cancelled; strategy "${title}" is back in SO, position 1`);
  await expect(so.getByRole('heading', { level: 4 }).first()).toHaveText(title);

  await expect(panel(page).getByRole('button', { name: `Move strategy ${title}` })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(announcer(page)).toHaveText(`Moved strategy "${title}" to ST, position 2 of ${before + 1}; incomplete: no threats linked`);
  await expect(st.getByRole('heading', { level: 4 }).nth(1)).toHaveText(title);
  await expect(st.getByRole('listitem').filter({ hasText: title }).getByText('Incomplete: no threats linked')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(so.getByRole('heading', { level: 4 }).first()).toHaveText(title);
});

test('the low-confidence filter and significance: the grid shows what needs evidence, sorts by significance, and the panel is axe-clean', async ({ page }) => {
  // Two axe-core runs over the whole panel: 9-15 s on an idle two-core machine, past 30 s on a busy one.
  test.slow();
  await page.getByRole('button', { name: 'Strategy', exact: true }).click();
  await panel(page).getByRole('tab', { name: 'IFE / EFE' }).focus();
  await page.keyboard.press('End');
  await expect(panel(page).getByRole('tab', { name: 'Evidence' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page).getByText(/This scoring is a common convention of PESTLE analysis, not a standard/)).toBeVisible();

  const lowCount = Number((await panel(page).getByText(/factors? of low confidence$/).innerText()).split(' ')[0]);
  await panel(page).getByRole('checkbox', { name: 'Low confidence only' }).check();
  const dimmed = page.locator('.matrix--low-confidence-only .card:not([data-confidence="low"])');
  const shown = page.locator('.matrix--low-confidence-only .card[data-confidence="low"]');
  await expect(shown).toHaveCount(lowCount);
  expect(await dimmed.count()).toBeGreaterThan(0);
  await expect(dimmed.first()).toHaveCSS('opacity', '0.3');

  await panel(page).getByRole('button', { name: 'Sort cells by significance' }).click();
  await expect(announcer(page)).toHaveText('Every cell sorted by significance, most significant first');
  const scores = await cell(page, 'Economic opportunities')
    .locator('.card')
    .evaluateAll((cards) => cards.map((card) => Number(/significan\w*: (\d+)/.exec(card.getAttribute('aria-label') ?? '')?.[1] ?? 0)));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));

  const results = await new AxeBuilder({ page }).include('.strategy-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
  await panel(page).getByRole('tab', { name: 'TOWS' }).click();
  const tows = await new AxeBuilder({ page }).include('.strategy-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(tows.violations.map((violation) => violation.id)).toEqual([]);
});

test('Present mode shows the strategy with G: the IFE and EFE totals, the IE cell and the TOWS strategies', async ({ page }) => {
  await waitForSave(page);
  const baseline = (await storedContent(page)).scenarios[0]!;
  const ife = evaluateMatrix(baseline, 'ife').total.toFixed(2);
  const efe = evaluateMatrix(baseline, 'efe').total.toFixed(2);

  await page.keyboard.press('p');
  await expect(page.getByTestId('present-mode')).toBeVisible();
  await page.keyboard.press('g');
  const dialog = page.getByRole('dialog', { name: 'Strategy' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(ife, { exact: true }).first()).toBeVisible();
  await expect(dialog.getByText(efe, { exact: true }).first()).toBeVisible();
  await expect(dialog.getByText(new RegExp(`^Cell [IVX]+ \\(IFE ${ife}, EFE ${efe}\\)`))).toBeVisible();
  for (const quadrant of ['SO', 'ST', 'WO', 'WT']) {
    const section = dialog.getByRole('region', { name: new RegExp(`^${quadrant}:`) });
    expect(await section.getByRole('listitem').count()).toBe(baseline.strategies.filter((s) => s.quadrant === quadrant).length);
  }
  // Modal: other keys do nothing until it closes.
  await page.keyboard.press('ArrowRight');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('present-mode')).toBeVisible();
});

const STRATEGY_WORDS = { en: strategyText, ru: ruStrategy, kk: kkStrategy } as const;

/**
 * What a reader sees of each rating control's choice, beside the choice itself. A native select
 * paints its chosen option on one line and cuts what does not fit; text drawn over a transparent
 * select counts if all of it is inside the control and none of it is clipped.
 */
function shownChoices(selects: HTMLSelectElement[]) {
  return selects.map((select) => {
    const chosen = select.selectedOptions[0]?.text ?? '';
    const style = getComputedStyle(select);
    if (style.opacity !== '0') {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // Chromium keeps about 20 px of a closed select for its arrow.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      return { chosen, shown: context.measureText(chosen).width <= room ? chosen : `cut: ${chosen}` };
    }
    const box = select.getBoundingClientRect();
    const drawn = [...select.parentElement!.children].filter((element): element is HTMLElement => element !== select);
    const whole = drawn.every((element) => {
      const rect = element.getBoundingClientRect();
      const inside = rect.left >= box.left - 1 && rect.right <= box.right + 1 && rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
      return inside && element.scrollWidth <= element.clientWidth && element.scrollHeight <= element.clientHeight;
    });
    const shown = drawn.map((element) => element.innerText.replace(/\s+/g, ' ').trim()).join(' ');
    return { chosen, shown: whole ? shown : `cut: ${shown}` };
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('the rating chosen for each factor reads whole in English, Russian and Kazakh, in full for screen readers too, and the table keeps within the panel', async ({ page }) => {
      // One axe-core run over the panel, and three languages.
      test.slow();
      await page.getByRole('button', { name: 'Strategy', exact: true }).click();
      for (const language of ['en', 'ru', 'kk'] as const) {
        const T = STRATEGY_WORDS[language];
        if (language !== 'en') {
          // The picker is named in the language it shows.
          await page.getByRole('combobox', { name: /^(Language|Язык|Тіл)$/ }).selectOption(language);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
        }
        const strategy = page.getByRole('complementary', { name: T.panel.heading });
        const ratings = strategy.getByRole('combobox', { name: new RegExp(`^${T.weights.ratingOf({ title: '' })}`) });
        await expect(ratings.first()).toBeVisible();
        // What a screen reader hears as the control's value: the rating's name in full.
        const names = new Set<string>([T.weights.notRated, ...Object.values(T.weights.ratingNames), ...Object.values(T.weights.responseNames)]);
        const choices = await ratings.evaluateAll(shownChoices);
        expect(choices.length).toBeGreaterThan(0);
        expect(choices.filter(({ chosen }) => !names.has(chosen))).toEqual([]);
        // What everyone sees: the same words, none cut.
        expect(choices.filter(({ chosen, shown }) => shown !== chosen)).toEqual([]);

        // The table stays inside the panel, and the factors keep the widest column.
        for (const table of await strategy.locator('table').all()) {
          const layout = await table.evaluate((element) => ({
            overflow: element.getBoundingClientRect().width - element.parentElement!.clientWidth,
            columns: [...element.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width),
          }));
          expect(layout.overflow).toBeLessThanOrEqual(0.5);
          expect(layout.columns[0]).toBe(Math.max(...layout.columns));
        }
      }
      await page.screenshot({ path: `test-results/screenshots/strategy-${size.width}x${size.height}-kk.png` });
      const results = await new AxeBuilder({ page }).include('.strategy-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    });
  });
}

const EDITOR_HEADING = { en: panelsText.editor.heading, ru: ruPanels.editor.heading, kk: kkPanels.editor.heading } as const;

test('in the factor editor every rating a weakness or a threat can have reads whole in English, Russian and Kazakh', async ({ page }) => {
  test.slow();
  // A weakness rates on the strengths' band; a threat on the response band, whose names are longer.
  for (const cellName of ['Economic weaknesses', 'Political threats']) {
    await cell(page, cellName).getByRole('listitem').first().getByRole('button').first().click();
    for (const language of ['en', 'ru', 'kk'] as const) {
      await page.getByRole('combobox', { name: /^(Language|Язык|Тіл)$/ }).selectOption(language);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const editor = page.getByRole('dialog', { name: EDITOR_HEADING[language] });
      const rating = editor.getByRole('combobox', { name: STRATEGY_WORDS[language].weights.rating, exact: true });
      // The editor and its method fields are code-split: wait for the field before reading its options.
      await expect(rating).toBeVisible();
      const values = await rating.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      expect(values.length).toBeGreaterThan(2);
      for (const value of values) {
        await rating.selectOption(value);
        const [choice] = await rating.evaluateAll(shownChoices);
        expect(choice!.shown).toBe(choice!.chosen);
      }
    }
    await page.screenshot({ path: `test-results/screenshots/editor-rating-${cellName.replace(' ', '-')}-kk.png` });
    await page.getByRole('combobox', { name: 'Тіл' }).selectOption('en');
    await page.getByRole('button', { name: panelsText.editor.close }).click();
  }
});

test('Compare reports the strategies that changed and both IFE/EFE totals', async ({ page }) => {
  await waitForSave(page);
  const scenarios = (await storedContent(page)).scenarios;
  const baseline = scenarios[0]!;
  const blocked = scenarios.find((s) => s.id !== baseline.id && s.strategies.length > 0 && JSON.stringify(s.strategies) !== JSON.stringify(baseline.strategies))!;
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: blocked.name });
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('combobox', { name: new RegExp(`^Compare “${escape(blocked.name)}” with`) }).selectOption({ label: baseline.name });
  const compare = page.getByRole('complementary').filter({ hasText: 'Compare scenarios' });
  await expect(compare.getByRole('heading', { name: /^Strategies (only in|moved|edited)/ }).first()).toBeVisible();
  for (const matrix of ['ife', 'efe'] as const) {
    const a = evaluateMatrix(baseline, matrix).total.toFixed(2);
    const b = evaluateMatrix(blocked, matrix).total.toFixed(2);
    await expect(compare.getByText(`${matrix.toUpperCase()}: ${a} in A, ${b} in B`)).toBeVisible();
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
