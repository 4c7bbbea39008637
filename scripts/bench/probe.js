// Injected before any page script (page.addInitScript): records, on the
// page's own clock, when the banner first becomes visible, the long tasks,
// the layout shifts, the Accept click and the first Google Analytics request.
(() => {
  const out = (window.__bench = { bannerAt: null, longTasks: [], shifts: 0, clickAt: null, gaAt: null });
  const selector = window.__benchBanner;
  const visible = (el) => {
    if (!el) return false;
    // cookie-seal renders inside a shadow root: look at its panel.
    const target = el.shadowRoot?.querySelector('[part~="banner"], .panel') ?? el;
    const box = target.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && target.checkVisibility({ opacityProperty: false, visibilityProperty: true });
  };
  // The runner waits on this promise through the DevTools protocol (see bannerShown in run.mjs).
  let shown;
  window.__benchShown = new Promise((resolve) => (shown = resolve));
  /*
   * Once a frame: the banner element as the frame starts (a cheap lookup), then, in a task after
   * that frame has been rendered, whether it came out visible, and if so the frame's time. Asking
   * for a box inside the frame callback would force the page's style and layout there, inside the
   * probe's own script: a banner inserted after the page's first frame would have its layout
   * counted as script time, one drawn in that first frame not.
   */
  const poll = () => {
    const at = performance.now();
    const el = document.querySelector(selector);
    if (el) {
      setTimeout(() => {
        if (out.bannerAt !== null) return;
        if (visible(el)) shown((out.bannerAt = at));
        else requestAnimationFrame(poll);
      });
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) out.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) out.shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (out.gaAt === null && e.name.includes('googletagmanager.com/gtag/js')) out.gaAt = e.startTime;
      }
    }).observe({ type: 'resource', buffered: true });
  } catch {
    // an engine without one of these entry types: its columns stay empty
  }
  addEventListener('click', (event) => { if (out.clickAt === null) out.clickAt = event.timeStamp; }, true);
})();
