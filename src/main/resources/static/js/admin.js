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
    // The field's name alone, without the "(required)" beside it.
    var name = label ? (label.firstChild ? label.firstChild.textContent : label.textContent).trim() : '';
    box.setAttribute('aria-label', select.getAttribute('data-filter') + (name ? ': ' + name : ''));
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

  // A long group of checkboxes (what a dispute affects) gets a box that shows only the choices containing what is
  // typed, and the groups that still have one; a ticked choice stays in view whatever is typed.
  Array.prototype.forEach.call(document.querySelectorAll('fieldset[data-filter]'), function (fieldset) {
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'select-filter';
    box.placeholder = fieldset.getAttribute('data-filter');
    var legend = fieldset.querySelector('legend');
    box.setAttribute('aria-label', fieldset.getAttribute('data-filter') + (legend ? ': ' + legend.textContent.trim() : ''));
    var help = fieldset.querySelector('.field-help');
    var before = help && help.parentNode === fieldset ? help.nextSibling : legend.nextSibling;
    fieldset.insertBefore(box, before);
    box.addEventListener('input', function () {
      var wanted = box.value.trim().toLowerCase();
      Array.prototype.forEach.call(fieldset.querySelectorAll('label.checkbox'), function (label) {
        label.hidden = wanted !== '' && !label.querySelector('input').checked
          && label.textContent.toLowerCase().indexOf(wanted) < 0;
      });
      Array.prototype.forEach.call(fieldset.querySelectorAll('fieldset.checkbox-group'), function (group) {
        group.hidden = !group.querySelector('label.checkbox:not([hidden])');
      });
    });
  });

  // After a refused save, the summary of what to correct is where the keyboard and a screen reader start, and in view
  // on a phone, where the fields it names may be far below.
  var summary = document.querySelector('form .error-summary');
  if (summary) {
    summary.focus();
  }

  // Leaving an edit form with changes not saved (a link, the language switch, closing the tab) asks first; saving
  // does not.
  // The conflict page's form holds both changes, not saved either.
  Array.prototype.forEach.call(document.querySelectorAll('main form.form[method="post"][novalidate], main form[data-holds-input]'), function (form) {
    // A form shown again with input not saved (refused, kept over a sign-in, merged after a conflict) starts changed.
    var changed = form.hasAttribute('data-unsaved');
    // Only a field the form sends counts: the box that narrows a select sends nothing.
    var mark = function (event) {
      changed = changed || Boolean(event.target.name);
    };
    form.addEventListener('input', mark);
    form.addEventListener('change', mark);
    form.addEventListener('submit', function () {
      changed = false;
    });
    // A link that says it leaves the input on purpose ("keep the saved version") does not ask.
    Array.prototype.forEach.call(document.querySelectorAll('a[data-discards]'), function (link) {
      link.addEventListener('click', function () {
        changed = false;
      });
    });
    window.addEventListener('beforeunload', function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });

  // A select grouped by another field's value (a figure's definitions by its indicator) shows the groups of the value
  // chosen there. A choice from another group, shown again after a refused save, stays chosen until the other field
  // changes: a disabled option would not be sent.
  Array.prototype.forEach.call(document.querySelectorAll('select[data-narrowed-by]'), function (select) {
    var by = document.getElementById(select.getAttribute('data-narrowed-by'));
    if (!by) {
      return;
    }
    var narrow = function (changed) {
      Array.prototype.forEach.call(select.querySelectorAll('optgroup[data-for]'), function (group) {
        var holdsChoice = select.selectedIndex >= 0 && group.contains(select.options[select.selectedIndex]);
        var shown = !by.value || group.getAttribute('data-for') === by.value || (holdsChoice && !changed);
        if (!shown && holdsChoice) {
          select.value = '';
        }
        group.hidden = !shown;
        group.disabled = !shown;
      });
    };
    by.addEventListener('change', function () {
      narrow(true);
    });
    narrow(false);
  });

  // A new record's empty slug shows, as its placeholder, the slug the server makes from the name (or title) when it
  // is left empty: the same rule as Text.slugOf.
  Array.prototype.forEach.call(document.querySelectorAll('form[data-new-record="true"]'), function (form) {
    var slug = form.querySelector('input[name="slug"]');
    var name = form.querySelector('input[name="name"]') || form.querySelector('input[name="title"]');
    if (!slug || !name || !String.prototype.normalize) {
      return;
    }
    var show = function () {
      var made = name.value.replace(/ß/g, 'ss').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae')
        .replace(/[œŒ]/g, 'oe').replace(/[đĐ]/g, 'd').replace(/[þÞ]/g, 'th').replace(/ı/g, 'i')
        .normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      if (made.length > 80) {
        made = made.substring(0, 80).replace(/-[^-]*$|-$/, '');
      }
      slug.placeholder = /[a-z]/.test(made) ? made : '';
    };
    name.addEventListener('input', show);
    show();
  });
})();
