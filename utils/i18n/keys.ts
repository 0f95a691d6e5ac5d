/**
 * Typed message keys, straight from the English sources (type-only imports: no text enters a
 * bundle). A key that is not in locales/en/*.json is a type error; a plural key is named by
 * its base (`badge_activeOrders`) and has an `_other` form.
 * Adding a surface file means adding one line here.
 */
import type badge from '../../locales/en/badge.json';
import type catalog from '../../locales/en/catalog.json';
import type common from '../../locales/en/common.json';
import type errors from '../../locales/en/errors.json';
import type imports from '../../locales/en/imports.json';
import type manifest from '../../locales/en/manifest.json';
import type menus from '../../locales/en/menus.json';
import type notifications from '../../locales/en/notifications.json';
import type options from '../../locales/en/options.json';
import type orders from '../../locales/en/orders.json';
import type picker from '../../locales/en/picker.json';
import type ordersTable from '../../locales/en/orders-table.json';
import type popup from '../../locales/en/popup.json';
import type quickOrder from '../../locales/en/quick-order.json';
import type spending from '../../locales/en/spending.json';

type English = typeof badge &
  typeof catalog &
  typeof common &
  typeof errors &
  typeof imports &
  typeof manifest &
  typeof menus &
  typeof notifications &
  typeof options &
  typeof orders &
  typeof picker &
  typeof ordersTable &
  typeof popup &
  typeof quickOrder &
  typeof spending;

type AnyKey = keyof English & string;
type PluralSuffix = `_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`;

/** Written by the build into every messages.json (scripts/i18n/build-messages.ts). */
type MetaKey = 'meta_locale' | 'meta_dir';

export type MessageKey = Exclude<AnyKey, `${string}${PluralSuffix}`> | MetaKey;
export type PluralKey = AnyKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
