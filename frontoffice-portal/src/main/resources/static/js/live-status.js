/*
 * Live status on "Mijn aanvragen" and on the page of one aanvraag: listens to the portal's stream of the
 * citizen's status changes (Server-Sent Events) and updates the status in place, with the same Dutch texts
 * the server renders, announced to screen readers in the page's aria-live region. Without JavaScript (or
 * EventSource) nothing happens here and a reload shows the current status.
 */
(function () {
  'use strict';

  var melding = document.querySelector('[data-live-status]');
  if (!melding || !('EventSource' in window)) {
    return;
  }

  function historieRegel(status) {
    var li = document.createElement('li');
    li.setAttribute('data-historie-status', status.status);
    var tijd = document.createElement('span');
    tijd.className = 'historie__tijd';
    tijd.textContent = status.tijdstipTekst || '';
    var label = document.createElement('strong');
    label.textContent = status.statusLabel;
    li.appendChild(tijd);
    li.appendChild(document.createTextNode(' '));
    li.appendChild(label);
    if (status.toelichting) {
      var toelichting = document.createElement('span');
      toelichting.textContent = ' \u2014 ' + status.toelichting;
      li.appendChild(toelichting);
    }
    return li;
  }

  function werkBij(houder, status) {
    var veranderd = false;
    houder.querySelectorAll('[data-status]').forEach(function (element) {
      if (element.getAttribute('data-status') !== status.status) {
        element.setAttribute('data-status', status.status);
        element.textContent = status.statusLabel;
        veranderd = true;
      }
    });
    if (!veranderd) {
      return false;
    }
    houder.querySelectorAll('[data-status-uitleg]').forEach(function (element) {
      element.textContent = status.statusUitleg;
    });
    var historie = houder.querySelector('ol.historie');
    if (historie) {
      historie.appendChild(historieRegel(status));
    }
    return true;
  }

  var bron = new EventSource(melding.getAttribute('data-live-status'));
  // the portal says when the mid-office has accepted the stream; from then on no change is missed
  bron.addEventListener('live-verbonden', function () {
    melding.setAttribute('data-live-verbonden', '');
  });
  bron.addEventListener('error', function () {
    melding.removeAttribute('data-live-verbonden');
  });
  bron.addEventListener('status-gewijzigd', function (event) {
    var status;
    try {
      status = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    var bijgewerkt = false;
    document.querySelectorAll('[data-aanvraag-id]').forEach(function (houder) {
      if (houder.getAttribute('data-aanvraag-id') === status.aanvraagId && werkBij(houder, status)) {
        bijgewerkt = true;
      }
    });
    if (bijgewerkt) {
      melding.textContent = 'De status van aanvraag ' + (status.referentie || '') + ' is nu: '
          + status.statusLabel + '. ' + status.statusUitleg;
    }
  });
})();
