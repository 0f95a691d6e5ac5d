import { describe, expect, it } from 'vitest';
import type { Service } from '../../panel-api/types';
import { packServices, unpackServices } from '../packed-services';
import { allRealServices } from './real-catalogs';

const base: Service = { id: '1', name: 'Instagram Likes', type: 'Default', category: 'Instagram', rate: '0.8400001', min: 20, max: 30000, refill: true, cancel: false, dripfeed: null };

describe('packed catalog services', () => {
  it('every flag value and every optional field comes back, keys in the normalizer\'s order', () => {
    const services: Service[] = [];
    for (const refill of [null, false, true]) for (const cancel of [null, false, true]) for (const dripfeed of [null, false, true]) services.push({ ...base, id: String(services.length), refill, cancel, dripfeed });
    const extra: Service = { ...base, id: 'x', type: 'Custom Comments', category: 'TikTok ✓ 🇧🇷', max: Number.MAX_SAFE_INTEGER, step: 10, currency: 'EUR', description: 'Line 1\nLine "2"', averageDelivery: '2 hours' };
    services.push(extra);
    const back = unpackServices(packServices(services))!;
    expect(back).toEqual(services);
    expect(Object.keys(back.at(-1)!)).toEqual(Object.keys(extra));
    expect(Object.keys(back[0]!)).toEqual(Object.keys(base));
  });

  it('keeps a field it does not know (written by a later version)', () => {
    const future = { ...base, warranty: '30 days' } as Service;
    expect(unpackServices(packServices([future]))).toEqual([future]);
  });

  it('the real catalogs round-trip, in about half the plain list\'s size', () => {
    const services = allRealServices();
    const packed = packServices(services);
    expect(unpackServices(packed)).toEqual(services);
    expect(packed.length).toBeLessThan(JSON.stringify(services).length * 0.65);
  });

  it('anything else is not a packed list: null, so the catalog is fetched again', () => {
    for (const text of ['', '[', '[]', '{"v":2,"categories":[],"types":[],"rows":[]}', '{"v":1,"categories":[],"types":[],"rows":[["1","a",0,0,"1",1,2,0]]}', '{"v":1,"categories":["c"],"types":["t"],"rows":[["1"]]}']) {
      expect(unpackServices(text)).toBeNull();
    }
    expect(unpackServices(packServices([]))).toEqual([]);
  });
});
