/**
 * The simulated panel: balance, orders, refills and the API v2 actions, with the answers and
 * error strings real panels give. No HTTP here (server.ts does that): `handle(form)` → JSON.
 */
import { catalogAnswer, type SimService } from './catalog';
import { CatalogEdits } from './catalog-edits';
import { SimClock } from './clock';
import { checkAdd } from './add-order';
import { chargeUnits, formatUnits, toUnits } from './money';
import { fateFromLink, isFinishedWord, orderView, refillView, refundFor, type SimOrder, type SimRefill } from './orders';

export type Form = Map<string, string>;

export interface PanelConfig {
  key: string;
  currency: string;
  numbers: boolean;
  wrap: boolean;
}

const MAX_BATCH = 100;

export class SimPanel {
  readonly services = new Map<string, SimService>();
  readonly orders = new Map<string, SimOrder>();
  readonly refills = new Map<string, SimRefill>();
  readonly edits = new CatalogEdits(this.services);
  balance: bigint;
  private nextOrder = 10001;
  private nextRefill = 501;

  constructor(
    serviceList: SimService[],
    balance: string,
    readonly config: PanelConfig,
    readonly clock = new SimClock(),
  ) {
    for (const s of serviceList) if (!this.services.has(s.id)) this.services.set(s.id, s);
    this.balance = toUnits(balance) ?? 0n;
  }

  /** Numbers as the panel sends them: strings (seed) or JSON numbers (a seen drift). */
  private num(value: string | number): string | number {
    return this.config.numbers ? Number(value) : String(value);
  }

  private money(units: bigint): string | number {
    const text = formatUnits(units);
    return this.config.numbers ? Number(text) : text;
  }

  /** Pays back refunds for orders that reached a refunding final status. */
  settle(): void {
    const now = this.clock.now();
    for (const order of this.orders.values()) {
      if (order.settled) continue;
      const view = orderView(order, now);
      if (!isFinishedWord(view.status)) continue;
      order.settled = true;
      this.balance += refundFor(order, view);
    }
  }

  handle(form: Form, shape: { numbers?: boolean; wrap?: boolean } = {}): unknown {
    const saved = { numbers: this.config.numbers, wrap: this.config.wrap };
    if (shape.numbers) this.config.numbers = true;
    if (shape.wrap) this.config.wrap = true;
    try {
      if (form.get('key') !== this.config.key) return { error: 'Invalid API key' };
      this.settle();
      switch (form.get('action')) {
        case 'services': {
          const list = catalogAnswer([...this.services.values()], this.config.numbers);
          return this.config.wrap ? { status: 'success', data: list } : list;
        }
        case 'balance':
          return { balance: this.money(this.balance), currency: this.config.currency };
        case 'add':
          return this.add(form);
        case 'status':
          return form.has('orders') ? this.batch(form.get('orders')!, (id) => this.statusOf(id)) : this.statusOf(form.get('order') ?? '');
        case 'refill':
          return form.has('orders')
            ? this.list(form.get('orders')!, (id) => ({ order: this.idOut(id), refill: this.refill(id) }))
            : this.refill(form.get('order') ?? '', true);
        case 'refill_status':
          return form.has('refills')
            ? this.list(form.get('refills')!, (id) => ({ refill: this.idOut(id), status: this.refillStatus(id) }))
            : wrapStatus(this.refillStatus(form.get('refill') ?? ''));
        case 'cancel': {
          const ids = form.get('orders') ?? form.get('order');
          if (!ids) return { error: 'Incorrect request' };
          return this.list(ids, (id) => ({ order: this.idOut(id), cancel: this.cancel(id) }));
        }
        default:
          return { error: 'Incorrect request' };
      }
    } finally {
      Object.assign(this.config, saved);
    }
  }

  private idOut(id: string): string | number {
    return /^\d+$/.test(id) ? Number(id) : id;
  }

  private ids(text: string): string[] | null {
    const ids = text.split(',').map((s) => s.trim()).filter(Boolean);
    return ids.length === 0 || ids.length > MAX_BATCH ? null : ids;
  }

