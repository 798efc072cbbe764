/*
 * Small enhancements for the CHIDI pages. Everything works without them: the phone menu stays in
 * the page flow, the user menu is a plain <details>, and the password rules are also checked on the server.
 */

// Loaded in <head>, before the body is painted, so the phone layout can hide the sidebar at once.
document.documentElement.classList.add('js');

(function () {
  'use strict';

  function setNavOpen(open) {
    var toggle = document.getElementById('menu-toggle');
    document.body.classList.toggle('nav-open', open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.setAttribute('aria-label', open ? 'Close menu' : 'Open menu');
    if (open) {
      var current = document.querySelector('#sidebar .is-active') || document.querySelector('#sidebar a');
      if (current) {
        current.focus();
      }
    }
  }

  function initSidebar() {
    var toggle = document.getElementById('menu-toggle');
    if (!toggle) {
      return;
    }
    toggle.addEventListener('click', function () {
      setNavOpen(!document.body.classList.contains('nav-open'));
    });
    document.getElementById('nav-backdrop').addEventListener('click', function () {
      setNavOpen(false);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && document.body.classList.contains('nav-open')) {
        setNavOpen(false);
        toggle.focus();
      }
    });
  }

  // A <details> menu does not close by itself when the user clicks elsewhere or presses Escape.
  function initUserMenu() {
    var menu = document.getElementById('user-menu');
    if (!menu) {
      return;
    }
    document.addEventListener('click', function (event) {
      if (menu.open && !menu.contains(event.target)) {
        menu.open = false;
      }
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  }

  var RULES = {
    length: function (value) { return value.length >= 8; },
    upper: function (value) { return /\p{Lu}/u.test(value); },
    digit: function (value) { return /\p{Nd}/u.test(value); }
  };

  // Ticks the password rules under the field as they are met (the same rules the server applies).
  function initPasswordRules() {
    document.querySelectorAll('[data-rules-for]').forEach(function (list) {
      var input = document.getElementById(list.getAttribute('data-rules-for'));
      if (!input) {
        return;
      }
      var update = function () {
        list.querySelectorAll('[data-rule]').forEach(function (item) {
          var met = RULES[item.getAttribute('data-rule')](input.value);
          item.classList.toggle('is-met', met);
          item.querySelector('.rule-state').textContent = met ? ' (done)' : ' (not yet)';
        });
      };
      input.addEventListener('input', update);
      update();
    });
  }

  // A variant without a price of its own sells at the base price; its empty field shows which.
  // Delegated, so rows added by Ajax follow too.
  function initPriceDefaults() {
    document.addEventListener('input', function (event) {
      var base = event.target;
      if (!base.matches || !base.matches('[data-price-default="base"]')) {
        return;
      }
      var text = base.value.trim() || 'Base price';
      document.querySelectorAll('[data-price-default="variant"]').forEach(function (field) {
        field.placeholder = text;
      });
    });
  }


  var SOUND_KEY = 'chidi.notification-sound';
  var audio = null;

  // A short two-tone chime made with WebAudio: no file to ship, and silent unless switched on.
  function chime() {
    if (localStorage.getItem(SOUND_KEY) !== 'on' || !(window.AudioContext || window.webkitAudioContext)) {
      return;
    }
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    if (audio.state === 'suspended') {
      audio.resume();
    }
    [880, 1320].forEach(function (frequency, index) {
      var start = audio.currentTime + index * 0.16;
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.15);
      tone.connect(gain).connect(audio.destination);
      tone.start(start);
      tone.stop(start + 0.16);
    });
  }

  // Only the application's own pages are linked from a notification.
  function safeLink(base, context) {
    var link = context && context.link;
    return typeof link === 'string' && link.charAt(0) === '/' && link.charAt(1) !== '/' ? base + link : null;
  }

  function toast(notification, base) {
    var box = document.getElementById('toasts');
    var item = document.createElement('div');
    item.className = 'toast is-' + (notification.priority || 'low');
    item.setAttribute('data-id', notification.id);
    var mark = document.createElement('span');
    mark.className = 'priority-mark';
    mark.setAttribute('aria-hidden', 'true');
    var body = document.createElement('div');
    body.className = 'toast-body';
    var title = document.createElement('p');
    title.className = 'toast-title';
    title.textContent = notification.title;
    var text = document.createElement('p');
    text.className = 'toast-text';
    text.textContent = notification.content || '';
    body.appendChild(title);
    body.appendChild(text);
    var href = safeLink(base, notification.context);
    if (href) {
      var open = document.createElement('a');
      open.className = 'toast-open';
      open.href = href;
      open.textContent = 'Open';
      body.appendChild(open);
    }
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'toast-close';
    close.setAttribute('aria-label', 'Dismiss');
    close.innerHTML = '<span class="pi pi-times" aria-hidden="true"></span>';
    var dismiss = function () {
      if (item.parentNode) {
        item.parentNode.removeChild(item);
      }
    };
    close.addEventListener('click', dismiss);
    item.appendChild(mark);
    item.appendChild(body);
    item.appendChild(close);
    box.insertBefore(item, box.firstChild);
    while (box.children.length > 3) {
      box.removeChild(box.lastChild);
    }
    var timer = setTimeout(dismiss, notification.priority === 'high' ? 15000 : 8000);
    item.addEventListener('mouseenter', function () { clearTimeout(timer); });
  }

  // The bell: its panel opens and closes like a menu; the dashboard's notification stream keeps
  // the badge and the list fresh (re-rendered by Faces) and shows a toast for each new one.
  function initBell() {
    var bell = document.getElementById('bell');
    if (!bell) {
      return;
    }
    var toggle = document.getElementById('bell-toggle');
    var setOpen = function (open) {
      bell.classList.toggle('is-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.addEventListener('click', function () {
      var open = !bell.classList.contains('is-open');
      setOpen(open);
      if (open) {
        // The panel lists what the toasts said.
        document.getElementById('toasts').textContent = '';
      }
    });
    document.addEventListener('click', function (event) {
      if (bell.classList.contains('is-open') && !bell.contains(event.target)) {
        setOpen(false);
      }
    });
    bell.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && bell.classList.contains('is-open')) {
        setOpen(false);
        toggle.focus();
      }
    });

    var sound = document.getElementById('bell-sound');
    sound.checked = localStorage.getItem(SOUND_KEY) === 'on';
    sound.addEventListener('change', function () {
      localStorage.setItem(SOUND_KEY, sound.checked ? 'on' : 'off');
      chime(); // a user gesture: the browser lets audio start, and the person hears what it sounds like
    });

    if (!window.EventSource) {
      return;
    }
    var base = bell.getAttribute('data-base');
    var pending = null;
    var refresh = function () {
      clearTimeout(pending);
      pending = setTimeout(function () {
        if (window.chidiBellRefresh) {
          window.chidiBellRefresh();
        }
      }, 250);
    };
    var stream = new EventSource(bell.getAttribute('data-stream'));
    stream.addEventListener('open', function () { bell.setAttribute('data-live', 'true'); });
    stream.addEventListener('error', function () { bell.setAttribute('data-live', 'false'); });
    bell.getAttribute('data-events').split(',').forEach(function (name) {
      stream.addEventListener(name, function (event) {
        if (name !== 'notification_read') {
          var notification = JSON.parse(event.data);
          toast(notification, base);
          if (notification.priority === 'high' || notification.type === 'escalation') {
            chime();
          }
        }
        refresh();
      });
    });
  }

  // The service worker makes the dashboard installable and shows Web Push messages.
  function registerServiceWorker() {
    var script = document.body.getAttribute('data-service-worker');
    if (script && 'serviceWorker' in navigator) {
      navigator.serviceWorker.register(script, {scope: '/'});
    }
  }

  function base64UrlToBytes(text) {
    var base64 = (text + '==='.slice((text.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    return Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
  }

  // "Push to this device" on the Notifications page: subscribes this browser with the server's
  // VAPID key and hands the subscription to the page (chidiPushSubscribe), or unsubscribes it.
  function initPush() {
    var panel = document.getElementById('push-device');
    if (!panel) {
      return;
    }
    var status = document.getElementById('push-status');
    var enable = document.getElementById('push-enable');
    var disable = document.getElementById('push-disable');
    var show = function (subscribed, text) {
      status.textContent = text;
      enable.hidden = subscribed;
      disable.hidden = !subscribed;
    };
    if (!('serviceWorker' in navigator) || !('PushManager' in window)) {
      show(false, 'This browser cannot receive push notifications.');
      enable.hidden = true;
      return;
    }
    navigator.serviceWorker.ready.then(function (registration) {
      return registration.pushManager.getSubscription();
    }).then(function (subscription) {
      show(!!subscription, subscription ? 'This device gets escalations and failures as push notifications.'
        : 'Get escalations and failures on this device even when CHIDI is closed.');
    });
    enable.addEventListener('click', function () {
      Notification.requestPermission().then(function (permission) {
        if (permission !== 'granted') {
          show(false, 'Notifications are blocked for CHIDI in this browser\'s settings.');
          return null;
        }
        return navigator.serviceWorker.ready.then(function (registration) {
          return registration.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: base64UrlToBytes(panel.getAttribute('data-vapid-key'))
          });
        }).then(function (subscription) {
          var json = subscription.toJSON();
          window.chidiPushSubscribe({endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth});
          show(true, 'This device gets escalations and failures as push notifications.');
        });
      }).catch(function () {
        show(false, 'This browser could not subscribe to push notifications.');
      });
    });
    disable.addEventListener('click', function () {
      navigator.serviceWorker.ready.then(function (registration) {
        return registration.pushManager.getSubscription();
      }).then(function (subscription) {
        if (subscription) {
          window.chidiPushUnsubscribe({endpoint: subscription.endpoint});
          return subscription.unsubscribe();
        }
        return true;
      }).then(function () {
        show(false, 'Get escalations and failures on this device even when CHIDI is closed.');
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    registerServiceWorker();
    initPush();
    initSidebar();
    initUserMenu();
    initPasswordRules();
    initPriceDefaults();
    initBell();
  });
})();
