// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Suggestions as you type: fills the <datalist> behind each search box from /api/suggest. Picking a
  // department (卫健委 offers 国家卫生健康委, 四川省卫生健康委 …) opens the search filtered to it (its url).
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    var list = document.getElementById(input.dataset.suggest);
    var timer = null;
    var last = "";
    var urls = {};
    input.addEventListener("input", function (e) {
      var picked = !(e instanceof InputEvent) || e.inputType === "insertReplacementText";
      if (picked && Object.prototype.hasOwnProperty.call(urls, input.value)) {
        window.location.assign(urls[input.value]);
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q === last) { return; }
        last = q;
        if (!q) { list.replaceChildren(); return; }
        fetch("/api/suggest?q=" + encodeURIComponent(q))
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (data) {
            if (input.value.trim() !== q) { return; }
            urls = {};
            list.replaceChildren.apply(list, data.suggestions.map(function (s) {
              var o = document.createElement("option");
              o.value = s.text;
              o.label = s.url ? "按部门筛选" : s.kind === "task" ? "任务" : "词条";
              if (s.url) { urls[s.text] = s.url; }
              return o;
            }));
          })
          .catch(function () { /* suggestions are optional */ });
      }, 120);
    });
  });

  // Facet checkboxes apply at once.
  var form = document.getElementById("facet-form");
  if (form) {
    form.classList.add("live");
    form.addEventListener("change", function (e) {
      if (e.target.type === "checkbox") { form.submit(); }
    });
  }

  // Live filter of a long facet list (the server does the same through the dq parameter).
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var box = document.getElementById(input.dataset.filter);
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      box.querySelectorAll("li[data-value]").forEach(function (li) {
        li.hidden = needle !== "" && li.dataset.value.toLowerCase().indexOf(needle) < 0;
      });
      var more = box.querySelector("details");
      if (more && needle) { more.open = true; }
    });
  });

  // Copy the citation.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.dataset.copy);
    button.hidden = false;
    button.addEventListener("click", function () {
      source.select();
      var done = function () { button.textContent = "已复制"; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(source.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
})();
