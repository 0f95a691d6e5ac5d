/**
 * Figure 7: gzip size of what each page and the background load in the production build.
 * A page's total is its HTML's scripts and stylesheets plus every chunk they import
 * statically (followed transitively); chunks loaded only by dynamic import() are listed
 * apart, since they are not paid on open.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from '../lib/figure';

const KB = 1024;
/** The background's size is guarded beside its start time (figure 8), not here. */
const LIMITS: Record<string, number> = { popup: 35 };

const gz = (dir: string, file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** Output-relative path of a URL found in `from` (an output-relative path). */
function resolveRef(from: string, ref: string): string | null {
  if (/^[a-z]+:/i.test(ref)) return null;
  return ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(posix.dirname(from), ref));
}

function htmlRefs(html: string): string[] {
  const refs: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)) refs.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g)) refs.push(m[1]!);
  return refs;
}

/** Static `import … from "x"`, `import "x"`, `export … from "x"` in minified ESM. */
function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const stat = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g)].map((m) => m[1]!);
  const dynamic = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
  return { static: stat, dynamic };
}

interface Entry {
  name: string;
  files: string[];
  lazy: string[];
}

function closure(dir: string, name: string, roots: string[]): Entry {
  const files = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const { static: imports, dynamic } = jsImports(readFileSync(join(dir, file), 'utf8'));
    for (const ref of imports) {
      const path = resolveRef(file, ref);
      if (path) queue.push(path);
    }
    for (const ref of dynamic) {
      const path = resolveRef(file, ref);
      if (path) lazy.add(path);
    }
  }
  return { name, files: [...files], lazy: [...lazy].filter((f) => !files.has(f)) };
}

export function measureBundleSizes(dir: string): Row[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  const entries: Entry[] = [];
  if (manifest.background?.service_worker) entries.push(closure(dir, 'background', [manifest.background.service_worker]));
  for (const html of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
    const refs = htmlRefs(readFileSync(join(dir, html), 'utf8'))
      .map((ref) => resolveRef(html, ref))
      .filter((p): p is string => p !== null);
    entries.push(closure(dir, html.replace(/\.html$/, ''), refs));
  }
  const rows: Row[] = entries.map((entry) => {
    const bytes = entry.files.reduce((n, f) => n + gz(dir, f), 0);
    const js = entry.files.filter((f) => f.endsWith('.js')).reduce((n, f) => n + gz(dir, f), 0);
    const limit = LIMITS[entry.name];
    const parts = entry.files.map((f) => `${f} ${(gz(dir, f) / KB).toFixed(1)}`).join(', ');
    const lazy = entry.lazy.length ? `; lazy (not counted): ${entry.lazy.map((f) => `${f} ${(gz(dir, f) / KB).toFixed(1)}`).join(', ')}` : '';
    return {
      figure: '7',
      label: `gzip: ${entry.name} (JS ${(js / KB).toFixed(1)} KB + CSS ${((bytes - js) / KB).toFixed(1)} KB)`,
      value: Math.round((bytes / KB) * 10) / 10,
      unit: 'KB',
      target: limit === undefined ? null : { kind: 'max', limit },
      detail: `${parts}${lazy}`,
    };
  });
  const all = walk(dir).filter((f) => /\.(js|css|html)$/.test(f));
  const total = all.reduce((n, f) => n + gz(dir, f), 0);
  rows.push({
    figure: '7',
    label: 'gzip: every JS/CSS/HTML file in the build',
    value: Math.round((total / KB) * 10) / 10,
    unit: 'KB',
    target: null,
    detail: `${all.length} files in ${relative(process.cwd(), dir) || dir}; gzip -9 per file, 1 KB = 1024 B`,
  });
  return rows;
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name), base) : [relative(base, join(dir, d.name)).split('\\').join('/')],
  );
}


