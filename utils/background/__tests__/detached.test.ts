import { describe, expect, it, vi } from 'vitest';
import { detached } from '../detached';

describe('detached work', () => {
  it('a failure is logged with what was being done, never left as an unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    detached('the badge', Promise.reject(new Error('storage is gone')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalledWith('PanelPilot: the badge failed:', 'storage is gone');
  });
});
