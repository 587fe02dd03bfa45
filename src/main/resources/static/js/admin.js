// Enhancements for the admin pages; each page works without them.
(function () {
  // A long select (the figure form's 200 sources) gets a box above it that narrows its options to those containing
  // what is typed; the option chosen stays whatever is typed.
  Array.prototype.forEach.call(document.querySelectorAll('select[data-filter]'), function (select) {
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'select-filter';
    box.placeholder = select.getAttribute('data-filter');
    // Named with its field, so that the boxes of a form tell themselves apart.
    var label = document.querySelector('label[for="' + select.id + '"]');
    box.setAttribute('aria-label', select.getAttribute('data-filter') + (label ? ': ' + label.textContent.trim() : ''));
    box.setAttribute('aria-controls', select.id);
    select.parentNode.insertBefore(box, select);
    box.addEventListener('input', function () {
      var wanted = box.value.trim().toLowerCase();
      Array.prototype.forEach.call(select.options, function (option) {
        option.hidden = wanted !== '' && option.value !== '' && !option.selected
          && option.text.toLowerCase().indexOf(wanted) < 0;
      });
    });
  });
})();
