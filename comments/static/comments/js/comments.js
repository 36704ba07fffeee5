// Comment form enhancement; the form works fully without this file.
// The form token rendered into the article is as old as the (cached) page, so the time trap
// (comments/spam.py) would measure the page's age. When the reader first focuses or types in
// the form, this asks for a fresh token (never cached, no cookie) and puts it in the hidden
// field: the trap then measures the reader's own visit. Nothing is fetched on page load, so
// crawlers and readers who never comment cost nothing. If the request fails, the rendered
// token is kept and the form still works.
(function () {
  "use strict";
  if (!window.fetch) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll("form[data-token-url]"), function (form) {
    var field = form.querySelector('input[name="token"]');
    if (!field) {
      return;
    }
    var refresh = function () {
      form.removeEventListener("focusin", refresh);
      form.removeEventListener("input", refresh);
      fetch(form.getAttribute("data-token-url"), {
        credentials: "omit", cache: "no-store", headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (data) {
        if (data && typeof data.token === "string") {
          field.value = data.token;
        }
      }).catch(function () { /* keep the rendered token */ });
    };
    form.addEventListener("focusin", refresh);
    form.addEventListener("input", refresh);
  });
})();
