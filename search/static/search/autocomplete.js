// Progressive enhancement for the header search box: the form works without this file.
// ARIA 1.2 combobox: the input owns a listbox of page suggestions fetched from the
// autocomplete endpoint; arrows move, Enter opens the highlighted page, Escape closes.
(function () {
  "use strict";
  var input = document.getElementById("site-search-q");
  if (!input || !window.fetch) { return; }
  var url = input.getAttribute("data-suggest-url");
  var list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "site-search__suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "");
  list.hidden = true;
  input.parentNode.appendChild(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  var timer = null, active = -1, lastQuery = "", controller = null;

  function options() { return list.querySelectorAll("[role=option]"); }

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function setActive(index) {
    var items = options();
    if (!items.length) { return; }
    active = (index + items.length) % items.length;
    for (var i = 0; i < items.length; i++) {
      items[i].setAttribute("aria-selected", i === active ? "true" : "false");
    }
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function render(results) {
    close();
    if (!results.length) { return; }
    results.forEach(function (result, i) {
      var item = document.createElement("li");
      item.id = "site-search-option-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.url = result.url;
      var title = document.createElement("span");
      title.textContent = result.title;  // textContent: titles are never parsed as HTML
      var kind = document.createElement("small");
      kind.textContent = result.kind;
      item.appendChild(title);
      item.appendChild(kind);
      item.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = result.url;
      });
      list.appendChild(item);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function suggest() {
    var query = input.value.trim();
    if (query === lastQuery) { return; }
    lastQuery = query;
    if (query.length < 2) { close(); return; }
    if (controller) { controller.abort(); }
    controller = window.AbortController ? new AbortController() : null;
    fetch(url + "?q=" + encodeURIComponent(query), {
      headers: { "Accept": "application/json" },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.ok ? response.json() : { results: [] };
    }).then(function (data) {
      if (input.value.trim() === query) { render(data.results || []); }
    }).catch(function () { /* offline or aborted: the plain form still works */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && !list.hidden) { event.preventDefault(); setActive(active + 1); }
    else if (event.key === "ArrowUp" && !list.hidden) { event.preventDefault(); setActive(active - 1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = options()[active].dataset.url;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 150); });
})();
