// Progressive enhancement for the comparison picker: optional third and fourth hubs stay hidden behind an
// "Add a hub" button until wanted. Without JavaScript all four fields (selects, or with many hubs text fields with
// suggestions) show and the form works the same.
(function () {
  var form = document.getElementById('picker');
  if (!form) { return; }
  var optional = Array.prototype.slice.call(form.querySelectorAll('.optional-pick'));
  var hidden = optional.filter(function (label) {
    var field = label.querySelector('select, input');
    return field && field.value === '';
  });
  if (hidden.length === 0) { return; }
  hidden.forEach(function (label) { label.hidden = true; });
  var add = document.createElement('button');
  add.type = 'button';
  add.className = 'button secondary';
  add.id = 'add-hub';
  add.textContent = form.getAttribute('data-add-label') || 'Add a hub';
  add.addEventListener('click', function () {
    var next = hidden.shift();
    if (next) {
      next.hidden = false;
      next.querySelector('select, input').focus();
    }
    if (hidden.length === 0) { add.remove(); }
  });
  form.insertBefore(add, form.querySelector('button[type=submit]'));
})();
