import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Slots, slotKeys } from '../../src/features/matrix/slotKeys';

const render = (previous: Slots | null, ids: string[], scenarioId: string): Slots => ({ scenarioId, ids, keys: slotKeys(previous, ids, scenarioId) });

describe('slotKeys', () => {
  it('gives the cards of a list rendered for the first time keys of their own', () => {
    const keys = slotKeys(null, ['a', 'b'], 's1');
    expect(new Set(keys).size).toBe(2);
  });

  it('hands the keys of the factors that left to the new ones, in order, when another scenario is shown', () => {
    const first = render(null, ['a', 'b', 'c'], 's1');
    const keys = slotKeys(first, ['x', 'y', 'z', 'w'], 's2');
    expect(keys.slice(0, 3)).toEqual(first.keys);
    expect(first.keys).not.toContain(keys[3]);
  });

  it('leaves a factor shared by both scenarios its own key, and reuses the rest around it', () => {
    const first = render(null, ['a', 'b', 'c'], 's1');
    expect(slotKeys(first, ['x', 'b', 'y'], 's2')).toEqual([first.keys[0], first.keys[1], first.keys[2]]);
  });

  it('never hands a key on within one scenario: a delete and an add mount a new card', () => {
    const first = render(null, ['a', 'b', 'c'], 's1');
    const keys = slotKeys(first, ['b', 'c', 'x'], 's1');
    expect(keys.slice(0, 2)).toEqual(first.keys.slice(1));
    expect(first.keys).not.toContain(keys[2]);
  });

  it('gives a factor back in its list after a switch a key none of the list’s cards holds', () => {
    const first = render(null, ['y'], 's1');
    const second = render(first, ['z'], 's2'); // z is shown under y's key
    const third = slotKeys(second, ['y', 'z'], 's3');
    expect(third[1]).toBe(second.keys[0]);
    expect(new Set(third).size).toBe(2);
  });

  const ids = fc.uniqueArray(fc.constantFrom(...'abcdefghijkl'), { maxLength: 10 });
  const renders = fc.array(fc.record({ ids, scenarioId: fc.constantFrom('s1', 's2', 's3') }), { minLength: 1, maxLength: 12 });

  it('always gives distinct keys, one for each card, and keeps a staying factor’s key (property)', () => {
    fc.assert(
      fc.property(renders, (sequence) => {
        let previous: Slots | null = null;
        for (const { ids, scenarioId } of sequence) {
          const next = render(previous, ids, scenarioId);
          expect(next.keys).toHaveLength(ids.length);
          expect(new Set(next.keys).size).toBe(ids.length);
          if (previous) {
            const before = previous;
            ids.forEach((id, i) => {
              const at = before.ids.indexOf(id);
              if (at >= 0) expect(next.keys[i]).toBe(before.keys[at]);
              // Within one scenario, a factor new to the list never takes a key a card had.
              else if (before.scenarioId === scenarioId) expect(before.keys).not.toContain(next.keys[i]);
            });
          }
          previous = next;
        }
      }),
    );
  });
});
