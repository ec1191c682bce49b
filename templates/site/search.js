// The index page's search box: filters the page's list of units as you type, by unit name, code or
// category, or by the name of one of the unit's projects (from the search index the build writes next
// to the page). Our own code, nothing fetched from elsewhere; the page's Content-Security-Policy allows
// exactly this text by its hash. Without JavaScript the form stays hidden and the page is the full list.
(function () {
  "use strict";
  var form = document.getElementById("search");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  if (!form || !input || !status || !window.fetch) return;
  var groups = Array.prototype.slice.call(document.querySelectorAll(".category"));
  var units = Array.prototype.slice.call(document.querySelectorAll(".units li"));
  var texts = units.map(function (li) { return li.textContent.toLowerCase(); });
  var timer = 0;

  function filter() {
    var query = input.value.trim().toLowerCase();
    var shown = 0;
    units.forEach(function (li, i) {
      var match = query === "" || texts[i].indexOf(query) >= 0;
      li.hidden = !match;
      if (match) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector(".units li:not([hidden])") === null;
    });
    status.textContent = query === "" ? "" : "找到 " + shown + " 个单位";
  }

  fetch(form.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : {}; })
    .then(function (projects) {
      units.forEach(function (li, i) {
        var link = li.querySelector("a");
        var names = link && projects[link.getAttribute("href").replace(/^\.\//, "").split("/")[0]];
        if (names) texts[i] += " " + names.join(" ").toLowerCase();
      });
      filter();
    })
    .catch(function () { /* the list still filters by unit */ });

  form.addEventListener("submit", function (event) { event.preventDefault(); filter(); });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(filter, 150);
  });
  form.hidden = false;
})();
