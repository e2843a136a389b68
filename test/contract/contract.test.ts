/**
 * The contract suite: service-semantics scenarios (scenarios/, one module
 * per section) on each backend that can show them. This file only says
 * which runs where; one moto_server serves the whole file.
 *
 * - ALL: UpdateSecret rules, also through the CLI's own backends
 *   (LocalBackend, and the SDK backend against moto).
 * - RAW: every other operation, on the store and on moto.
 * - STORE_ONLY: rules that need the store's movable clock or its options.
 */
import { describe } from 'vitest';
import { MOTO } from '../support/moto.js';
import { ALL, RAW, STORE_ONLY, forEachBackend, sharedMoto } from './harness.js';
import { companions } from './scenarios/companions.js';
import { deletionLifecycle, purgeAfterDeletionDate, updateOnScheduledSecret } from './scenarios/deletion.js';
import { retention, retentionBeyond100, versionCap } from './scenarios/retention.js';
import { arnShape, secretIdResolution } from './scenarios/secret-id.js';
import { updateSecret } from './scenarios/update-secret.js';
import { requestValidation, updateSecretValidation } from './scenarios/validation.js';
import { motoFraming, wireBodies } from './scenarios/wire.js';

forEachBackend(ALL, (b) => {
  describe('UpdateSecret (§2)', () => updateSecret(b));
  describe('SecretId resolution (§3)', () => secretIdResolution(b));
  describe('UpdateSecret on a secret scheduled for deletion (§4)', () => updateOnScheduledSecret(b));
  describe('UpdateSecret validation (§6)', () => updateSecretValidation(b));
});

forEachBackend(RAW, (b) => {
  describe('ARNs (§1.1, §3)', () => arnShape(b));
  describe('deletion lifecycle (§4)', () => deletionLifecycle(b));
  describe('version retention (§5)', () => retentionBeyond100(b));
  describe('validation of other requests (§6)', () => requestValidation(b));
  describe('companion operations (§8)', () => companions(b));
  describe('wire bodies (§9)', () => wireBodies(b));
});

forEachBackend(STORE_ONLY, (b) => {
  describe('deletion lifecycle (§4)', () => purgeAfterDeletionDate(b));
  describe('version retention (§5)', () => retention(b));
});

forEachBackend(STORE_ONLY, (b) => describe('version retention (§5)', () => versionCap(b)), { maxVersionsPerSecret: 5 });

describe.skipIf(!MOTO)('moto’s HTTP framing, which the store has no HTTP front end to compare with (§9; §10 rows 2–4, 30)', () => motoFraming(sharedMoto));
