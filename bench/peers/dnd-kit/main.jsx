// The bare dnd-kit peer: dnd-kit's MultipleContainers story over the stored scenario, with a
// scenario picker. The story keeps its items in state made from its props, so showing another
// scenario mounts the story afresh for it, as a developer using the story as written would.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/matrix.css';
import './story.css';
import { storedScenarios } from '../shared/scenario.js';
import { MultipleContainers } from './MultipleContainers.jsx';

const { scenarios, active } = storedScenarios();

function Peer() {
  const [scenario, setScenario] = useState(active);
  return (
    <>
      <select className="scenario-picker" aria-label="Scenario" value={scenario.id} onChange={(event) => setScenario(scenarios.find((s) => s.id === event.target.value))}>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <MultipleContainers key={scenario.id} scenario={scenario} />
    </>
  );
}

createRoot(document.getElementById('root')).render(<Peer />);
