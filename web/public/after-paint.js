// Loads the app's scripts once a server-rendered page has been painted (api/src/platform/http/ssr.ts puts
// this in place of the module script): on a slow phone the page shows first, its scripts do not compete
// with its styles for the connection, and the app then takes the page over (src/main.tsx, hydrateRoot).
(() => {
  const script = document.currentScript;
  const entry = script?.getAttribute('data-entry');
  if (!entry) return;
  const preload = (script.getAttribute('data-preload') ?? '').split(' ').filter(Boolean);
  const load = () => {
    for (const href of preload) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
    const app = document.createElement('script');
    app.type = 'module';
    app.crossOrigin = '';
    app.src = entry;
    document.head.appendChild(app);
  };
  // requestAnimationFrame runs just before the next paint; the timeout, just after it.
  requestAnimationFrame(() => setTimeout(load, 0));
})();
