import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Scenario } from '../../domain/schema';
import { loadSeeds } from '../../io/seeds';
import { useApp, useBoundActions } from '../../store/context';
import { createScenarioActions } from '../../store/scenarioActions';
import { selectActiveScenario } from '../../store/selectors';
import { Modal } from './Modal';
import { SubmitOrCancel } from '../../ui/SubmitOrCancel';
import { text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';

type Origin = 'blank' | 'duplicate' | 'seed';

interface NameAndDescriptionProps {
  name: string;
  description: string;
  error: string | null;
  submitLabel: string;
  onName(name: string): void;
  onDescription(description: string): void;
  onCancel(): void;
}

/** The fields and buttons both scenario dialogs end with. */
function NameAndDescription({ name, description, error, submitLabel, onName, onDescription, onCancel }: NameAndDescriptionProps) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>{text(panelsText).scenario.name}</label>
        <input id={`${id}-name`} value={name} maxLength={200} data-autofocus onChange={(event) => onName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{text(panelsText).scenario.description}</label>
        <textarea id={`${id}-description`} rows={5} value={description} maxLength={5000} onChange={(event) => onDescription(event.target.value)} />
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <SubmitOrCancel submitLabel={submitLabel} onCancel={onCancel} />
    </>
  );
}

/** Creates a scenario: blank, as a fork of the current one, or from one of the seed analyses. */
export function NewScenarioDialog({ onClose }: { onClose(): void }) {
  const id = useId();
  const actions = useBoundActions(createScenarioActions);
  const current = useApp(selectActiveScenario);
  const [origin, setOrigin] = useState<Origin>('duplicate');
  const [seeds, setSeeds] = useState<Scenario[]>([]);
  const [seedId, setSeedId] = useState('');
  const [name, setName] = useState(text(panelsText).scenario.copyName({ name: current.name }));
  const [description, setDescription] = useState(current.description);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSeeds()
      .then((document) => {
        setSeeds(document.scenarios);
        setSeedId(document.scenarios[0]?.id ?? '');
      })
      .catch(() => setSeeds([]));
  }, []);

  function choose(next: Origin) {
    setOrigin(next);
    const seed = seeds.find((s) => s.id === seedId);
    if (next === 'duplicate') setName(text(panelsText).scenario.copyName({ name: current.name }));
    else if (next === 'seed' && seed) setName(seed.name);
    else if (next === 'blank') setName('');
    setDescription(next === 'duplicate' ? current.description : next === 'seed' ? (seed?.description ?? '') : '');
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError(text(panelsText).scenario.nameNeeded);
    let done = false;
    if (origin === 'duplicate') {
      done = actions.duplicateScenario(current.id, { name, description });
    } else {
      // A seed analysis is its factors and the TOWS strategies that rest on them: take both.
      const seed = origin === 'seed' ? seeds.find((s) => s.id === seedId) : undefined;
      done = actions.createScenario({ name, description, factors: seed?.factors ?? [], strategies: seed?.strategies ?? [] });
    }
    if (done) onClose();
  }

  const S = text(panelsText).scenario;
  return (
    <Modal title={S.newTitle} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <fieldset className="choice">
          <legend>{S.startFrom}</legend>
          {(
            [
              ['duplicate', S.copyOf({ name: current.name })],
              ['seed', S.seed],
              ['blank', S.blank],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="choice__option">
              <input type="radio" name={`${id}-origin`} value={value} checked={origin === value} onChange={() => choose(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        {origin === 'seed' && (
          <div className="field">
            <label htmlFor={`${id}-seed`}>{S.seedLabel}</label>
            <select
              id={`${id}-seed`}
              value={seedId}
              onChange={(event) => {
                setSeedId(event.target.value);
                const seed = seeds.find((s) => s.id === event.target.value);
                if (seed) {
                  setName(seed.name);
                  setDescription(seed.description);
                }
              }}
            >
              {seeds.map((seed) => (
                <option key={seed.id} value={seed.id}>
                  {seed.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <NameAndDescription
          name={name}
          description={description}
          error={error}
          submitLabel={S.create}
          onName={setName}
          onDescription={setDescription}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}

/** Renames a scenario and edits its description, as one undoable step. */
export function ScenarioDetailsDialog({ onClose }: { onClose(): void }) {
  const actions = useBoundActions(createScenarioActions);
  const current = useApp(selectActiveScenario);
  const [name, setName] = useState(current.name);
  const [description, setDescription] = useState(current.description);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setError(text(panelsText).scenario.nameNeeded);
    if (actions.describeScenario(current.id, { name, description })) onClose();
  }

  const S = text(panelsText).scenario;
  return (
    <Modal title={S.detailsTitle} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <NameAndDescription
          name={name}
          description={description}
          error={error}
          submitLabel={S.saveDetails}
          onName={setName}
          onDescription={setDescription}
          onCancel={onClose}
        />
      </form>
    </Modal>
  );
}
