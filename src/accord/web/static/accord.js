// accord web UI: draw the Plotly charts and link the article's highlights to their items.
(function () {
  "use strict";

  function drawCharts() {
    document.querySelectorAll(".chart[data-figure]").forEach(function (el) {
      var spec = document.getElementById(el.dataset.figure);
      if (!spec || typeof Plotly === "undefined") return;
      var figure = JSON.parse(spec.textContent);
      Plotly.newPlot(el, figure.data, figure.layout, { displaylogo: false, responsive: true })
        .then(function () { el.dataset.drawn = "true"; });
    });
  }

  function select(ref, scrollTo) {
    document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
    var marks = document.querySelectorAll('mark.hl[data-ref="' + CSS.escape(ref) + '"]');
    marks.forEach(function (el) { el.classList.add("selected"); });
    var item = document.getElementById("item-" + ref);
    if (item) {
      item.classList.add("selected");
      var box = item.querySelector("details");
      if (box) box.open = true;
    }
    var target = scrollTo === "mark" ? marks[0] : item;
    if (target) target.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  function linkArticle() {
    var text = document.getElementById("article-text");
    if (!text) return;
    text.addEventListener("click", function (event) {
      var mark = event.target.closest("mark.hl");
      if (!mark) return;
      event.stopPropagation();
      select(mark.dataset.ref, "item");
    });
    text.addEventListener("keydown", function (event) {
      var mark = event.target.closest("mark.hl");
      if (mark && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        select(mark.dataset.ref, "item");
      }
    });
    document.querySelectorAll("a.jump").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        select(link.dataset.ref, "mark");
      });
    });
    document.querySelectorAll("#legend input[data-layer]").forEach(function (box) {
      box.addEventListener("change", function () {
        text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
      });
    });
    if (location.hash.length > 1) {
      var ref = decodeURIComponent(location.hash.slice(1));
      if (document.getElementById("item-" + ref)) select(ref, "mark");
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    linkArticle();
    document.body.dataset.ready = "true";
  });
})();
