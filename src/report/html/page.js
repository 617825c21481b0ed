
(function () {
  "use strict";
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var form = document.getElementById("filters");
  var status = document.getElementById("filter-status");

  function item(card) { return card.parentNode; }
  function visible() { return cards.filter(function (c) { return !item(c).hidden; }); }

  function apply() {
    var severity = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=severity]"), function (e) {
      severity[e.value] = e.checked;
    });
    var rule = form.elements.rule.value;
    var article = form.elements.article.value;
    var shown = 0;
    cards.forEach(function (c) {
      var ok = severity[c.getAttribute("data-severity")] !== false &&
        (rule === "" || c.getAttribute("data-rule") === rule) &&
        (article === "" || c.getAttribute("data-articles").indexOf(" " + article + " ") >= 0);
      item(c).hidden = !ok;
      if (ok) { shown += 1; }
    });
    status.textContent = shown === cards.length
      ? "Showing all " + cards.length + (cards.length === 1 ? " finding." : " findings.")
      : "Showing " + shown + " of " + cards.length + " findings.";
  }

  if (form && status) {
    Array.prototype.forEach.call(form.querySelectorAll("input, select, button"), function (e) {
      e.disabled = false;
    });
    var note = document.getElementById("filter-note");
    if (note) { note.hidden = true; }
    form.addEventListener("change", apply);
    form.addEventListener("input", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }

  // j / k: the next / previous finding shown, from the one holding the focus, or else from
  // the first one below the top of the window.
  var last = -1;
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) { return; }
    var t = e.target;
    if (t && t.closest && t.closest("input, select, textarea, button, [contenteditable]")) { return; }
    var step = e.key === "j" ? 1 : e.key === "k" ? -1 : 0;
    if (step === 0) { return; }
    var list = visible();
    if (list.length === 0) { return; }
    var here = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest("article.finding") : null;
    var i = list.indexOf(here);
    if (i < 0 && last >= 0) { i = list.indexOf(cards[last]); }
    if (i < 0) {
      i = step > 0 ? -1 : list.length;
      for (var k = 0; k < list.length; k += 1) {
        if (list[k].getBoundingClientRect().top > 1) { i = step > 0 ? k - 1 : k; break; }
      }
    }
    var next = list[Math.max(0, Math.min(list.length - 1, i + step))];
    last = cards.indexOf(next);
    next.focus();
    e.preventDefault();
  });
})();