  private batch(text: string, one: (id: string) => unknown): unknown {
    const ids = this.ids(text);
    if (!ids) return { error: 'Incorrect request' };
    return Object.fromEntries(ids.map((id) => [id, one(id)]));
  }

  private list(text: string, one: (id: string) => unknown): unknown {
    const ids = this.ids(text);
    if (!ids) return { error: 'Incorrect request' };
    return ids.map(one);
  }

  private add(form: Form): unknown {
    const service = this.services.get(form.get('service') ?? '');
    if (!service) return { error: 'Incorrect service ID' };
    const check = checkAdd(service, form);
    if (!check.ok) return { error: check.error };
    const link = form.get('link') ?? form.get('username') ?? '';
    const now = this.clock.now();
    for (const o of this.orders.values()) {
      if (o.link === link && o.serviceId === service.id && !isFinishedWord(orderView(o, now).status)) {
        return { error: 'You have active order with this link. Please wait until order being completed.' };
      }
    }
    const charge = check.perPackage ? service.rate : chargeUnits(service.rate, check.chargeQuantity);
    if (charge > this.balance) return { error: 'Not enough funds on balance' };
    this.balance -= charge;
    const order = this.createOrder({ serviceId: service.id, link, quantity: check.quantity, charge });
    return { order: Number(order.id) };
  }

  createOrder(init: { serviceId: string; link: string; quantity: number; charge: bigint; status?: string }): SimOrder {
    const id = String(this.nextOrder++);
    const order: SimOrder = {
      id,
      serviceId: init.serviceId,
      link: init.link,
      quantity: init.quantity,
      charge: init.charge,
      createdAt: this.clock.now(),
      fate: fateFromLink(init.link),
      startCount: 1000 + (Number(id) % 977),
      override: init.status ? { status: init.status, remains: isFinishedWord(init.status) && init.status !== 'Partial' ? 0 : init.quantity } : null,
      settled: false,
    };
    if (order.override && /^(canceled|cancelled|refunded|fail)$/i.test(init.status ?? '')) order.override.remains = init.quantity;
    this.orders.set(id, order);
    return order;
  }

  private statusOf(id: string): unknown {
    const order = this.orders.get(id);
    if (!order) return { error: 'Incorrect order ID' };
    const view = orderView(order, this.clock.now());
    return {
      charge: this.money(order.charge),
      start_count: this.num(view.startCount),
      status: view.status,
      remains: this.num(view.remains),
      currency: this.config.currency,
    };
  }

  private refill(orderId: string, single = false): unknown {
    const order = this.orders.get(orderId);
    const fail = (error: string) => (single ? { error } : { error });
    if (!order) return fail('Incorrect order ID');
    const service = this.services.get(order.serviceId);
    if (!service?.refill) return fail('Refill is disabled for this service');
    const status = orderView(order, this.clock.now()).status;
    if (status !== 'Completed' && status !== 'Partial') return fail('The order is not completed');
    const refused = this.edits.refusal(order, this.refills.values(), this.clock.now());
    if (refused) return fail(refused);
    const rejected = order.link.includes('pp-fate=refill-rejected') || this.edits.rejectsLater(order.serviceId);
    const refill: SimRefill = { id: String(this.nextRefill++), orderId, createdAt: this.clock.now(), rejected };
    this.refills.set(refill.id, refill);
    return single ? { refill: refill.id } : Number(refill.id);
  }

  private refillStatus(id: string): unknown {
    const refill = this.refills.get(id);
    return refill ? refillView(refill, this.clock.now()) : { error: 'Refill not found' };
  }

  private cancel(orderId: string): unknown {
    const order = this.orders.get(orderId);
    if (!order) return { error: 'Incorrect order ID' };
    if (!this.services.get(order.serviceId)?.cancel) return { error: 'Cancel is disabled for this service' };
    if (isFinishedWord(orderView(order, this.clock.now()).status)) return { error: 'The order is already completed' };
    order.override = { status: 'Canceled', remains: order.quantity };
    return 1;
  }

  /** Sends every unfinished order and refill to its final fate now. */
  completeAll(): void {
    this.clock.advance(24 * 3600_000);
    this.settle();
  }
}

function wrapStatus(status: unknown): unknown {
  return typeof status === 'string' ? { status } : status;
}
