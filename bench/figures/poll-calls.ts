/**
 * Figure 1: status calls per poll cycle against the floor Σ⌈active/100⌉. The real cycle
 * (pollOnce with its default deps: real panel clients, real fetch) asks two real
 * simulator HTTP servers; the simulators count what reached them.
 */
import { controlClient } from '../../panel-sim/control';
import { startPanelSim } from '../../panel-sim/server';
import { makeOrder } from '../../testing/orders';
import type { PanelProfile } from '../../utils/panels/types';
import type { Row } from '../lib/figure';
import type { NodeRunner } from '../lib/node-runner';
import { median, round } from '../lib/stats';

type Harness = typeof import('../node/poll-harness');

/** Active orders per panel, and finished ones that must not be asked about. */
const ACTIVE = [200, 50];
const FINISHED_PER_PANEL = 20;

export async function measurePollCalls(runner: NodeRunner, runs = 5): Promise<Row[]> {
  const harness = await runner.load<Harness>('bench/node/poll-harness.ts');
  const sims = await Promise.all(ACTIVE.map(() => startPanelSim({ port: 0, quiet: true })));
  try {
    const panels: PanelProfile[] = sims.map((sim, i) => ({ id: `p${i + 1}`, name: `Sim ${i + 1}`, apiUrl: sim.apiUrl, isDefault: i === 0, lowBalanceThreshold: null, createdAt: 0 }));
    const secrets = Object.fromEntries(sims.map((sim, i) => [panels[i]!.id, sim.key]));
    const floor = ACTIVE.reduce((n, active) => n + Math.ceil(active / 100), 0);
    const calls: number[] = [];
    const reported: number[] = [];
    const wall: number[] = [];
    const batches: string[] = [];
    for (let run = 0; run < runs; run++) {
      const orders = [];
      for (const [i, sim] of sims.entries()) {
        const control = controlClient(sim.url);
        await control.reset(true);
        const { ids } = await control.createOrders(ACTIVE[i]! + FINISHED_PER_PANEL);
        const panelId = panels[i]!.id;
        orders.push(...ids.slice(0, ACTIVE[i]).map((id) => makeOrder(panelId, id, { status: 'in_progress', statusText: 'In progress' })));
        orders.push(...ids.slice(ACTIVE[i]).map((id) => makeOrder(panelId, id, { status: 'completed', statusText: 'Completed' })));
        await control.reset(false);
      }
      await harness.seed(panels, secrets, orders);
      const start = performance.now();
      const summary = await harness.cycle(harness.defaultCycleDeps, true);
      wall.push(performance.now() - start);
      const stats = await Promise.all(sims.map((sim) => controlClient(sim.url).stats()));
      calls.push(stats.reduce((n, s) => n + (s.counts.status ?? 0), 0));
      reported.push(summary.calls);
      batches.push(stats.map((s) => `[${(s.batchSizes.status ?? []).join(',')}]`).join(' '));
      if (summary.checked !== ACTIVE.reduce((a, b) => a + b, 0)) throw new Error(`cycle checked ${summary.checked} orders, expected ${ACTIVE.join('+')}`);
    }
    return [
      {
        figure: '1',
        label: `Status calls per cycle, ${ACTIVE.join('+')} active on ${ACTIVE.length} sim panels (floor ${floor})`,
        // The worst run counts: one extra call in any run is a miss.
        value: Math.max(...calls),
        unit: 'calls',
        target: { kind: 'exact', limit: floor },
        detail: `${runs} cycles over real HTTP; calls seen by the simulators per run: ${calls.join(', ')}; the cycle's own count: ${reported.join(', ')}; batch sizes per panel: ${batches[0]}; ${FINISHED_PER_PANEL} finished orders per panel not asked; cycle wall time median ${round(median(wall))} ms`,
        samples: calls,
      },
    ];
  } finally {
    await Promise.all(sims.map((sim) => sim.close()));
  }
}
