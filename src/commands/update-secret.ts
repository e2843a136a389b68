/** The product: `update-secret`, aws-cli's `secretsmanager update-secret`. */
import { secretsManagerShapes } from '../api/shapes.js';
import { MEMBER_DOCS } from '../api/docs.js';
import { operationOptions } from '../cli/operation-options.js';
import type { OperationCommand } from './pipeline.js';

export const UPDATE_SECRET: OperationCommand = {
  operation: 'UpdateSecret',
  resolver: secretsManagerShapes,
  options: operationOptions(secretsManagerShapes, 'UpdateSecret', MEMBER_DOCS.UpdateSecret),
  localOnly: false,
  help: async (context) => (await import('../help/show.js')).showHelp(context, 'update-secret'),
};
