import { useId } from 'react';
import { DENSITIES, type Density, useDensity } from './density';
import './density.css';

const LABELS: Record<Density, { label: string; hint: string }> = {
  comfortable: { label: 'Comfortable', hint: 'Whole titles, roomy cards' },
  compact: { label: 'Compact', hint: 'One line per factor; the whole matrix on one screen' },
  overview: { label: 'Overview', hint: 'Counts, the highest-impact and the top-voted factors of each cell' },
};

/** A segmented control of native radio buttons: arrow keys move between them, as users expect. */
export function DensityPicker() {
  const density = useDensity((state) => state.density);
  const setDensity = useDensity((state) => state.setDensity);
  const name = useId();
  return (
    <fieldset className="density">
      <legend className="density__legend">Density</legend>
      {DENSITIES.map((value) => (
        <label key={value} className="density__option" title={LABELS[value].hint}>
          <input type="radio" name={name} value={value} checked={density === value} onChange={() => setDensity(value)} />
          <span>{LABELS[value].label}</span>
        </label>
      ))}
    </fieldset>
  );
}
