// Lede: small conveniences on top of pages that work without JavaScript.
// No HTML strings: every text goes in through textContent.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // "/" jumps to the search box.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    var typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
    if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var box = document.getElementById("q") || document.getElementById("mini-q");
      if (box) {
        e.preventDefault();
        box.focus();
        box.select();
      }
    }
  });

  // Ticking a facet value applies it at once.
  document.addEventListener("change", function (e) {
    var t = e.target;
    if (t && t.classList && t.classList.contains("facet-check") && t.form) {
      t.form.submit();
    }
  });

  // Autocomplete of entity names and titles.
  function attach(input) {
    var wrap = document.createElement("div");
    wrap.className = "suggest-wrap";
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    var list = document.createElement("ul");
    list.className = "suggestions";
    list.id = input.id + "-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    wrap.appendChild(list);
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    var timer = null, active = -1, seq = 0;

    function close() { list.hidden = true; active = -1; }
    function choose(text) {
      var q = /\s/.test(text) ? "\"" + text.replace(/"/g, "") + "\"" : text;
      var words = input.value.split(/\s+/);
      words[words.length - 1] = q;
      input.value = words.join(" ");
      close();
      input.form.submit();
    }
    function render(items) {
      while (list.firstChild) { list.removeChild(list.firstChild); }
      items.forEach(function (s, i) {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.id = list.id + "-" + i;
        var text = document.createElement("span");
        text.textContent = s.text;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = s.kind;
        li.appendChild(text);
        li.appendChild(kind);
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(s.text); });
        list.appendChild(li);
      });
      active = -1;
      list.hidden = items.length === 0;
    }
    function highlight(i) {
      var items = list.children;
      if (!items.length) { return; }
      active = (i + items.length) % items.length;
      for (var k = 0; k < items.length; k++) { items[k].setAttribute("aria-selected", k === active ? "true" : "false"); }
      input.setAttribute("aria-activedescendant", items[active].id);
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var words = input.value.split(/\s+/);
      var last = words[words.length - 1];
      if (last.length < 2 || /[:"()*]/.test(last)) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch("/api/suggest?limit=8&q=" + encodeURIComponent(last), { headers: { "Accept": "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) { if (mine === seq) { render(data.suggestions || []); } })
          .catch(close);
      }, 150);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) { return; }
      if (e.key === "ArrowDown") { e.preventDefault(); highlight(active + 1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); highlight(active - 1); }
      else if (e.key === "Escape") { close(); }
      else if (e.key === "Enter" && active >= 0) {
        e.preventDefault();
        choose(list.children[active].firstChild.textContent);
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }
  // Dragging across the histogram picks the range from the first bar to the last; a plain click stays the bar's link.
  // Pointer events, so a finger or a pen drags too (CSS keeps vertical swipes scrolling the page).
  function histogramDrag(figure) {
    var svg = figure.querySelector("svg");
    var bars = svg ? svg.querySelectorAll("rect.bar") : [];
    if (!bars.length) { return; }
    var n = bars.length;
    var width = svg.viewBox.baseVal.width, height = svg.viewBox.baseVal.height;
    var mark = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    mark.setAttribute("class", "selection");
    mark.setAttribute("y", "0");
    mark.setAttribute("height", String(height));
    var start = null, x0 = 0, dragged = false, swallowClick = false;

    function at(ev) {
      var r = svg.getBoundingClientRect();
      var i = Math.floor((ev.clientX - r.left) / r.width * n);
      return Math.max(0, Math.min(n - 1, i));
    }
    function show(a, b) {
      var lo = Math.min(a, b), hi = Math.max(a, b);
      mark.setAttribute("x", String(lo * width / n));
      mark.setAttribute("width", String((hi - lo + 1) * width / n));
      if (!mark.parentNode) { svg.appendChild(mark); }
    }
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.button !== 0) { return; }
      ev.preventDefault();
      start = at(ev);
      x0 = ev.clientX;
      dragged = false;
    });
    svg.addEventListener("pointermove", function (ev) {
      if (start === null) { return; }
      if (!dragged && Math.abs(ev.clientX - x0) > 3) {
        dragged = true;
        figure.classList.add("dragging");
        svg.setPointerCapture(ev.pointerId); // only now: a plain click must still reach the bar's link
      }
      if (dragged) { show(start, at(ev)); }
    });
    svg.addEventListener("pointerup", function (ev) {
      if (start === null) { return; }
      var a = start, b = at(ev);
      start = null;
      if (!dragged) { return; }
      swallowClick = true;
      var lo = Math.min(a, b), hi = Math.max(a, b);
      var url = new URL(figure.getAttribute("data-range"), window.location.href);
      url.searchParams.set("from", bars[lo].getAttribute("data-start"));
      url.searchParams.set("to", bars[hi].getAttribute("data-end"));
      window.location.assign(url.toString());
    });
    svg.addEventListener("pointercancel", function () {
      start = null;
      dragged = false;
      figure.classList.remove("dragging");
      if (mark.parentNode) { mark.parentNode.removeChild(mark); }
    });
    svg.addEventListener("dragstart", function (ev) { ev.preventDefault(); }); // no native dragging of links
    svg.addEventListener("click", function (ev) {
      if (swallowClick) { ev.preventDefault(); swallowClick = false; }
    }, true);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var inputs = document.querySelectorAll("input[data-suggest]");
    for (var i = 0; i < inputs.length; i++) { attach(inputs[i]); }
    var figures = document.querySelectorAll("figure.histogram[data-range]");
    for (var k = 0; k < figures.length; k++) { histogramDrag(figures[k]); }
  });
})();
