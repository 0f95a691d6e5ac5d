/**
 * The simulated panel: balance, orders, refills and the API v2 actions, with the answers and
 * error strings real panels give. No HTTP here (server.ts does that): `handle(form)` → JSON.
 */
import { catalogAnswer, type SimService } from './catalog';
import { CatalogEdits } from './catalog-edits';
import { SimClock } from './clock';
import { checkAdd } from './add-order';
import { dialectTraits, spellBalance, spellStatus, type DialectTraits } from './dialects';
import { chargeUnits, formatUnits, toUnits } from './money';
import { dripRuns, fateFromLink, isFinishedWord, orderView, refillView, refundFor, subscriptionView, type SimOrder, type SimRefill } from './orders';

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
  /** How this panel's script answers (dialects.ts); the seed's way when empty. */
  traits: DialectTraits = {};
  private nextOrder = 10001;
  private nextRefill = 501;

  constructor(
    serviceList: SimService[],
    balance: string,
    readonly config: PanelConfig,
    readonly clock = new SimClock(),
    dialect?: string | DialectTraits,
  ) {
    for (const s of serviceList) if (!this.services.has(s.id)) this.services.set(s.id, s);
    this.balance = toUnits(balance) ?? 0n;
    this.traits = dialectTraits(dialect);
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
      // The panel checks the caller's address and account before the key.
      if (this.traits.access === 'ip-not-allowed') return { error: 'IP not allowed' };
      if (this.traits.access === 'api-disabled') return { error: 'API is Disable for this user or User Not Found! Contact the Support' };
      if (form.get('key') !== this.config.key) return this.envelope({ error: 'Invalid API key' });
      this.settle();
      return this.envelope(this.answer(form), form.get('action'));
    } finally {
      Object.assign(this.config, saved);
    }
  }

  private answer(form: Form): unknown {
    switch (form.get('action')) {
      case 'services': {
        const list = catalogAnswer([...this.services.values()], this.config.numbers, this.traits.serviceCurrency);
        if (this.traits.envelope) return { services: list, count: list.length };
        return this.config.wrap ? { status: 'success', data: list } : list;
      }
      case 'balance': {
        const balance = this.traits.balance ? spellBalance(formatUnits(this.balance), this.traits) : this.money(this.balance);
        return this.traits.currencyField === false ? { balance } : { balance, currency: this.config.currency };
      }
      case 'add':
        return this.add(form);
      case 'status':
        return form.has('orders') ? this.batch(form.get('orders')!, (id) => this.statusOf(id, true)) : this.statusOf(form.get('order') ?? '');
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
  }

  /** Envelope scripts: `{"status":true,"data":…}`, failures as `{"status":false,"message":…}`, nothing as "Empty Data". */
  private envelope(answer: unknown, action?: string): unknown {
    if (!this.traits.envelope) return answer;
    if (typeof answer === 'object' && answer !== null && !Array.isArray(answer)) {
      const record = answer as Record<string, unknown>;
      if (typeof record.error === 'string') return { status: false, message: record.error };
      const values = Object.values(record);
      if (action === 'status' && values.length > 0 && values.every((v) => typeof v === 'object' && v !== null && 'error' in v)) return { status: 'success', data: 'Empty Data' };
    }
    // Services come as {services, count}; a new order as {order_id}: each its own shape.
    return action === 'services' || action === 'add' ? answer : { status: true, data: answer };
  }

  private itemError(error: string, inBatch: boolean): unknown {
    return inBatch && this.traits.bareItemErrors ? error : { error };
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
    const runs = Number(form.get('runs') ?? 0);
    // A drip-feed's quantity is per run: the panel tracks the total.
    const order = this.createOrder({ serviceId: service.id, link, quantity: runs > 0 ? check.chargeQuantity : check.quantity, charge });
    if (runs > 0) Object.assign(order, { runs, interval: Number(form.get('interval')) });
    if (service.type === 'Subscriptions') order.subscription = { posts: Number(form.get('posts')) || null, expiry: form.get('expiry') || null };
    return this.traits.envelope ? { order_id: order.id } : { order: Number(order.id) };
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

  private statusOf(id: string, inBatch = false): unknown {
    const order = this.orders.get(id);
    if (!order) return this.itemError('Incorrect order ID', inBatch);
    const now = this.clock.now();
    const view = orderView(order, now);
    const status = spellStatus(view.status, this.traits);
    if (this.traits.progress && order.subscription) {
      const sub = subscriptionView(order, now);
      return { status: spellStatus(sub.status, this.traits), posts: this.num(sub.posts), orders: sub.orders.map(Number), expiry: order.subscription.expiry };
    }
    if (this.traits.progress && order.runs) {
      const runs = dripRuns(order, now);
      return { status, runs: this.num(runs.done), orders: runs.orders.map(Number) };
    }
    const answer: Record<string, unknown> = { charge: this.money(order.charge), start_count: this.num(view.startCount), status, remains: this.num(view.remains), currency: this.config.currency };
    if (this.traits.remains === 'missing') delete answer.remains;
    if (this.traits.remains === 'unknown-until-started' && view.status === 'Pending') answer.remains = 'Unknown';
    return answer;
  }

  private refill(orderId: string, single = false): unknown {
    const order = this.orders.get(orderId);
    const fail = (error: string) => (single ? { error } : { error });
    if (!order) return fail('Incorrect order ID');
    const service = this.services.get(order.serviceId);
    const variant = this.traits.refusals === 'variant';
    if (!service?.refill) return fail(variant ? 'Order not eligible for refill.' : 'Refill is disabled for this service');
    const now = this.clock.now();
    const status = orderView(order, now).status;
    if (status !== 'Completed' && status !== 'Partial') return fail('The order is not completed');
    const refused = this.edits.refusal(order, this.refills.values(), now);
    if (refused) return fail(refused);
    const running = [...this.refills.values()].some((r) => r.orderId === orderId && !/^(completed|rejected)$/i.test(refillView(r, now)));
    if (variant && running) return fail('The refill task is not completed for this order');
    const rejected = order.link.includes('pp-fate=refill-rejected') || this.edits.rejectsLater(order.serviceId);
    const refill: SimRefill = { id: String(this.nextRefill++), orderId, createdAt: now, rejected };
    this.refills.set(refill.id, refill);
    if (this.traits.refill === 'no-id') return single ? { status: 'Success', message: 'Refill request has been received and will be processed soon.' } : { status: 'Success' };
    if (this.traits.refill === 'success-text' && single) return { success: 'Your order will be refill asap. Thank you for your patience!', refill: Number(refill.id) };
    return single ? { refill: refill.id } : Number(refill.id);
  }

  private refillStatus(id: string): unknown {
    const refill = this.refills.get(id);
    const variant = this.traits.refillWords === 'variant';
    if (!refill) return variant ? 'Refill Request Not found' : { error: 'Refill not found' };
    const word = refillView(refill, this.clock.now());
    return variant && word === 'Rejected' ? 'Cancelled' : word;
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
