/** `--output off` (aws-cli 2.13+): the call still runs, nothing is printed. */
import type { Formatter } from './formatter.js';

export const format: Formatter = () => [];
