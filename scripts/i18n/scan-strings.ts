/**
 * Finds strings written for a person that do not come from locales/ (docs/i18n.md):
 *
 * - JSX text, and the attributes people read (aria-label, title, placeholder, alt, label…),
 *   including the strings a JSX expression can yield (`{busy ? 'Saving…' : 'Save'}`);
 * - anywhere else in the scanned code (a component's own props too), a string that reads as
 *   words (readsAsProse): a sentence ("Not a link."), two words or more ("just now"), or one
 *   capitalized word ("Quantity") — unless it stands where code does: a class list or id
 *   attribute, a value compared with ===, a switch case, a key, a selector or log label;
 * - the <title> of each page.
 *
 * Not counted: text inside <code>, <kbd>, <samp>, <pre>, or an element marked
 * translate={false} / dir="ltr" (panel data, addresses, numbers); a string whose line, or
 * a comment line right above it, says `i18n-exempt: <why>`; console.* arguments; import
 * paths; types.
 *
 * What it finds is checked against the to-do list: scripts/i18n/untranslated-list.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync, Visitor } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where strings for people live: the pages and the worker's texts (notifications, menus, badge, errors). */
const SCANNED = ['components', 'entrypoints', 'utils'];
// e2e-* entrypoints and utils/background/e2e-bridge.ts exist only in test builds (wxt.config.ts): nobody reads them.
const SKIPPED = [/__tests__\//, /\.test\.tsx?$/, /\.d\.ts$/, /^utils\/i18n\//, /(^|\/)e2e-[^/]*$/, /^entrypoints\/e2e-/];

const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);
const DATA_ELEMENTS = new Set(['code', 'kbd', 'samp', 'pre']);

export interface Found {
  file: string;
  line: number;
  text: string;
}

/** A t('key', …), plural('key', n, …) or <T k="key" args={[…]} />: how many values it passes. */
export interface MessageUse {
  file: string;
  line: number;
  key: string;
  plural: boolean;
  /** Values for $1…; null when they cannot be counted (a spread, a variable). */
  values: number | null;
}

const LETTER = /\p{L}/u;
const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A code string that reads as words for a person, not an id, a class list or a key: a
 * sentence, two words or more, or one capitalized word ("Quantity"). Class lists and values
 * compared in code are ruled out by where they stand (scan below), not by their letters.
 */
export function readsAsProse(template: string): boolean {
  // A template's value reads as a word (two letters: "{} removed" is "3 removed", words for a person).
  const text = template.replace(/\{\}/g, 'xx');
  if (!LETTER.test(text) || /^[a-z][\w.:-]*$/.test(text) || /^https?:\/\//.test(text)) return false;
  const sentenceEnd = /[.!?…:]$/.test(text) && /\p{L}{2}/u.test(text);
  const words = /\p{L}{2,}[’']?\p{L}*\p{P}*\s[\s\p{P}]*\p{L}{2,}/u.test(text) || (/^[\p{Lu}\d]/u.test(text) && /\p{L}+[’']?\p{L}*\s+\p{L}/u.test(text));
  const label = /^\p{Lu}\p{Ll}{2,}$/u.test(text);
  return sentenceEnd || words || label;
}

