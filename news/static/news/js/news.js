// Article enhancements; the page works fully without this file.
(function () {
  "use strict";

  // One anonymous view count per page load: no cookie, no identifier, nothing sent when the
  // reader asks not to be tracked or the browser is driven by automation.
  var article = document.querySelector("[data-view-beacon]");
  var beacon = article && article.getAttribute("data-view-beacon");
  var optedOut = navigator.doNotTrack === "1" || window.doNotTrack === "1" || navigator.globalPrivacyControl === true;
  if (beacon && !optedOut && !navigator.webdriver) {
    var send = function () {
      if (navigator.sendBeacon) {
        navigator.sendBeacon(beacon);
      } else if (window.fetch) {
        fetch(beacon, { method: "POST", keepalive: true, credentials: "same-origin" });
      }
    };
    if (document.readyState === "complete") {
      send();
    } else {
      window.addEventListener("load", send, { once: true });
    }
  }

  // "Copy link": a plain link without JavaScript, a copy button with it.
  Array.prototype.forEach.call(document.querySelectorAll("[data-copy-link]"), function (link) {
    if (!navigator.clipboard) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.textContent = link.textContent;
    var status = link.parentNode.querySelector(".share-links__status");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(link.href).then(function () {
        if (status) { status.textContent = link.getAttribute("data-copied"); }
      }, function () {
        if (status) { status.textContent = link.getAttribute("data-copy-failed"); }
      });
    });
    link.parentNode.replaceChild(button, link);
  });
})();
