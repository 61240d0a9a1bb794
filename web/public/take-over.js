// The app takes a server-rendered page over (src/main.tsx, hydrateRoot) when someone starts using it, not
// while it is being read. api/src/platform/http/ssr.ts puts this script in place of the app's module
// script on visitors' home, search and listing pages.
//
// Until then the page is complete and works as a plain web page: its links are links, and the search box
// is a GET form. On a slow phone, running the app's code and hydrating a page of results blocks the main
// thread for a second or more: it is no longer paid by someone who only reads, scrolls or follows a link.
//
// - Once the page has loaded, the app's scripts are fetched into the HTTP cache (not compiled, not run).
// - The app is started by the first focus, key press or click on a control: a button, a field, a chip.
// - A click on such a control before the app is ready is held and done again once the page is the app's
//   (main.tsx calls `window.tbTakeOver.done()`); a click on a link, or on the search form's button, is
//   left to the browser.
(() => {
  const script = document.currentScript;
  const entry = script?.getAttribute('data-entry');
  if (!entry) return;
  const scripts = (script.getAttribute('data-preload') ?? '').split(' ').filter(Boolean);
  const root = document.documentElement;
  let started = false;
  let held = null;

  const addLinks = (rel) => {
    for (const href of [entry, ...scripts]) {
      const link = document.createElement('link');
      link.rel = rel;
      link.crossOrigin = '';
      link.href = href;
      if (rel === 'prefetch') link.as = 'script';
      document.head.appendChild(link);
    }
  };

  const start = () => {
    if (started) return;
    started = true;
    root.setAttribute('data-tb-app', 'starting');
    addLinks('modulepreload');
    const app = document.createElement('script');
    app.type = 'module';
    app.crossOrigin = '';
    app.src = entry;
    document.head.appendChild(app);
  };

  const CONTROL =
    'button, input, select, textarea, label, summary, [role="button"], [role="tab"], [tabindex]';
  const onClick = (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || target.closest('a[href], [type="submit"]')) return;
    const control = target.closest(CONTROL);
    if (!control) return;
    event.preventDefault();
    event.stopPropagation();
    held = control;
    start();
  };
  const onUse = (event) => {
    if (event.type === 'focusin' && event.target instanceof Element && event.target.closest('a[href]'))
      return;
    start();
  };

  document.addEventListener('click', onClick, true);
  document.addEventListener('focusin', onUse, true);
  document.addEventListener('keydown', onUse, true);

  window.tbTakeOver = {
    start,
    done() {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('focusin', onUse, true);
      document.removeEventListener('keydown', onUse, true);
      root.setAttribute('data-tb-app', 'ready');
      const control = held;
      held = null;
      if (control) setTimeout(() => control.isConnected && control.click(), 0);
    },
  };

  // A visitor who chose English reads the page in English: the app renders it at once.
  let language = null;
  try {
    language = localStorage.getItem('techbridge.language');
  } catch {
    // Storage refused (private mode): the page stays as the server sent it.
  }
  if (language && language !== 'vi') start();

  const prefetch = () => setTimeout(() => started || addLinks('prefetch'), 0);
  if (document.readyState === 'complete') prefetch();
  else window.addEventListener('load', prefetch, { once: true });
})();
