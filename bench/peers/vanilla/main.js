// The no-framework peer: the stored scenario as plain DOM, with keyboard and pointer drag and
// "Add factor", for the bench to measure against the app and against bare dnd-kit.
import '../shared/matrix.css';
import { storedScenario } from '../shared/scenario.js';
import { enableAdding } from './addFactor.js';
import { matrixElement } from './cards.js';
import { enableDragging } from './drag.js';

const announcer = document.getElementById('announcer');
const announce = (text) => {
  announcer.textContent = text;
};

const instructions = document.createElement('p');
instructions.id = 'drag-instructions';
instructions.className = 'visually-hidden';
instructions.textContent = 'To move a factor, press Space, use the arrow keys, then press Space again to drop it, or Escape to cancel.';

const matrix = matrixElement(storedScenario());
enableDragging(matrix, announce);
enableAdding(matrix, announce);
document.getElementById('root').append(instructions, matrix);
