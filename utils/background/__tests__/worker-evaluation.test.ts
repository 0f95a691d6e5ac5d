/**
 * The worker's script is evaluated again at every start (every alarm, every message after
 * idle), before its listeners exist: importing its module graph must build nothing costly.
 * patterns with Unicode property classes (`\p{L}`: the engine builds each class from its
 * Unicode tables) and Intl formatters are built on first use (bench figure 8:
 * utils/catalog/guarantee.ts's patterns alone took 15–50 ms of each start).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Which of the project's own modules (not the test runner's) made this call. */
function projectCaller(): string | null {
  const stack = new Error().stack ?? '';
  const line = stack.split('\n').find((l) => /\/(utils|entrypoints|components)\//.test(l) && !l.includes('/node_modules/') && !l.includes('__tests__'));
  return line ? line.trim() : null;
}

function counting<T extends object>(target: T, name: string, built: string[], only: (args: unknown[]) => boolean = () => true): T {
  return new Proxy(target, {
    construct(real, args, newTarget) {
      const caller = projectCaller();
      if (caller && only(args)) built.push(`${name} ${caller}`);
      return Reflect.construct(real as new (...a: unknown[]) => object, args, newTarget) as object;
    },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("the worker's evaluation", () => {
  it('builds no pattern with Unicode property classes and no Intl formatter while its modules are imported', async () => {
    const built: string[] = [];
    const propertyClasses = (args: unknown[]) => String(args[0]).includes('\\p{');
    vi.stubGlobal('RegExp', counting(RegExp, 'new RegExp(…\\p{…}…)', built, propertyClasses));
    const intl = { ...Object.fromEntries(Object.getOwnPropertyNames(Intl).map((k) => [k, (Intl as unknown as Record<string, unknown>)[k]])) } as Record<string, unknown>;
    for (const kind of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'Collator', 'RelativeTimeFormat', 'ListFormat', 'Segmenter', 'DisplayNames']) {
      const real = intl[kind] as (new (...a: unknown[]) => object) | undefined;
      if (real) intl[kind] = counting(real, `new Intl.${kind}`, built);
    }
    vi.stubGlobal('Intl', intl);
    vi.resetModules();
    const background = await import('../../../entrypoints/background');
    expect(typeof background.default.main).toBe('function');
    expect(built).toEqual([]);
  });
});
