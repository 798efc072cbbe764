/*
 * The sandbox page (dashboard/sandbox.xhtml): while CHIDI is answering (the thread's
 * data-pending="true") it asks the page again about once a second, and stops as soon as the answer
 * is in, escalated or failed; after two minutes it stops and offers to check again. It keeps the
 * newest message in view and the cursor in the message box after a send.
 */
(function () {
  'use strict';

  var root = document.getElementById('sandbox-page');
  if (!root) {
    return;
  }
  var INTERVAL = 1000;
  var PATIENCE = 120;
  var timer = null;
  var asked = 0;
  var shown = root.querySelectorAll('#sandbox-thread .bubble').length;

  function panel() {
    return document.getElementById('sandbox:thread-panel');
  }

  function pending() {
    var thread = panel();
    return thread !== null && thread.getAttribute('data-pending') === 'true';
  }

  function slow(shown) {
    var note = document.getElementById('sandbox-slow');
    if (note) {
      note.hidden = !shown;
    }
  }

  function schedule() {
    if (timer !== null) {
      return;
    }
    if (!pending()) {
      asked = 0;
      slow(false);
      return;
    }
    if (asked >= PATIENCE) {
      slow(true);
      return;
    }
    timer = setTimeout(function () {
      timer = null;
      asked++;
      if (window.chidiSandboxRefresh) {
        window.chidiSandboxRefresh();
      }
    }, INTERVAL);
  }

  function settle() {
    var count = root.querySelectorAll('#sandbox-thread .bubble').length;
    if (panel() && count !== shown) {
      // A new message: it and the message box below it in view, as in a messaging app.
      document.getElementById('sandbox').scrollIntoView({ block: 'end' });
    }
    shown = count;
    var text = document.getElementById('sandbox:text');
    if (text && (document.activeElement === null || document.activeElement === document.body)) {
      text.focus({ preventScroll: true });
    }
    schedule();
  }

  // Faces replaces the thread (or the whole form) on every update; each replacement is a change here.
  new MutationObserver(settle).observe(root, { childList: true, subtree: true });
  root.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'sandbox-again') {
      event.preventDefault();
      asked = 0;
      slow(false);
      schedule();
    }
  });
  schedule();
})();
