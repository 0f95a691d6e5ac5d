/**
 * Preact output read without a DOM (the project has none for unit tests): the element tree
 * is expanded, function components included, and queried the way a screen reader would.
 */
import type { ComponentChildren, VNode } from 'preact';

export interface El {
  type: string;
  props: Record<string, unknown>;
  children: (El | string)[];
}

export function expand(node: ComponentChildren): (El | string)[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (Array.isArray(node)) return node.flatMap(expand);
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  const vnode = node as VNode<Record<string, unknown>>;
  if (typeof vnode.type === 'function') return expand((vnode.type as (p: unknown) => ComponentChildren)(vnode.props));
  return [{ type: vnode.type as string, props: vnode.props, children: expand(vnode.props.children as ComponentChildren) }];
}

export const all = (nodes: (El | string)[], test: (el: El) => boolean): El[] =>
  nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(test(n) ? [n] : []), ...all(n.children, test)]));

export const text = (n: El | string): string => (typeof n === 'string' ? n : n.children.map(text).join(''));
