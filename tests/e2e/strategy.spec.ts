import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { evaluateMatrix } from '../../src/domain/strategy/weighting';
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
