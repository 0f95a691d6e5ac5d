import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('stored items', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('are not read when the module is imported, only when used', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { ordersItem, panelsItem } = await import('../storage');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(get).not.toHaveBeenCalled();
    // Key and fallback are known without a read.
    expect(ordersItem.fallback).toEqual({});
    expect(get).not.toHaveBeenCalled();
    const panel = { id: 'a', name: 'A', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 1 };
    await fakeBrowser.storage.local.set({ panels: [panel] });
    expect(await panelsItem.getValue()).toEqual([panel]);
    expect(get.mock.calls.flat().flat()).toContain('panels');
    expect(get.mock.calls.flat().flat()).not.toContain('orders');
  });

  it('still work when spread into a wrapper (as a reader that checks values does)', async () => {
    const { ordersItem } = await import('../storage');
    const wrapped = { ...ordersItem };
    await wrapped.setValue({});
    expect(await wrapped.getValue()).toEqual({});
    const seen: unknown[] = [];
    wrapped.watch((value) => seen.push(value));
    await ordersItem.setValue({ x: {} as never });
    await expect.poll(() => seen.length).toBe(1);
  });
});
