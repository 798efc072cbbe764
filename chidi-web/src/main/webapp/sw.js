// CHIDI's service worker: makes the dashboard installable and shows Web Push messages (escalations
// and failures) as system notifications; a click opens the page to act on.
'use strict';

self.addEventListener('push', function (event) {
  var message = event.data ? event.data.json() : {};
  event.waitUntil(self.registration.showNotification(message.title || 'CHIDI', {
    body: message.content || '',
    tag: message.id,
    icon: '/resources/images/icon-192.png',
    badge: '/resources/images/icon-192.png',
    requireInteraction: message.priority === 'high',
    data: {link: message.link || '/dashboard/notifications.xhtml'}
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  // Only pages of this application are opened.
  var target = new URL(event.notification.data.link, self.registration.scope);
  if (target.origin !== self.location.origin) {
    target = new URL('/dashboard/notifications.xhtml', self.registration.scope);
  }
  event.waitUntil(self.clients.openWindow(target.href));
});
