/**
 * The init script every bench page gets: inside the page, it timestamps the moment its content
 * is on screen (relative to the page's navigation start) and each interaction from its event
 * to the page updated and laid out. Its source is sent into the page as text (TIMER_SOURCE).
 */
export interface PageMark {
  /** ms from navigation start to the DOM holding the content (a MutationObserver saw it). */
  dom: number;
  /** ms from navigation start to just after the next frame (rAF, then a task). */
  paint: number;
}

/** One user action timed in the page: its event's time stamp → the DOM updated and laid out. */
export interface Interaction {
  type: string;
  /** The input's value, or the clicked element's text. */
  what: string;
  ms: number;
  /**
   * Where `ms` went (ms): `delay` the event's time stamp → its dispatch began (the main
   * thread busy with something else, or not scheduled); `work` the handlers and the render
   * (Preact renders in a microtask inside the dispatch); `queued` other tasks run before the
   * timer's task; `frame` a frame (animation callbacks, style, layout, paint, commit) that
   * Chrome ran before it (from its animation callbacks on); `layout` the style and layout the
   * DOM change still needed (forced by the timer).
   */
  parts: { delay: number; work: number; queued: number; frame: number; layout: number };
  /** Another event was dispatched before this one's result was laid out (its time then includes that event's work). */
  overlapped: boolean;
}

export interface BenchWindow {
  __bench: {
    marks: Record<string, PageMark>;
    /** ms from navigation start: the page's first storage read asked (= its script running) and answered. */
    read: { asked: number | null; answered: number | null };
    interactions: Interaction[];
    fcp: () => number | null;
  };
}

/**
 * Runs in every page before its own scripts. Stages per page: the page is "ready" when what
 * the user came for is visible; the popup is "complete" when every active order has its row;
 * the quick-order page then gets its Service combobox focused (as a click would) and is
 * "list" ready when the filtered options are rendered; the orders page is "ready" when its
 * first order row is there. Each mark is also a User Timing mark (`bench:<name>:dom`,
 * `bench:<name>:painted`), so a trace can be cut at it.
 */
