/** "Pin service": a pinned service's catalog changes are listed even if it was never ordered. */
import type { MessageHandlers } from '../messaging';
import { own } from '../own';
import { PINNED_SERVICES, PINS_KEPT } from '../catalog/schema';
import { storable } from '../schema/read';
import { pinnedServicesItem } from '../storage';
import { withLock } from './lock';

export function pinService(panelId: string, serviceId: string, pinned: boolean): Promise<string[]> {
  return withLock('pinnedServices', async () => {
    const all = await pinnedServicesItem.getValue();
    const others = (own(all, panelId) ?? []).filter((id) => id !== serviceId);
    const next = pinned ? [serviceId, ...others].slice(0, PINS_KEPT) : others;
    await pinnedServicesItem.setValue(storable(PINNED_SERVICES, { ...all, [panelId]: next }));
    return next;
  });
}

export const pinnedServiceHandlers: Pick<MessageHandlers, 'service.pin'> = {
  'service.pin': async ({ panelId, serviceId, pinned }) => ({ pinned: (await pinService(panelId, serviceId, pinned)).includes(serviceId) }),
};
