// The bare dnd-kit peer: dnd-kit's MultipleContainers story over the stored scenario.
import { createRoot } from 'react-dom/client';
import '../shared/matrix.css';
import './story.css';
import { storedScenario } from '../shared/scenario.js';
import { MultipleContainers } from './MultipleContainers.jsx';

createRoot(document.getElementById('root')).render(<MultipleContainers scenario={storedScenario()} />);
