// The probe of `vigil bench dashboard` (src/Vigil.Cli/Bench/DashboardBench.cs). Installed with
// Page.addScriptToEvaluateOnNewDocument, so it runs at navigation, before the dashboard's scripts.
// It relies on three hooks of the dashboard only:
//   document.body.dataset.ready        'true' once loaded ('failed' when the load failed)
//   document.body.dataset.tracksDrawn  how many tracks the last drawn frame held
//   window.vigilMap                    the MapLibre map
// Times are performance.now() milliseconds, counted from the navigation's start.
(() => {
  if (window.vigilBench) return;

  // Long tasks (main-thread tasks over 50 ms) from the start: [start, duration].
  const longTasks = [];
  let longTasksObserved = false;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    longTasksObserved = true;
  } catch {
    // not supported: the counts are reported as null
  }

  // Every time the number drawn reached a new high, and when the page became ready.
  const highs = []; // [time, drawn]
  let drawnNow = -1;
  let readyAt = null;
  let readyState = null;
  const waiters = new Set();
  function read() {
    const body = document.body;
    if (body) {
      const now = performance.now();
      const drawn = Number.parseInt(body.dataset.tracksDrawn ?? '', 10);
      if (Number.isFinite(drawn)) {
        if (drawn > (highs.length ? highs[highs.length - 1][1] : -1)) highs.push([now, drawn]);
        drawnNow = drawn;
      }
      const ready = body.dataset.ready ?? null;
      if (ready !== readyState) {
        readyState = ready;
        if (ready === 'true' && readyAt === null) readyAt = now;
      }
    }
    for (const w of waiters) w();
  }
  new MutationObserver(read).observe(document, {
    subtree: true, attributes: true, attributeFilter: ['data-tracks-drawn', 'data-ready'],
  });

  function tasksIn(from, to) {
    if (!longTasksObserved) return { count: null, ms: null };
    let count = 0;
    let ms = 0;
    for (const [start, duration] of longTasks) {
      if (start >= from && start < to) { count++; ms += duration; }
    }
    return { count, ms };
  }

  // First time at least n tracks were drawn (n = 0: ready), or null.
  function visibleAt(n) {
    if (n === 0) return readyAt;
    for (const [t, d] of highs) if (d >= n) return t;
    return null;
  }

  function status(n) {
    const at = visibleAt(n);
    return {
      visibleMs: at,
      readyMs: readyAt,
      ready: readyState,
      drawn: drawnNow,
      drawnMax: highs.length ? highs[highs.length - 1][1] : -1,
      longTasks: tasksIn(0, at ?? performance.now()),
    };
  }

  // Counts animation frames for ms milliseconds from the next frame: frames, the window's length,
  // frames in each whole second, the longest gap between two frames, long tasks in the window, the
  // fewest and most tracks drawn meanwhile. With a step, pans the map every frame by step pixels,
  // turning round every `turn` frames (so it sways about where it started).
  function frames(ms, step, turn) {
    const map = window.vigilMap;
    return new Promise((resolve) => {
      let start = null;
      let last = null;
      let count = 0;
      let worst = 0;
      let k = 0;
      let drawnMin = Infinity;
      let drawnMax = -Infinity;
      const perSecond = [];
      function tick(t) {
        if (start === null) {
          start = last = t;
        } else {
          count++;
          worst = Math.max(worst, t - last);
          last = t;
          const s = Math.floor((t - start) / 1000);
          if (s < Math.floor(ms / 1000)) perSecond[s] = (perSecond[s] ?? 0) + 1;
        }
        drawnMin = Math.min(drawnMin, drawnNow);
        drawnMax = Math.max(drawnMax, drawnNow);
        if (t - start >= ms) {
          const duration = t - start;
          for (let i = 0; i < Math.floor(ms / 1000); i++) perSecond[i] = perSecond[i] ?? 0;
          resolve({
            frames: count, durationMs: duration, fps: count / (duration / 1000), worstFrameMs: worst,
            perSecond, longTasks: tasksIn(start, t), drawnMin, drawnMax,
          });
          return;
        }
        if (step && map) {
          map.panBy([Math.floor(k / turn) % 2 === 0 ? step : -step, 0], { animate: false });
          k++;
        }
        requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    });
  }

  window.vigilBench = {
    // Resolves once n tracks are drawn, the load failed, or timeoutMs after the navigation's start.
    visible(n, timeoutMs) {
      return new Promise((resolve) => {
        let timer = 0;
        let late = false;
        const check = () => {
          if (visibleAt(n) !== null || readyState === 'failed' || late || performance.now() >= timeoutMs) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(status(n));
          }
        };
        waiters.add(check);
        // A timer may fire a little before performance.now() reaches its time: it ends the wait anyway.
        timer = setTimeout(() => { late = true; check(); }, Math.max(0, timeoutMs - performance.now()));
        read(); // calls check
      });
    },
    live: (ms) => frames(ms, 0, 0),
    pan: (ms, step, turn) => frames(ms, step, turn),
    // The viewport and the WebGL renderer the page gets.
    environment() {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const renderer = gl ? gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) : null;
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
      return {
        innerWidth: window.innerWidth,
        innerHeight: window.innerHeight,
        devicePixelRatio: window.devicePixelRatio,
        webgl: renderer,
        userAgent: navigator.userAgent,
        map: !!window.vigilMap,
      };
    },
  };
})();
