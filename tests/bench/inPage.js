/**
 * The benchmark's probe, injected into the page before the app starts (page.addInitScript). Plain
 * JavaScript so the browser runs it as written.
 *
 * Timing: the probe keeps its own requestAnimationFrame loop, started before any Cytoscape instance,
 * so in every frame its callback runs before Cytoscape's render callback. A step is started at the
 * top of a frame; Cytoscape then draws in that same frame, the browser paints, and a message posted
 * from the step (a task) is delivered only after that frame's rendering: its arrival time is
 * "cursor change → painted frame", without the wait for the next vsync.
 */
(() => {
  const jobs = [];
  const frameListeners = new Set();
  const loop = (now) => {
    for (const f of frameListeners) f(now);
    const job = jobs.shift();
    if (job) job();
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);

  /** Runs `fn` at the top of the next frame; resolves with [start, after the frame was painted]. */
  const inNextFrame = (fn) =>
    new Promise((resolve) =>
      jobs.push(() => {
        const t0 = performance.now();
        fn();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve([t0, performance.now()]);
        channel.port2.postMessage(0);
      }),
    );

  let openedAt = 0;
  document.addEventListener(
    'change',
    (e) => {
      if (e.target && e.target.dataset && e.target.dataset.testid === 'open-story-input')
        openedAt = performance.now();
    },
    true,
  );

  const api = () => window.__nexoBench;
  const canvas = () => document.querySelector('[data-testid=graph-canvas]');
  const cy = () => {
    const reg = canvas() && canvas()._cyreg;
    return reg && reg.cy;
  };
  const DAY = 86_400_000;

  window.__probe = {
    /** Resolves once `storyId` (or any story, for null) is drawn, with ms from the file input's change (or page start). */
    firstGraph(storyId, sinceOpen) {
      return new Promise((resolve) => {
        const check = () => {
          const el = canvas();
          if (!el || !el.dataset.storyId || (storyId && el.dataset.storyId !== storyId)) return;
          frameListeners.delete(check);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - (sinceOpen ? openedAt : 0));
          channel.port2.postMessage(0);
        };
        frameListeners.add(check);
      });
    },

    /** Sets the cursor to a fraction of the story (negative: that many days before its end). */
    async moveTo(fraction) {
      const s = api().store.getState();
      const { start, end } = s.story.extent;
      const day =
        fraction < 0
          ? Math.floor((end - start) / DAY) + fraction
          : Math.floor(((end - start) * fraction) / DAY);
      await inNextFrame(() => s.setCursor(start + day * DAY));
      for (let i = 0; i < 5; i++) await inNextFrame(() => {});
    },

    /** `steps` one-day moves, one per frame; each timed from cursor change to painted frame. */
    async scrub(steps, budgetMs) {
      const store = api().store;
      const times = [];
      let missed = 0;
      const began = performance.now();
      for (let i = 0; i < steps && performance.now() - began < budgetMs; i++) {
        const renderer = cy() && cy().renderer();
        const [t0, t1] = await inNextFrame(() => {
          const s = store.getState();
          s.setCursor(s.time.cursor + DAY);
        });
        // A step Cytoscape did not draw in its own frame would be timed too short: count them.
        if (renderer && !(renderer.lastDrawTime >= t0)) missed++;
        times.push(t1 - t0);
      }
      const shown = api().store.visibleSnapshot();
      const story = api().store.getState().story;
      return {
        times,
        missed,
        actors: shown.actors.size,
        links: shown.links.size,
        storyActors: story.actors.length,
        storyLinks: story.links.length,
      };
    },

    /**
     * Plays for `ms` and counts the frames in which the cursor moved. `startPlayback` is the one
     * place that says how playback is driven (the store's play action, as the Play button uses);
     * the counting works the same for any driver.
     */
    async play(ms) {
      const store = api().store;
      const stop = startPlayback(store);
      let last = store.getState().time.cursor;
      let frames = 0;
      let prev = 0;
      let longest = 0;
      const began = performance.now();
      await new Promise((resolve) => {
        const onFrame = (now) => {
          const cursor = store.getState().time.cursor;
          if (cursor !== last) frames++;
          last = cursor;
          if (prev) longest = Math.max(longest, now - prev);
          prev = now;
          if (performance.now() - began >= ms) {
            frameListeners.delete(onFrame);
            resolve();
          }
        };
        frameListeners.add(onFrame);
      });
      stop();
      const elapsed = performance.now() - began;
      return { fps: (frames * 1000) / elapsed, longestFrameMs: longest };
    },
  };

  /**
   * Presses play the way the Play button does (the time bar's playback driver moves the cursor by
   * the elapsed time): about a day per frame at 60 frames a second, looping; returns a stop function.
   */
  function startPlayback(store) {
    const s = store.getState();
    s.setSpeed(60);
    s.setLoop(true);
    s.jumpTo('start');
    store.getState().togglePlay();
    return () => store.getState().pause();
  }
})();
