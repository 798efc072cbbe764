/*
 * Live dashboard pages: a client of /ws/dashboard (docs/api.md, "Dashboard WebSocket"). The page's
 * live-status element names the socket (data-socket), the messages that change what it shows
 * (data-events, space-separated: dashboard_conversation_update, dashboard_metrics_update,
 * dashboard_rules_update…) and the server-side refresh to call for them (data-refresh, the name of
 * an h:commandScript), at most once per burst. It reconnects after a dropped connection and then
 * refreshes, since updates may have been missed meanwhile. Without it the page still shows
 * everything as of its loading.
 */
(function () {
  'use strict';

  var status = document.getElementById('live-status');
  if (!status || !window.WebSocket) {
    return;
  }
  var text = status.querySelector('.live-text');
  var events = (status.getAttribute('data-events') || '').split(/\s+/);
  var refresh = status.getAttribute('data-refresh');
  var retry = 1000;
  var pending = null;
  var dropped = false;

  function url() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    return scheme + location.host + status.getAttribute('data-socket');
  }

  function show(state, words) {
    status.className = 'live-status is-' + state;
    text.textContent = words;
  }

  function refreshSoon() {
    if (pending || typeof window[refresh] !== 'function') {
      return;
    }
    pending = setTimeout(function () {
      pending = null;
      window[refresh]();
    }, 300);
  }

  function connect() {
    var socket = new WebSocket(url());
    socket.addEventListener('open', function () {
      retry = 1000;
      show('live', 'Live');
    });
    socket.addEventListener('message', function (event) {
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (ignored) {
        return;
      }
      if (events.indexOf(message.type) >= 0 || (message.type === 'dashboard_init' && dropped)) {
        refreshSoon();
      }
    });
    socket.addEventListener('close', function (event) {
      if (event.code === 1008) {
        show('off', 'Not live: sign in again');
        return;
      }
      dropped = true;
      show('off', 'Reconnecting…');
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 10000);
    });
  }

  connect();
}());
