/**
 * The panel simulator as Playwright fixtures, shared by the Chromium (tests/e2e) and the
 * Firefox (tests/e2e-firefox) suites: a fresh simulator per test, and more on demand.
 */
import type { TestFixture } from '@playwright/test';
import { controlClient, type ControlClient } from '../../panel-sim/control';
import { startPanelSim, type PanelSim, type PanelSimOptions } from '../../panel-sim/server';

export interface SimHandle extends PanelSim {
  control: ControlClient;
}

export interface PanelFixtures {
  panel: SimHandle;
  panelOptions: PanelSimOptions;
  /** Starts another simulator (a second panel), closed after the test. */
  startPanel: (options?: PanelSimOptions) => Promise<SimHandle>;
}

async function startSim(options: PanelSimOptions): Promise<SimHandle> {
  const sim = await startPanelSim({ port: 0, clockSpeed: 600, quiet: true, ...options });
  return { ...sim, control: controlClient(sim.url) };
}

export const panelFixtures: {
  panelOptions: [PanelSimOptions, { option: true }];
  panel: TestFixture<SimHandle, PanelFixtures>;
  startPanel: TestFixture<PanelFixtures['startPanel'], PanelFixtures>;
} = {
  panelOptions: [{}, { option: true }],

  panel: async ({ panelOptions }, use) => {
    const sim = await startSim(panelOptions);
    await use(sim);
    await sim.close();
  },

  startPanel: async ({}, use) => {
    const started: SimHandle[] = [];
    await use(async (options = {}) => {
      const sim = await startSim(options);
      started.push(sim);
      return sim;
    });
    await Promise.all(started.map((s) => s.close()));
  },
};
