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

  document.addEventListener('DOMContentLoaded', function () {
    initSidebar();
    initUserMenu();
    initPasswordRules();
    initPriceDefaults();
  });
})();
