// Enhancements for every page; each page works without them.
(function () {
  // On paper: the page's full address and today's date (the page may have been rendered earlier).
  var url = document.querySelector('[data-print-url]');
  var date = document.querySelector('[data-print-date]');
  function fillPrintNote() {
    if (url) { url.textContent = window.location.href; }
    if (date) {
      var today = new Date();
      date.textContent = today.toLocaleDateString(document.documentElement.lang || 'en',
        { year: 'numeric', month: 'long', day: 'numeric' });
      date.setAttribute('datetime', today.toISOString().slice(0, 10));
    }
  }
  fillPrintNote();
  window.addEventListener('beforeprint', fillPrintNote);

  // A ranking's quotes print open (print.css does so where the browser lets a style open them); closed again after.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details.quote:not([open])'), function (quote) {
      quote.open = true;
      opened.push(quote);
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (quote) { quote.open = false; });
    opened = [];
  });

  // The phone menu drops down over the page: it closes when the focus moves out of it, and on Escape (back to its
  // button), so that the focus never goes under it out of sight.
  Array.prototype.forEach.call(document.querySelectorAll('details.site-menu'), function (menu) {
    menu.addEventListener('focusout', function (event) {
      if (menu.open && event.relatedTarget && !menu.contains(event.relatedTarget)) { menu.open = false; }
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  });

  // "Copy link": shown only where the clipboard can be written; the address bar holds the same link.
  Array.prototype.forEach.call(document.querySelectorAll('[data-copy-link]'), function (button) {
    if (!navigator.clipboard || !window.isSecureContext) { return; }
    var status = document.getElementById(button.getAttribute('aria-describedby'));
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(window.location.href).then(function () {
        if (status) { status.textContent = button.getAttribute('data-copied'); }
      }, function () {
        if (status) { status.textContent = button.getAttribute('data-failed'); }
      });
    });
  });
})();