function pageTimer(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const w = window as unknown as BenchWindow;
  const marks: Record<string, PageMark> = {};
  const read: BenchWindow['__bench']['read'] = { asked: null, answered: null };
  const interactions: Interaction[] = [];
  w.__bench = {
    marks,
    read,
    interactions,
    fcp: () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  };
  // The popup's first statement asks storage for its data: that call marks "script running",
  // its answer "read answered". Wrapped on both namespaces Chrome may expose.
  const g = globalThis as unknown as { chrome?: any; browser?: any };
  for (const area of new Set([g.chrome?.storage?.local, g.browser?.storage?.local].filter(Boolean))) {
    const get = area.get;
    try {
      area.get = function (...args: unknown[]) {
        const result = get.apply(this, args);
        if (read.asked === null) {
          read.asked = performance.now();
          performance.mark('bench:read-asked');
          Promise.resolve(result).then(() => {
            read.answered = performance.now();
            performance.mark('bench:read-answered');
          });
        }
        return result;
      };
    } catch {
      // Not writable: the timeline goes without these two marks.
    }
  }
  const afterPaint = (cb: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = cb;
      channel.port2.postMessage(null);
    });
  const mark = (name: string) => {
    if (marks[name]) return;
    const dom = performance.now();
    performance.mark(`bench:${name}:dom`);
    marks[name] = { dom, paint: Number.NaN };
    afterPaint(() => {
      marks[name]!.paint = performance.now();
      performance.mark(`bench:${name}:painted`);
    });
  };
  const page = location.pathname.replace(/^\//, '');
  const check = () => {
    if (page === 'bench-blank.html') {
      if (document.getElementById('bench-ready')) mark('ready');
    } else if (page === 'popup.html') {
      const balance = document.querySelector('.balance-amount')?.textContent ?? '';
      if (/\d/.test(balance) && document.querySelector('.order-row')) mark('ready');
      // Every active row, as many as the "Active (N)" heading counts.
      const total = Number(/\((\d+)\)/.exec(document.getElementById('active-title')?.textContent ?? '')?.[1]);
      if (marks.ready && document.querySelectorAll('[aria-labelledby="active-title"] .order-row').length === total) mark('complete');
    } else if (page === 'quick-order.html') {
      const box = document.getElementById('service-search') as HTMLInputElement | null;
      const wantsPreselect = new URLSearchParams(location.search).has('url');
      if (box && !marks.ready && (!wantsPreselect || box.value.includes(' · '))) {
        mark('ready');
        box.focus();
      }
      if (marks.ready && document.querySelector('#service-list [role="option"]')) mark('list');
    } else if (page === 'orders.html') {
      if (document.querySelector('[role="table"] [data-row]')) mark('ready');
      // Every order read (the archive's part too): the table is no longer busy.
      if (marks.ready && document.querySelector('[role="table"][aria-busy="false"] [data-row]')) mark('complete');
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // An input's value is a property, not an attribute: poll each frame too until done.
  const poll = () => {
    check();
    const done = { 'quick-order.html': 'list', 'popup.html': 'complete', 'orders.html': 'complete' }[page] ?? 'ready';
    if (!marks[done]) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // Interactions: from the event's time stamp (when the browser had it: a busy page's input
  // delay counts) to the DOM updated and laid out. Preact renders in a microtask after the
  // handlers, so a task posted from the capture listener runs after the render; the forced
  // layout there is the layout the next frame would do.
  // `dispatched`: when the event's dispatch began (the first capture listener, this one);
  // `handled`: after every handler and the render (a bubbling listener on window runs last).
  let dispatched = 0;
  let handled = 0;
  let dispatches = 0;
  const time = (type: string, start: number, began: number, what: () => string) => {
    const channel = new MessageChannel();
    let frameAt = Number.POSITIVE_INFINITY;
    const seen = dispatches;
    requestAnimationFrame(() => (frameAt = performance.now()));
    channel.port1.onmessage = () => {
      const run = performance.now();
      void document.body.offsetHeight;
      const end = performance.now();
      const done = Math.max(handled, began);
      const frame = Math.max(done, Math.min(frameAt, run));
      interactions.push({ type, what: what(), ms: end - start, parts: { delay: began - start, work: done - began, queued: frame - done, frame: run - frame, layout: end - run }, overlapped: dispatches !== seen });
    };
    channel.port2.postMessage(null);
  };
  for (const type of ['keydown', 'input', 'change', 'click']) {
    window.addEventListener(
      type,
      (e) => {
        dispatched = performance.now();
        // A new user action (its input or change events come with it, in its task).
        if (e.type === 'keydown' || e.type === 'click') dispatches++;
      },
      true,
    );
    window.addEventListener(type, () => (handled = performance.now()));
  }
  // A key's input event comes in the same task as its keydown: the keydown is forgotten in
  // the next task, so an input with no keydown before it (a select, a date, a paste) is not
  // taken for a keystroke, however late a busy page dispatches it.
  let keydown: number | null = null;
  let keydownAt = 0;
  window.addEventListener(
    'keydown',
    (e) => {
      keydown = e.timeStamp;
      keydownAt = dispatched;
      setTimeout(() => (keydown = null), 0);
    },
    true,
  );
  window.addEventListener(
    'input',
    (event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      const typed = keydown;
      time(target instanceof HTMLSelectElement ? 'select' : typed !== null ? 'key' : 'input', typed ?? event.timeStamp, typed !== null ? keydownAt : dispatched, () => target.value);
      keydown = null;
    },
    true,
  );
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target as HTMLElement;
      time('click', event.timeStamp, dispatched, () => target.textContent?.trim() ?? '');
    },
    true,
  );
}

/** tsx may wrap named functions in `__name(…)`: give the page a no-op one. */
export const TIMER_SOURCE = `var __name = (f) => f;\n(${pageTimer.toString()})();`;
