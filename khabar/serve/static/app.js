// khabar web app: the article view's hover/tap details and layer toggles.
// No HTML is ever built from strings here: cards are rendered (escaped) by the server
// and cloned from hidden nodes.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var panel = document.getElementById("detail");
  if (!text || !panel) return;
  var body = panel.querySelector(".detail-body");
  var current = null;

  function place(el) {
    if (window.innerWidth <= 760) { panel.style.top = ""; panel.style.left = ""; return; }
    var r = el.getBoundingClientRect();
    var width = panel.offsetWidth || 350;
    var left = Math.min(Math.max(8, r.left + r.width / 2 - width / 2), window.innerWidth - width - 8);
    var top = r.bottom + 8;
    if (top + panel.offsetHeight > window.innerHeight - 8) top = Math.max(8, r.top - panel.offsetHeight - 8);
    panel.style.left = left + "px";
    panel.style.top = top + "px";
  }

  // hovering shows a tooltip that lets the pointer through; a click or tap pins it (links work)
  function show(el, pin) {
    if (panel.classList.contains("pinned") && !pin && !panel.hidden) return;
    panel.classList.toggle("pinned", !!pin);
    if (current === el && !panel.hidden) return;
    if (current) current.classList.remove("active");
    current = el;
    el.classList.add("active");
    var keys = (el.getAttribute("data-keys") || "").split(" ");
    body.replaceChildren();
    keys.forEach(function (key) {
      if (!/^k\d+$/.test(key)) return;
      var card = document.getElementById("card-" + key);
      if (!card) return;
      var copy = card.cloneNode(true);
      copy.removeAttribute("id");
      copy.hidden = false;
      body.appendChild(copy);
    });
    panel.hidden = false;
    place(el);
  }

  function hide() {
    panel.hidden = true;
    panel.classList.remove("pinned");
    if (current) current.classList.remove("active");
    current = null;
  }

  text.addEventListener("mouseover", function (e) {
    var el = e.target.closest(".mark");
    if (el) show(el);
  });
  text.addEventListener("focusin", function (e) {
    var el = e.target.closest(".mark");
    if (el) show(el);
  });
  text.addEventListener("click", function (e) {
    var el = e.target.closest(".mark");
    if (el) { show(el, true); e.stopPropagation(); }
  });
  text.addEventListener("keydown", function (e) {
    var el = e.target.closest(".mark");
    if (el && (e.key === "Enter" || e.key === " ")) { show(el, true); e.preventDefault(); }
  });
  document.addEventListener("click", function (e) {
    if (!panel.hidden && !panel.contains(e.target)) hide();
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  panel.querySelector(".close").addEventListener("click", hide);

  document.querySelectorAll("#layers input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    });
  });
})();
