import { memo } from 'react';
import { useApp } from '../../store/context';
import { useSameItems } from '../../store/useSameItems';

/**
 * One <option> per scenario, in the workspace's order; re-renders only when names or order change,
 * not with the picker, which re-renders on every switch.
 */
export const ScenarioOptions = memo(function ScenarioOptions({ except }: { except?: string }) {
  const choices = useApp(
    useSameItems((state) => state.workspace.scenarios.filter((s) => s.id !== except).flatMap((s) => [s.id, s.name])),
  );
  const options = [];
  for (let i = 0; i < choices.length; i += 2) {
    options.push(
      <option key={choices[i]} value={choices[i]}>
        {choices[i + 1]}
      </option>,
    );
  }
  return <>{options}</>;
});
