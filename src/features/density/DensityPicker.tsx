import { useId } from 'react';
import { DENSITIES, type Density, useDensity } from './density';
import './density.css';
import { text } from '../../i18n/core';
import { appText } from '../../i18n/en/app';

/** A segmented control of native radio buttons: arrow keys move between them, as users expect. */
export function DensityPicker() {
  const density = useDensity((state) => state.density);
  const setDensity = useDensity((state) => state.setDensity);
  const name = useId();
  const S = text(appText).density;
  return (
    <fieldset className="density">
      <legend className="density__legend">{S.legend}</legend>
      {DENSITIES.map((value) => (
        <label key={value} className="density__option" title={S[`${value}Hint`]}>
          <input type="radio" name={name} value={value} checked={density === value} onChange={() => setDensity(value)} />
          <span>{S[value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
