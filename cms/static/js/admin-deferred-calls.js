// Runs the admin's widget and panel initialisers that Wagtail 8 writes as inline scripts, which
// cms/wagtail_csp.py turns into JSON data blocks so the admin's CSP needs no 'unsafe-inline':
// <script type="application/json" data-deferred-call>{"call": "PageChooser", "args": [...]}</script>
// Blocks in the page run just before DOMContentLoaded (the scripts that define the initialisers
// are loaded by then); blocks added later (inline panel children, modal forms) run when added.
(() => {
  const SELECTOR = 'script[type="application/json"][data-deferred-call]';
  // The same lists as CONSTRUCTORS and FUNCTIONS in cms/wagtail_csp.py: nothing else may be called.
  const CONSTRUCTORS = new Set(['Chooser', 'PageChooser', 'ImageChooser', 'DocumentChooser',
    'SnippetChooser', 'InlinePanel', 'MultipleChooserPanel']);
  const FUNCTIONS = new Set(['initDateChooser', 'initTimeChooser', 'initDateTimeChooser',
    'createTaskChooser', 'createQueryChooser']);
  const done = new WeakSet();

  const run = (element) => {
    if (done.has(element)) return;
    done.add(element);
    const { call, args } = JSON.parse(element.textContent);
    const initialiser = window[call];
    if (typeof initialiser !== 'function' || !(CONSTRUCTORS.has(call) || FUNCTIONS.has(call))) {
      throw new Error(`Not an admin initialiser: ${call}`);
    }
    if (CONSTRUCTORS.has(call)) {
      new initialiser(...args); // eslint-disable-line new-cap, no-new
    } else {
      initialiser(...args);
    }
  };

  const runAll = (root) => {
    if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE) return;
    if (root.matches && root.matches(SELECTOR)) run(root);
    root.querySelectorAll(SELECTOR).forEach((element) => {
      // One failing widget must not leave the rest of the form without its controls.
      try {
        run(element);
      } catch (error) {
        console.error(error); // eslint-disable-line no-console
      }
    });
  };

  const start = () => {
    runAll(document);
    new MutationObserver((records) => {
      records.forEach((record) => record.addedNodes.forEach(runAll));
    }).observe(document.documentElement, { childList: true, subtree: true });
  };

  if (document.readyState === 'loading') {
    // 'interactive' comes just before DOMContentLoaded, where Wagtail's Stimulus controllers connect.
    document.addEventListener('readystatechange', start, { once: true });
  } else {
    start();
  }
})();
