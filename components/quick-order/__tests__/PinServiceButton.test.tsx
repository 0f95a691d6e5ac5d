import { describe, expect, it } from 'vitest';
import { all, expand, type El } from '../../orders/__tests__/render-tree';
import { PinToggle } from '../PinServiceButton';

/** The text a screen reader names the element by: what is hidden from it left out. */
const accessibleText = (n: El | string): string => (typeof n === 'string' ? n : n.props['aria-hidden'] === 'true' || n.props['aria-hidden'] === true ? '' : n.children.map(accessibleText).join(''));

describe('Pin service', () => {
  it.each([true, false])('is named "Pin service" whether pinned (%s) or not; aria-pressed says which', (pinned) => {
    const [button] = all(expand(<PinToggle pinned={pinned} busy={false} onToggle={() => undefined} />), (e) => e.type === 'button');
    expect(accessibleText(button!).trim()).toBe('Pin service');
    expect(button!.props['aria-pressed']).toBe(pinned);
  });
});
