/*
 * The chat page: a client of the /ws/chat WebSocket (docs/api.md, "Owner chat"). It shows CHIDI's
 * answers as bubbles, proposals as cards with Confirm and Cancel, onboarding answers as summary
 * cards and its questions with Skip; it reconnects after a dropped connection without losing what
 * was typed (the draft is also kept for the tab), and loads earlier history on scroll.
 */
(function () {
  'use strict';

  var root = document.getElementById('chat');
  if (!root) {
    return;
  }
  var log = document.getElementById('chat-log');
  var list = document.getElementById('chat-messages');
  var typing = document.getElementById('chat-typing');
  var status = document.getElementById('chat-status');
  var input = document.getElementById('chat-input');
  var earlier = document.getElementById('chat-earlier');
  var summary = document.getElementById('chat-summary');
  var DRAFT = 'chidi.chat.draft';
  var socket = null;
  var retry = 1000;
  var oldest = null;
  var hasMore = false;
  var loadingEarlier = false;
  var historyAsked = false;
  var lastTyping = 0;
  var askedNow = null;

  function url() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    return scheme + location.host + root.getAttribute('data-socket');
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function bubble(role, text, extraClass) {
    var item = element('li', 'chat-bubble is-' + role + (extraClass ? ' ' + extraClass : ''));
    item.appendChild(element('p', null, text));
    return item;
  }

  function add(item, atTop) {
    if (atTop) {
      list.insertBefore(item, list.firstChild);
    } else {
      list.appendChild(item);
      log.scrollTop = log.scrollHeight;
    }
  }

  function button(label, className, onClick) {
    var node = element('button', className, label);
    node.type = 'button';
    node.addEventListener('click', onClick);
    return node;
  }

  function proposalCard(id, content, pending) {
    var card = element('li', 'chat-card is-proposal');
    card.setAttribute('data-proposal', id);
    card.appendChild(element('p', null, content));
    if (pending) {
      var actions = element('div', 'chat-actions');
      actions.appendChild(button('Confirm', 'btn chat-confirm', function () { settle(card, 'confirm'); }));
      actions.appendChild(button('Cancel', 'btn btn-secondary chat-cancel', function () { settle(card, 'cancel'); }));
      card.appendChild(actions);
    }
    return card;
  }

  function settle(card, type) {
    if (send({type: type, proposal_id: card.getAttribute('data-proposal')})) {
      var actions = card.querySelector('.chat-actions');
      if (actions) {
        actions.remove();
      }
      card.classList.add(type === 'confirm' ? 'is-confirmed' : 'is-cancelled');
      typing.hidden = false;
    }
  }

  function summaryCard(data) {
    var card = element('li', 'chat-card is-summary');
    card.appendChild(element('p', 'chat-card-title', 'Saved · ' + data.title));
    var facts = element('dl', 'chat-facts');
    Object.keys(data.facts || {}).forEach(function (label) {
      facts.appendChild(element('dt', null, label));
      facts.appendChild(element('dd', null, data.facts[label]));
    });
    card.appendChild(facts);
    card.appendChild(element('p', 'chat-card-text', data.content));
    return card;
  }

  function question(data) {
    askedNow = data.question;
    var item = bubble('assistant', data.question, 'is-question');
    item.appendChild(element('span', 'chat-step', 'Question ' + data.number + ' of ' + data.total));
    item.appendChild(button('Skip', 'text-action chat-skip', function () {
      if (send({type: 'user_message', content: 'skip'})) {
        item.querySelector('.chat-skip').remove();
        add(bubble('user', 'Skip'));
      }
    }));
    return item;
  }

  function historyLine(line) {
    if (line.kind !== 'text') {
      return proposalCard(line.id, line.content, line.proposal_status === 'pending');
    }
    return bubble(line.role, line.content);
  }

  function showHistory(data) {
    var lines = data.messages || [];
    var last = lines[lines.length - 1];
    // The waiting onboarding question was asked again on connecting: show it once.
    if (last && last.role === 'assistant' && last.content === askedNow) {
      lines = lines.slice(0, -1);
    }
    for (var i = lines.length - 1; i >= 0; i--) {
      add(historyLine(lines[i]), true);
    }
    if (lines.length) {
      oldest = lines[0].id;
    }
    hasMore = data.has_more;
    earlier.hidden = !hasMore;
    loadingEarlier = false;
    if (data.summary && !hasMore) {
      summary.textContent = 'Earlier: ' + data.summary;
      summary.hidden = false;
    }
  }

  function receive(event) {
    var message = JSON.parse(event.data);
    var data = message.data;
    if (message.type !== 'history' && message.type !== 'context_updated') {
      typing.hidden = true;
    }
    switch (message.type) {
      case 'ai_response': add(bubble('assistant', data.content)); break;
      case 'rule_proposal':
      case 'stock_proposal': add(proposalCard(data.proposal_id, data.content, true)); break;
      case 'onboarding_question': add(question(data)); break;
      case 'onboarding_summary': add(summaryCard(data)); break;
      case 'error': add(bubble('assistant', data.message, 'is-error')); break;
      case 'history': showHistory(data); break;
      default: break;
    }
  }

  function loadEarlier() {
    if (hasMore && !loadingEarlier && send({type: 'history', before: oldest})) {
      loadingEarlier = true;
    }
  }

  function connect() {
    status.textContent = socket ? 'Reconnecting…' : 'Connecting…';
    socket = new WebSocket(url());
    socket.addEventListener('open', function () {
      retry = 1000;
      status.textContent = '';
      root.classList.add('is-connected');
      if (!historyAsked) {
        historyAsked = send({type: 'history'});
      }
    });
    socket.addEventListener('message', receive);
    socket.addEventListener('close', function (event) {
      root.classList.remove('is-connected');
      typing.hidden = true;
      if (event.code === 1008) {
        status.textContent = 'Your session has ended: sign in again to chat.';
        return;
      }
      status.textContent = 'Connection lost. Reconnecting… what you type is kept.';
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 10000);
    });
  }

  document.getElementById('chat-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) {
      return;
    }
    if (!send({type: 'user_message', content: text})) {
      status.textContent = 'Not connected yet: your message is kept and can be sent once reconnected.';
      return;
    }
    add(bubble('user', text));
    input.value = '';
    sessionStorage.removeItem(DRAFT);
    typing.hidden = false;
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      document.getElementById('chat-send').click();
    }
  });

  input.addEventListener('input', function () {
    sessionStorage.setItem(DRAFT, input.value);
    if (Date.now() - lastTyping > 3000) {
      lastTyping = Date.now();
      send({type: 'typing_indicator'});
    }
  });

  log.addEventListener('scroll', function () {
    if (log.scrollTop === 0) {
      loadEarlier();
    }
  });
  earlier.addEventListener('click', loadEarlier);

  input.value = sessionStorage.getItem(DRAFT) || '';
  connect();
}());
