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
  const poll = () => {
    if (visible(document.querySelector(selector))) shown((out.bannerAt = performance.now()));
    else requestAnimationFrame(poll);
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
