/**
 * A job on an alarm of its own, kept the way Bitwarden's task scheduler keeps them: the alarm
 * is state the browser may drop (a restart, an update), so it is reconciled at every worker
 * start, browser start and install; the listener is registered synchronously, because the
 * worker may have been started just to deliver this alarm.
 */
import { browser } from 'wxt/browser';
import { detached } from './detached';

export interface PeriodicJob {
  name: string;
  periodMinutes: number;
  /** For the console when a run or the scheduling fails ("the scheduled catalog refresh"). */
  what: string;
  run: () => Promise<unknown>;
}

/** Creates the alarm unless it is there with this period (re-creating it would move its next run). */
export async function reconcileAlarm(name: string, periodMinutes: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (existing && existing.periodInMinutes === periodMinutes) return;
  await browser.alarms.create(name, { periodInMinutes: periodMinutes, delayInMinutes: periodMinutes });
}

/** Registered synchronously at worker start. */
export function registerPeriodicJob(job: PeriodicJob): void {
  const reconcile = () => detached(`scheduling ${job.what}`, reconcileAlarm(job.name, job.periodMinutes));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === job.name) detached(job.what, job.run());
  });
  browser.runtime.onStartup.addListener(reconcile);
  browser.runtime.onInstalled.addListener(reconcile);
  reconcile();
}
