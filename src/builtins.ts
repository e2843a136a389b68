/**
 * Node built-ins loaded at the moment they are needed rather than at start-up
 * (each costs milliseconds to initialise). The bundle is CommonJS, where
 * __filename exists; the tests run the ESM sources, where import.meta does.
 */
import { createRequire } from 'node:module';

export const lazyRequire = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
