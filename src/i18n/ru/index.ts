import { app } from './app';
import { axes } from './axes';
import { errors } from './errors';
import { evidence } from './evidence';
import { exports } from './exports';
import { live } from './live';
import { narrow } from './narrow';
import { notices } from './notices';
import { panels } from './panels';
import { present } from './present';
import { reports } from './reports';
import { steps } from './steps';
import { store } from './store';
import { strategy } from './strategy';

/** The Russian dictionary, loaded only when Russian is chosen. */
export default { app, axes, errors, evidence, exports, live, narrow, notices, panels, present, reports, steps, store, strategy };
