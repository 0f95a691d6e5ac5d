import { startPanelSim } from '../../panel-sim/server';
import { test, expect } from './fixtures';

// The demo address is fixed (127.0.0.1:8787, where `npm start` runs the simulator), so this
// test starts its own simulator there rather than on a free port.
test('a first run offers the demo panel only while the simulator runs, and one click connects it', async ({ context, openPage }) => {
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Connect your first panel' })).toBeVisible();
  await expect(popup.getByText('Account → API')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Add a panel' })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Use the demo panel' })).toHaveCount(0);

  const sim = await startPanelSim({ port: 8787, quiet: true });
  try {
    await popup.reload();
    const optionsOpened = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Use the demo panel' }).click();
    const options = await optionsOpened;
    await expect(options.getByLabel('Panel name')).toHaveValue('Demo panel');
    await expect(options.getByLabel('API URL')).toHaveValue('http://127.0.0.1:8787/api/v2');
    await options.getByRole('button', { name: 'Save panel' }).click();
    await expect(options.getByRole('status')).toContainText('Connected. Balance: 100.00 USD');
    await expect(options.getByRole('list', { name: 'Panels' })).toContainText('Demo panel');
    // The getting-started notice (and its demo offer) is gone once a panel exists.
    await expect(options.getByRole('region', { name: 'Getting started' })).toHaveCount(0);
  } finally {
    await sim.close();
  }
});
