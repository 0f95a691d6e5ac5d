import { Component, type ComponentChildren } from 'preact';

/** Same keys, each the same value (`Object.is`). */
export function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * A component that renders again only when one of its props changed (what React's `memo`
 * does; preact/compat would load ~3 KB for it). For list rows: a keystroke or a sort that
 * leaves a row's data as it was does not render or diff that row again. Its props must
 * then be stable: handlers made once (not a new closure per render), values not rebuilt.
 */
export function pure<P extends object>(render: (props: P) => ComponentChildren, name: string) {
  const Pure = class extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !shallowEqual(this.props, next);
    }
    override render(props: P): ComponentChildren {
      return render(props);
    }
  };
  Object.defineProperty(Pure, 'name', { value: name });
  return Pure;
}
