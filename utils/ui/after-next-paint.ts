/**
 * Resolves after the next frame has been painted: an animation frame callback runs just
 * before the frame's style, layout and paint, and a task posted from it runs after them
 * (a MessageChannel message: no 4 ms clamp, unlike a nested setTimeout). A page the browser
 * does not paint (a background tab) gets no animation frames: `fallbackMs` ends the wait.
 *
 * Not Preact's useEffect: it falls back after 35 ms, and a page's first frame often comes
 * later than that, so work deferred with it can land before the first paint.
 */
export function afterNextPaint(fallbackMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() => {
      clearTimeout(timer);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}
