/** A simulated clock tests can speed up (`speed` simulated ms per real ms) or jump ahead. */
export class SimClock {
  private anchorReal = Date.now();
  private anchorSim = Date.now();
  constructor(private speed = 1) {}

  now(): number {
    return this.anchorSim + (Date.now() - this.anchorReal) * this.speed;
  }

  setSpeed(speed: number): void {
    this.anchorSim = this.now();
    this.anchorReal = Date.now();
    this.speed = Math.max(0, speed);
  }

  advance(ms: number): void {
    this.anchorSim += Math.max(0, ms);
  }
}
