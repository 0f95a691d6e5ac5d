/** `npm run panel -- --port 8787 [--key K] [--balance 100] [--clock-speed 1] [--numbers] [--wrap] [--dialect NAME] [--api-path /api/v1] [--fault KIND --fault-rate R]` */
import { parseArgs } from 'node:util';
import { DIALECTS } from './dialects';
import { FAULT_KINDS, type FaultKind } from './faults';
import { startPanelSim } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    key: { type: 'string', default: 'demo-key' },
    balance: { type: 'string', default: '100' },
    currency: { type: 'string', default: 'USD' },
    catalog: { type: 'string' },
    'clock-speed': { type: 'string', default: '1' },
    numbers: { type: 'boolean', default: false },
    wrap: { type: 'boolean', default: false },
    fault: { type: 'string', multiple: true, default: [] },
    dialect: { type: 'string' },
    'api-path': { type: 'string' },
    'fault-rate': { type: 'string' },
  },
});

if (values.dialect !== undefined && !Object.hasOwn(DIALECTS, values.dialect)) {
  console.error(`Unknown dialect "${values.dialect}". Known: ${Object.keys(DIALECTS).join(', ')}`);
  process.exit(2);
}

const faults = (values.fault ?? []).map((kind) => {
  if (!FAULT_KINDS.includes(kind as FaultKind)) {
    console.error(`Unknown fault "${kind}". Known: ${FAULT_KINDS.join(', ')}`);
    process.exit(2);
  }
  return { kind: kind as FaultKind, rate: values['fault-rate'] ? Number(values['fault-rate']) : undefined };
});

const sim = await startPanelSim({
  port: Number(values.port),
  host: values.host,
  key: values.key,
  balance: values.balance,
  currency: values.currency,
  catalogPath: values.catalog,
  clockSpeed: Number(values['clock-speed']),
  numbers: values.numbers ? 'numbers' : 'strings',
  wrap: values.wrap,
  faults,
  dialect: values.dialect,
  apiPath: values['api-path'],
});
console.log(`Panel simulator: API URL ${sim.apiUrl}  key ${sim.key}  (${sim.panel.services.size} services)`);
console.log(`Control: ${sim.url}/__control/stats`);
const stop = () => void sim.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
