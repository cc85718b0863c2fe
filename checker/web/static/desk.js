// The desk's keyboard shortcuts and flag highlighting. Everything also works without it:
// Verify and Dispute are plain forms, flags are links to #flag-N.
(function () {
  "use strict";

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  // Queue and search: j/k move, v verifies, d disputes, Enter opens.
  var list = document.querySelector("ol.items[data-keys]");
  if (list) {
    var rows = Array.prototype.slice.call(list.querySelectorAll("li.item"));
    var current = -1;
    var select = function (i) {
      if (!rows.length) return;
      i = Math.max(0, Math.min(rows.length - 1, i));
      if (current >= 0) {
        rows[current].classList.remove("selected");
        rows[current].removeAttribute("aria-current");
      }
      current = i;
      rows[i].classList.add("selected");
      rows[i].setAttribute("aria-current", "true");
      rows[i].scrollIntoView({ block: "nearest" });
    };
    var press = function (key) {
      if (current < 0) return;
      var button = rows[current].querySelector('button[data-key="' + key + '"]');
      if (button) button.click();
    };
    rows.forEach(function (row, i) {
      row.addEventListener("click", function () { select(i); });
    });
    document.addEventListener("keydown", function (event) {
      if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "j") { select(current + 1); event.preventDefault(); }
      else if (event.key === "k") { select(current < 0 ? 0 : current - 1); event.preventDefault(); }
      else if (event.key === "v") { press("v"); }
      else if (event.key === "d") { press("d"); }
      else if (event.key === "Enter" && current >= 0 && !/^(A|BUTTON)$/.test(event.target.tagName)) {
        window.location.href = rows[current].getAttribute("data-url");
      }
    });
    if (rows.length) select(0);
  }

  // Item page: v / d press the buttons (the note is kept).
  var reviewBox = document.querySelector(".review-box form");
  if (reviewBox && !list) {
    document.addEventListener("keydown", function (event) {
      if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
      var button = reviewBox.querySelector('[data-key="' + event.key + '"]');
      if (button) button.click();
    });
  }

  // Article: clicking a flag (in the text or beside it) lights up its evidence.
  var flagged = function (n) {
    document.querySelectorAll(".ev.active, .flag-card.active").forEach(function (el) {
      el.classList.remove("active");
    });
    document.querySelectorAll(".ev-" + n).forEach(function (el) { el.classList.add("active"); });
    var card = document.getElementById("flag-" + n);
    if (card) card.classList.add("active");
  };
  document.addEventListener("click", function (event) {
    var el = event.target.closest && event.target.closest("[data-flag]");
    if (el) flagged(el.getAttribute("data-flag"));
  });
})();
