// The search box on every page: finds publications of every year by unit name, code or category, or by
// the name of one of their projects, and lists them with their year. On a year's index page it also
// filters the page's own list of units. The data is the site's search index, a script file loaded on
// first use (a page opened from disk may load a script from its own site, but not fetch a file); the
// page's Content-Security-Policy allows this text by its hash and that file as 'self'. Our own code,
// nothing from elsewhere. Without JavaScript the form stays hidden and the page is whole.
(function () {
  "use strict";
  var form = document.getElementById("search");
  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  if (!form || !input || !status || !results) return;
  var root = form.getAttribute("data-root") || "";
  var year = form.getAttribute("data-year") || "";
  var shownAtMost = 50;
  var groups = Array.prototype.slice.call(document.querySelectorAll(".category"));
  var units = Array.prototype.slice.call(document.querySelectorAll(".units li"));
  var texts = units.map(function (li) { return li.textContent.toLowerCase(); });
  var publications = null;
  var loading = false;
  var failed = false;
  var timer = 0;

  function searchable(p) {
    return [p.year + "年", p.unit, p.code, p.category].concat(p.projects).join(" ").toLowerCase();
  }

  // The index's own list also matches by project name, from the search index.
  function addProjectNames() {
    var byHref = {};
    publications.forEach(function (p) { byHref[p.href] = p; });
    units.forEach(function (li, i) {
      var link = li.querySelector("a");
      var p = link && byHref[link.getAttribute("href").replace(/^\.\//, "")];
      if (p) texts[i] += " " + p.projects.join(" ").toLowerCase();
    });
  }

  function load() {
    if (publications || loading || failed) return;
    loading = true;
    var script = document.createElement("script");
    script.src = root + form.getAttribute("data-index");
    script.onload = function () {
      publications = (window.perfPublishSearch || []).map(function (p) { p.text = searchable(p); return p; });
      addProjectNames();
      filter();
    };
    script.onerror = function () {
      loading = false;
      failed = true;
      filter();
    };
    document.head.appendChild(script);
  }

  function filterList(query) {
    var shown = 0;
    units.forEach(function (li, i) {
      var match = query === "" || texts[i].indexOf(query) >= 0;
      li.hidden = !match;
      if (match) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector(".units li:not([hidden])") === null;
    });
    return shown;
  }

  function result(p, query) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = root + p.href;
    link.textContent = p.year + "年 " + p.unit;
    li.appendChild(link);
    var names = p.projects.filter(function (name) { return name.toLowerCase().indexOf(query) >= 0; });
    var about = document.createElement("span");
    about.textContent = [p.code, p.category].concat(names.length ? ["项目：" + names.slice(0, 3).join("、")] : [])
      .filter(function (part) { return part; }).join(" · ");
    li.appendChild(about);
    return li;
  }

  function filter() {
    var query = input.value.trim().toLowerCase();
    var listed = filterList(query);
    var found = query === "" || !publications ? [] : publications.filter(function (p) {
      return String(p.year) !== year && p.text.indexOf(query) >= 0;
    });
    results.textContent = "";
    found.slice(0, shownAtMost).forEach(function (p) { results.appendChild(result(p, query)); });
    results.hidden = found.length === 0;
    status.textContent = query === "" ? "" : message(listed, found.length);
  }

  function message(listed, found) {
    var more = found > shownAtMost ? "，列出前 " + shownAtMost + " 份" : "";
    var pending = failed ? "未能载入各年度的数据" : "正在载入各年度的数据";
    if (!year) return publications ? "找到 " + found + " 份公开文件" + more : pending;
    return "找到 " + listed + " 个单位" + (publications ? (found > 0 ? "；其他年度 " + found + " 份公开文件" + more : "") : "（" + pending + "，只查了本页列表）");
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); load(); filter(); });
  input.addEventListener("focus", load);
  input.addEventListener("input", function () {
    load();
    window.clearTimeout(timer);
    timer = window.setTimeout(filter, 150);
  });
  form.hidden = false;
})();
