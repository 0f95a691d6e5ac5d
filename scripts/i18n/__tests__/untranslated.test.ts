import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLocaleSources } from '../sources';
import { scanRepo, scanSource } from '../scan-strings';
import { ALLOWLIST, readAllowlist, stillInFile } from '../untranslated-list';

const texts = (code: string, file = 'components/X.tsx') => scanSource(file, code).map((f) => f.text);

describe('no string for a person outside locales/', () => {
  const { found, uses, literals } = scanRepo();

  it('every string for a person in the code is on the to-do list (locales/untranslated.txt), and the list only shrinks', () => {
    const allowed = readAllowlist(readFileSync(ALLOWLIST, 'utf8'));
    const problems: string[] = [];
    const left = new Map([...allowed].map(([file, list]) => [file, [...list]]));
    for (const f of found) {
      const list = left.get(f.file);
      const i = list?.indexOf(f.text) ?? -1;
      if (i >= 0) list!.splice(i, 1);
      else problems.push(`${f.file}:${f.line} ${JSON.stringify(f.text)} is written for a person: put it in locales/ and use t() (docs/i18n.md)`);
    }
    for (const [file, list] of left) {
      for (const text of list) {
        if (!stillInFile(text, literals.get(file))) problems.push(`${JSON.stringify(text)} is no longer in ${file}: delete its line from locales/untranslated.txt`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every t(), plural() and <T> passes as many values as its English message has placeholders', () => {
    const { en } = readLocaleSources();
    const english = new Map([...en.values()].flatMap((file) => Object.entries(file)));
    const problems = uses.flatMap((use) => {
      const entry = english.get(use.plural ? `${use.key}_other` : use.key);
      if (!entry) return [`${use.file}:${use.line} ${use.key} is not in locales/en`];
      const wanted = Object.keys(entry.placeholders ?? {}).length;
      return use.values === null || use.values === wanted ? [] : [`${use.file}:${use.line} ${use.key} gets ${use.values} value(s) for ${wanted} placeholder(s)`];
    });
    expect(problems).toEqual([]);
    expect(uses.length).toBeGreaterThan(5);
  });
});

describe('the scan', () => {
  it('finds JSX text and the attributes people read, in every branch of an expression', () => {
    expect(texts('const A = () => <p title="Refresh list" aria-label={busy ? "Saving" : `Save ${n}`}>Hello <b>there</b>{busy ? "Checking…" : "Check"}</p>;')).toEqual([
      'Refresh list',
      'Saving',
      'Save {}',
      'Hello',
      'there',
      'Checking…',
      'Check',
    ]);
  });

  it('finds words anywhere else in the code, but not ids, class lists, compared values, keys, paths or console text', () => {
    const code = `
      import x from './a b.ts';
      const a = 'order-link', c = 'popup_addPanel', d = 'https://x.example/a b';
      if (status === 'In progress' || x.includes('Not Enough Funds')) run();
      console.warn('Something went wrong here');
      type K = 'Not A Sentence Type';
      const e = { 'Not a key': 1 };
      const f = 'The panel did not answer.';
      const g = \`Checked \${n} orders\`;
      const h = <div class="notice warn small" className={busy ? 'row busy now' : 'row'} data-hint="Shown as a tooltip." />;
      const i = at > now ? 'just now' : 'Quantity';`;
    expect(texts(code)).toEqual(['The panel did not answer.', 'Checked {} orders', 'Shown as a tooltip.', 'just now', 'Quantity']);
  });

  it('finds a count followed by words ("3 removed", "2 price drops"), not a cache key built from a value', () => {
    const code = `
      const parts = [u.removed && \`\${u.removed} removed\`, \`\${n} price \${n === 1 ? 'rise' : 'rises'}\`];
      const f = cached(\`int \${tag}\`, () => make(tag));`;
    expect(texts(code, 'utils/x.ts')).toEqual(['{} removed', '{} price {}']);
  });

  it('leaves data alone: <code>, translate={false}, dir="ltr", t() keys', () => {
    expect(texts('const A = () => <p><code>https://yourpanel.com/api/v2</code><h1 translate={false}>PanelPilot</h1><span dir="ltr">USD</span>{t("popup_addPanel")}</p>;')).toEqual([]);
  });

  it('leaves a string marked i18n-exempt, on its line or the line above', () => {
    expect(texts("// i18n-exempt: a panel's own type name\nconst a = 'Custom Comments';\nconst b = 'Web Traffic'; // i18n-exempt: same\nconst c = 'Mentions Hashtag';")).toEqual(['Mentions Hashtag']);
  });

  it('keeps a hand-added entry only while each of its pieces is still in one of the file’s strings', () => {
    expect(stillInFile('no', ['yes', 'no', 'not stated'])).toBe(true);
    expect(stillInFile('{} tracked', ['order', ' tracked'.trim()])).toBe(true);
    expect(stillInFile('{} tracked', ['order'])).toBe(false);
    expect(stillInFile('no', undefined)).toBe(false);
  });

  it('reads each page’s <title>', () => {
    expect(scanSource('entrypoints/x/index.html', '<html>\n<head>\n<title>Orders · PanelPilot</title>')).toEqual([{ file: 'entrypoints/x/index.html', line: 3, text: 'Orders · PanelPilot' }]);
  });
});
