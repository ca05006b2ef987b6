/**
 * What Yjs prints, without lib0's logging module: the build gives Yjs this file for `lib0/logging`
 * (vite.config.ts). lib0's module colours its output, and brings with it lib0's schemas, DOM
 * helpers and random generators, whose top-level code the bundler cannot drop: about 2.9 KB gzip
 * of the first load, for three rare warnings. Here they print the same words, uncoloured.
 */

// The colour markers Yjs passes among its words; they are left out of what is printed.
export const BOLD = Symbol('bold');
export const UNBOLD = Symbol('unbold');
export const RED = Symbol('red');
export const ORANGE = Symbol('orange');

const shown = (args: unknown[]) => args.filter((arg) => typeof arg !== 'symbol');

export const print = (...args: unknown[]) => console.log(...shown(args));
export const warn = (...args: unknown[]) => console.warn(...shown(args));
