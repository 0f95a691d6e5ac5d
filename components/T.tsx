/**
 * A translated sentence with elements inside: `<T k="popup_demoExplained" args={[<code dir="ltr">127.0.0.1</code>]} />`.
 * Each element argument takes its placeholder's place, wherever the language puts it. Text
 * and numbers may be passed too (as to t()). Panel data inside a sentence goes in an element
 * (`<bdi translate={false}>`), so it keeps its own direction (docs/i18n.md).
 */
import type { ComponentChild, VNode } from 'preact';
import { isValidElement } from 'preact';
import { plural, SLOT, t, type Substitution } from '@/utils/i18n/messages';
import type { MessageKey, PluralKey } from '@/utils/i18n/keys';

type Arg = Substitution | VNode;
type Props = { k: MessageKey; args?: Arg[]; count?: never } | { k: PluralKey; count: number; args?: Arg[] };

const slot = (i: number) => `${SLOT}${String.fromCharCode(0xe100 + i)}`;
const SLOTS = new RegExp(`${SLOT}([\\ue100-\\ue1ff])`, 'g');

export function T(props: Props) {
  const args = props.args ?? [];
  const subs = args.map((a, i) => (isValidElement(a) ? slot(i) : (a as Substitution)));
  const text = props.count === undefined ? t(props.k as MessageKey, ...subs) : plural(props.k as PluralKey, props.count, ...subs);
  const parts: ComponentChild[] = [];
  let last = 0;
  for (const m of text.matchAll(SLOTS)) {
    parts.push(text.slice(last, m.index));
    parts.push(args[m[1]!.charCodeAt(0) - 0xe100]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts.filter((p) => p !== '')}</>;
}
