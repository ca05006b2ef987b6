// Built on its own into a classic script that the page runs as it is parsed (vite.config.ts).
import { paintFirstScreen } from './paint';

paintFirstScreen(window);
