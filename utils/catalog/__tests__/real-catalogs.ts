/** The real catalogs of tests/fixtures/catalogs, normalized as the client does (8,536 services). */
import { readFileSync } from 'node:fs';
import { normalizeServices } from '../../panel-api/normalize';
import type { Service } from '../../panel-api/types';

export const CATALOG_FILES = ['justanotherpanel-2020-07-16.json', 'smmkings-2020-07-16.numbers.json', 'eight-panels-merged.json'] as const;

const cache = new Map<string, Service[]>();

export function realCatalog(file: (typeof CATALOG_FILES)[number]): Service[] {
  let services = cache.get(file);
  if (!services) {
    const result = normalizeServices(JSON.parse(readFileSync(`tests/fixtures/catalogs/${file}`, 'utf8')));
    if (!result.ok) throw new Error(`fixture ${file}: ${result.error.message}`);
    services = result.value;
    cache.set(file, services);
  }
  return services;
}

export const allRealServices = (): Service[] => CATALOG_FILES.flatMap((f) => realCatalog(f));
