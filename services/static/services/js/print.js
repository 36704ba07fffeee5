// The printable service standard: a "Print" button for those who do not know the browser's menu.
// Without JavaScript the button stays hidden and the browser's own print command works the same.
(function () {
  "use strict";
  var button = document.querySelector("[data-print]");
  if (button && window.print) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
})();
