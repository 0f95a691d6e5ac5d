/**
 * The arrows the README and docs/architecture.md promise, checked on every import in the
 * repository: pages → components → utils; worker code in utils/background/; lower layers
 * never import upper ones. A new import that breaks one fails here with the file and the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'playwright-report']);

interface Rule {
  why: string;
  from: RegExp;
  to: RegExp;
  /** Tests may reach across layers to set things up; bench/ and scripts/ may not reach into tests/. */
  testsToo?: boolean;
}

/** utils/ minus the worker (background/) and the pages' helpers (ui/): data, domain rules, storage. */
const LOWER_UTILS = /^utils\/(?!background\/|ui\/)/;
const WORKER = /^(utils\/background\/|entrypoints\/background\.ts$)/;

export const RULES: readonly Rule[] = [
  { why: 'panel-api reads answers; orders builds on its types, never the other way', from: /^utils\/panel-api\//, to: /^utils\/orders\// },
  { why: 'storage and the domain below never import the worker (tracker included) or page helpers', from: LOWER_UTILS, to: /^utils\/(background|ui)\// },
  { why: 'worker code never imports page code', from: WORKER, to: /^(utils\/ui\/|components\/|entrypoints\/(?!background\.ts$))/ },
  { why: 'pages message the worker; they never import its code', from: /^(components\/|utils\/ui\/)/, to: /^utils\/background\// },
  { why: 'components never import entrypoints (entrypoints wire components)', from: /^components\//, to: /^entrypoints\// },
  { why: 'utils never import components or entrypoints', from: /^utils\//, to: /^(components|entrypoints)\// },
  { why: 'bench/ and scripts/ share code with tests through testing/, never tests/', from: /^(bench|scripts)\//, to: /^tests\//, testsToo: true },
];

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Repository paths (posix, from the root) that a file's relative and `@/` imports point at. */
export function importsOf(file: string, source: string, exists: (path: string) => boolean): string[] {
  const targets: string[] = [];
  for (const [, , raw] of source.matchAll(SPECIFIER)) {
    const spec = raw!.split('?')[0]!;
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), spec)) : null;
    if (base === null) continue; // a package
    targets.push(EXTENSIONS.map((e) => base + e).find(exists) ?? base);
  }
  return targets;
}

/** Every broken arrow in `files` (path → source), as "file → import: why". */
export function violations(files: ReadonlyMap<string, string>): string[] {
  const exists = (path: string) => files.has(path);
  const found: string[] = [];
  for (const [file, source] of files) {
    const isTest = /(^|\/)(__tests__|tests)\//.test(file);
    for (const target of importsOf(file, source, exists)) {
      for (const rule of RULES) {
        if ((!isTest || rule.testsToo) && rule.from.test(file) && rule.to.test(target)) found.push(`${file} → ${target}: ${rule.why}`);
      }
    }
  }
  return found;
}

function sourceFiles(dir = ''): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx|css)$/.test(entry.name) ? [path] : [];
  });
}

describe('dependency direction', () => {
  it('no import in the repository runs against the arrows', () => {
    const files = new Map(sourceFiles().map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]));
    expect(files.size).toBeGreaterThan(200);
    expect(violations(files)).toEqual([]);
  });

  it('components render and dispatch: storage, messages and browser APIs come through the page\'s actions', () => {
    const reaching = sourceFiles('components')
      .filter((path) => !path.includes('__tests__/'))
      .filter((path) => /^import (?!type)[^;]*from '@\/utils\/storage'|sendToBackground\(|from 'wxt\/browser'/m.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(reaching).toEqual([]);
  });

  it('finds each kind of wrong-way import (multi-line, aliased, dynamic), and lets tests set up across layers', () => {
    const files = new Map([
      ['utils/orders/status.ts', ''],
      ['utils/background/tracker/types.ts', ''],
      ['utils/ui/format.ts', ''],
      ['tests/e2e/seed.ts', ''],
      ['entrypoints/orders/main.tsx', ''],
      ['components/orders/OrdersPage.tsx', ''],
      ['utils/panel-api/normalize.ts', "import {\n  orderStatusFromWord,\n} from '../orders/status';"],
      ['utils/storage.ts', "import type { TrackerState } from '@/utils/background/tracker/types';"],
      ['utils/background/tracker/notifications.ts', "const f = await import('../../ui/format');"],
      ['bench/figures/x.ts', "import { makeOrder } from '../../tests/e2e/seed';"],
      ['components/orders/Row.tsx', "import { x } from '@/entrypoints/orders/main';"],
      ['utils/messaging.ts', "import { OrdersPage } from '../components/orders/OrdersPage';"],
      ['utils/orders/__tests__/a.test.ts', "import { x } from '../../background/tracker/types';"],
    ]);
    expect(violations(files).map((v) => v.split(':')[0])).toEqual([
      'utils/panel-api/normalize.ts → utils/orders/status.ts',
      'utils/storage.ts → utils/background/tracker/types.ts',
      'utils/background/tracker/notifications.ts → utils/ui/format.ts',
      'bench/figures/x.ts → tests/e2e/seed.ts',
      'components/orders/Row.tsx → entrypoints/orders/main.tsx',
      'utils/messaging.ts → components/orders/OrdersPage.tsx',
    ]);
  });
});
