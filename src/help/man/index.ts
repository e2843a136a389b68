/**
 * The man pages, rendered from the option declarations. Only the build
 * (scripts/gen-man.ts) and the tests load this; the CLI reads the
 * generated files.
 */
import { renderLocalPage } from './local-page.js';
import { renderMainPage } from './main-page.js';

export interface ManPage {
  /** The file name under man/. */
  readonly file: string;
  readonly render: (date: string) => string;
}

export const MAN_PAGES: readonly ManPage[] = [
  { file: 'update-secret.1', render: renderMainPage },
  { file: 'update-secret-local.1', render: renderLocalPage },
];
