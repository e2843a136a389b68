/**
 * The usage blocks printed after argument errors, in the shape of aws-cli's
 * (a `usage:` line, then where to find help) but about our own commands.
 */
export const MAIN_USAGE =
  'usage: update-secret --secret-id <value> [options] [global options]\n' +
  'To see help text, you can run:\n' +
  '\n' +
  '  update-secret help\n' +
  '  update-secret --help\n' +
  '  update-secret local help\n';

export const LOCAL_USAGE =
  'usage: update-secret local <operation> [options] [global options]\n' +
  'To see help text, you can run:\n' +
  '\n' +
  '  update-secret local help\n' +
  '  update-secret local <operation> help\n';
