/**
 * Vitest setup (vitest.config.ts): the fake browser has no i18n API, so every test speaks
 * English from the same messages the build writes. A test of another language calls
 * useCatalog itself (and restores English after).
 */
import { beforeEach } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { useCatalog } from '../messages';

const english = buildMessages(readLocaleSources(), 'en');

beforeEach(() => useCatalog('en', english));
