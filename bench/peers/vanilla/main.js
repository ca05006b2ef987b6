// The no-framework peer: the stored scenario as plain DOM, with keyboard and pointer drag and
// "Add factor" and a scenario picker, for the bench to measure against the app and against bare dnd-kit.
import '../shared/matrix.css';
import { storedScenarios } from '../shared/scenario.js';
import { enableAdding } from './addFactor.js';
import { matrixElement, scenarioPicker, showScenario } from './cards.js';
import { enableDragging } from './drag.js';

const announcer = document.getElementById('announcer');
const announce = (text) => {
  announcer.textContent = text;
};

const instructions = document.createElement('p');
instructions.id = 'drag-instructions';
instructions.className = 'visually-hidden';
instructions.textContent = 'To move a factor, press Space, use the arrow keys, then press Space again to drop it, or Escape to cancel.';

const { scenarios, active } = storedScenarios();
const matrix = matrixElement(active);
enableDragging(matrix, announce);
enableAdding(matrix, announce);
const picker = scenarioPicker(scenarios, active, (scenario) => showScenario(matrix, scenario));
document.getElementById('root').append(instructions, picker, matrix);