/** Calls whose string arguments are code (selectors, keys, patterns) or a log's words, never shown. */
const CODE_CALLS = new Set(['includes', 'has', 'get', 'set', 'delete', 'startsWith', 'endsWith', 'indexOf', 'querySelector', 'querySelectorAll', 'getElementById', 'addEventListener', 'removeEventListener', 'getAttribute', 'setAttribute', 'removeAttribute', 'closest', 'matches', 'split', 'join', 'replace', 'replaceAll', 'createElement', 'getValue', 'setValue', 'defineItem', 'watch', 'postMessage', 'sendToBackground', 'waitForEvent', 'emulateMedia', 'detached', 'cached']);
const CLASS_ATTRIBUTES = new Set(['class', 'className', 'id', 'role', 'type', 'name', 'href', 'src', 'for', 'htmlFor', 'autocomplete', 'inputMode', 'inputmode', 'dir', 'lang', 'rel', 'target', 'key', 'method', 'pattern', 'accept', 'spellcheck', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-live', 'aria-haspopup', 'aria-current', 'aria-sort', 'aria-autocomplete', 'aria-activedescendant', 'data-mark']);

interface Node {
  type: string;
  start: number;
  [key: string]: any;
}

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .filter((f) => /\.(tsx?|html)$/.test(f) && !SKIPPED.some((re) => re.test(f)))
    .sort();
}

function templateText(node: Node): string {
  return node.quasis.map((q: Node) => q.value.cooked ?? q.value.raw).join('{}');
}

/** The strings an expression can evaluate to, without entering calls or functions. */
function yielded(node: Node | null | undefined, out: Node[] = []): Node[] {
  if (!node) return out;
  switch (node.type) {
    case 'Literal':
      if (typeof node.value === 'string') out.push(node);
      break;
    case 'TemplateLiteral':
      out.push(node);
      break;
    case 'ConditionalExpression':
      yielded(node.consequent, out);
      yielded(node.alternate, out);
      break;
    case 'LogicalExpression':
    case 'BinaryExpression':
      yielded(node.left, out);
      yielded(node.right, out);
      break;
    case 'ParenthesizedExpression':
    case 'TSAsExpression':
    case 'JSXExpressionContainer':
      yielded(node.expression, out);
      break;
  }
  return out;
}

function attrName(attr: Node): string {
  return attr.name?.type === 'JSXIdentifier' ? attr.name.name : `${attr.name?.namespace?.name}:${attr.name?.name?.name}`;
}

/** <code>, or translate={false} / translate="no" / dir="ltr": its text is data, not words. */
function isDataElement(opening: Node): boolean {
  const name = opening.name?.type === 'JSXIdentifier' ? opening.name.name : '';
  if (DATA_ELEMENTS.has(name)) return true;
  return opening.attributes.some((a: Node) => {
    if (a.type !== 'JSXAttribute') return false;
    const value = a.value?.type === 'Literal' ? a.value.value : a.value?.expression?.value;
    return (attrName(a) === 'translate' && (value === false || value === 'no')) || (attrName(a) === 'dir' && value === 'ltr');
  });
}

export function scanSource(file: string, code: string): Found[] {
  return scan(file, code).found;
}

export interface FileScan {
  found: Found[];
  uses: MessageUse[];
  /** Every string literal, template and JSX text in the file, normalized. */
  literals: string[];
}

function scan(file: string, code: string): FileScan {
  if (file.endsWith('.html')) {
    const title = /<title>([^<]*)<\/title>/.exec(code);
    const text = title ? normalize(title[1]!) : '';
    return { found: LETTER.test(text) ? [{ file, line: code.slice(0, title!.index).split('\n').length, text }] : [], uses: [], literals: [text] };
  }
  const { program, errors } = parseSync(file, code, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  if (errors.length) throw new Error(`${file}: cannot parse (${errors[0]!.message})`);
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lines = code.split('\n');
  // On the string's line, or alone on the line above (a comment line, not another string's).
  const exempt = (line: number) => /i18n-exempt/.test(lines[line - 1] ?? '') || /^\s*(\/\/|\/\*|\*|\{\/\*).*i18n-exempt/.test(lines[line - 2] ?? '');

  const found: Found[] = [];
  const uses: MessageUse[] = [];
  const literals: string[] = [];
  const countable = (args: Node[]) => (args.some((a) => a.type === 'SpreadElement') ? null : args.length);
  const decided = new Set<Node>();
  const add = (node: Node, text: string) => {
    const line = lineOf(node.start);
    const t = normalize(text);
    if (LETTER.test(t) && !exempt(line)) found.push({ file, line, text: t });
  };
  const addYielded = (expr: Node) => {
    for (const n of yielded(expr)) {
      decided.add(n);
      add(n, n.type === 'TemplateLiteral' ? templateText(n) : n.value);
    }
  };
  const skip = (n: Node | null | undefined) => {
    if (n) for (const s of yielded(n)) decided.add(s);
  };

  const dataDepth: Node[] = [];
  new Visitor({
    JSXElement(node: Node) {
      const opening = node.openingElement;
      if (isDataElement(opening)) dataDepth.push(node);
      if (opening.name?.name === 'T') {
        const attr = (name: string) => opening.attributes.find((a: Node) => a.type === 'JSXAttribute' && attrName(a) === name);
        const key = attr('k')?.value;
        const args = attr('args')?.value?.expression;
        if (key?.type === 'Literal') {
          decided.add(key);
          // <T count={n}>: the count is $1 (as plural()'s), the args follow it.
          const counted = attr('count') ? 1 : 0;
          const values = !args ? 0 : args.type === 'ArrayExpression' ? countable(args.elements) : null;
          uses.push({ file, line: lineOf(node.start), key: key.value, plural: Boolean(counted), values: values === null ? null : values + counted });
        }
      }
    },
    'JSXElement:exit'(node: Node) {
      if (dataDepth.at(-1) === node) dataDepth.pop();
    },
    JSXText(node: Node) {
      literals.push(normalize(node.value));
      if (dataDepth.length === 0) add(node, node.value);
    },
    JSXExpressionContainer(node: Node) {
      // A child expression (not an attribute's): what it yields is shown.
      if (!node.__attribute && dataDepth.length === 0) addYielded(node.expression);
      else if (dataDepth.length > 0) skip(node.expression);
    },
    JSXAttribute(node: Node) {
      if (node.value?.type === 'JSXExpressionContainer') node.value.__attribute = true;
      if (READ_ATTRIBUTES.has(attrName(node))) {
        if (node.value?.type === 'Literal') {
          decided.add(node.value);
          add(node.value, node.value.value);
        } else if (node.value) addYielded(node.value.expression);
      } else if (CLASS_ATTRIBUTES.has(attrName(node))) {
        // Class lists, ids, roles, types: code, whatever they look like.
        if (node.value?.type === 'Literal') decided.add(node.value);
        else skip(node.value?.expression);
      } else if (node.value?.type === 'Literal') {
        // A component's own props count when they read as words.
        decided.add(node.value);
        if (readsAsProse(normalize(node.value.value))) add(node.value, node.value.value);
      }
    },
    BinaryExpression(node: Node) {
      // 'Pending' === status: a value compared, not a text shown.
      if (['===', '!==', '==', '!=', 'in'].includes(node.operator)) for (const side of [node.left, node.right]) if (side.type === 'Literal') decided.add(side);
    },
    SwitchCase(node: Node) {
      if (node.test?.type === 'Literal') decided.add(node.test);
    },
    ImportDeclaration(node: Node) {
      decided.add(node.source);
    },
    ExportNamedDeclaration(node: Node) {
      if (node.source) decided.add(node.source);
    },
    ExportAllDeclaration(node: Node) {
      decided.add(node.source);
    },
    ImportExpression(node: Node) {
      skip(node.source);
    },
    TSLiteralType(node: Node) {
      decided.add(node.literal);
    },
    CallExpression(node: Node) {
      const callee = node.callee;
      const [key, ...rest] = node.arguments as Node[];
      if (callee.type === 'Identifier' && (callee.name === 't' || callee.name === 'plural') && key?.type === 'Literal' && typeof key.value === 'string') {
        const plural = callee.name === 'plural';
        const values = countable(plural ? rest.slice(1) : rest);
        uses.push({ file, line: lineOf(node.start), key: key.value, plural, values: values === null ? null : values + (plural ? 1 : 0) });
      }
      if (callee.type === 'MemberExpression' && callee.object?.type === 'Identifier' && callee.object.name === 'console') for (const a of node.arguments) skip(a);
      const name = callee.type === 'MemberExpression' ? callee.property?.name : callee.type === 'Identifier' ? callee.name : undefined;
      if (name && CODE_CALLS.has(name)) for (const a of node.arguments) if (a.type === 'Literal' || a.type === 'TemplateLiteral') decided.add(a);
    },
    Property(node: Node) {
      if (node.key?.type === 'Literal') decided.add(node.key);
    },
    Literal(node: Node) {
      if (typeof node.value === 'string') literals.push(normalize(node.value));
      if (typeof node.value === 'string' && !decided.has(node) && readsAsProse(normalize(node.value))) add(node, node.value);
    },
    TemplateLiteral(node: Node) {
      literals.push(normalize(templateText(node)));
      if (!decided.has(node) && readsAsProse(normalize(templateText(node)))) add(node, templateText(node));
    },
  }).visit(program);
  return { found: found.sort((a, b) => a.line - b.line), uses, literals };
}

export interface RepoScan {
  found: Found[];
  uses: MessageUse[];
  /** file → its literals (see FileScan). */
  literals: Map<string, string[]>;
}

export function scanRepo(): RepoScan {
  const scans = SCANNED.flatMap(files).map((f) => [f, scan(f, readFileSync(join(ROOT, f), 'utf8'))] as const);
  return { found: scans.flatMap(([, r]) => r.found), uses: scans.flatMap(([, r]) => r.uses), literals: new Map(scans.map(([f, r]) => [f, r.literals])) };
}
