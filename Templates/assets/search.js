/*
 * Briefing search. Filters the site's search index in the browser: words in titles, key points, tags and
 * names, narrowed to a person, an organisation or a place. No dependencies and no network: the index comes
 * from search-index.js as window.BRIEFING_SEARCH_INDEX (a page opened from disk cannot fetch a JSON file),
 * and every link is made relative with the form's data-root, so the same files work from disk, under a
 * sub-path and at a domain root.
 */
(function () {
  "use strict";

  var form = document.getElementById("search-form");
  if (!form) return;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var root = form.getAttribute("data-root") || "";
  var index = window.BRIEFING_SEARCH_INDEX;
  var kinds = [
    { field: "person", key: "people" },
    { field: "organization", key: "organizations" },
    { field: "place", key: "places" }
  ];

  if (!index || !index.briefs) {
    status.textContent = "The search index did not load. Build the site again, or browse the tags and names instead.";
    return;
  }

  function fold(text) {
    var lower = String(text || "").toLowerCase();
    return lower.normalize ? lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : lower;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function link(href, text, className) {
    var anchor = element("a", className, text);
    anchor.href = root + href;
    return anchor;
  }

  var entities = {};
  kinds.forEach(function (kind) {
    var select = form.elements[kind.field];
    (index[kind.key] || []).forEach(function (entity) {
      entities[entity.id] = entity;
      var option = element("option", null, entity.name + " (" + entity.briefs + ")");
      option.value = entity.id;
      select.appendChild(option);
    });
  });

  var documents = index.briefs.map(function (brief, position) {
    var names = [].concat(brief.people, brief.organizations, brief.places).map(function (id) {
      return entities[id] ? entities[id].name : "";
    });
    return {
      brief: brief,
      position: position,
      title: fold(brief.title),
      text: fold([brief.title].concat(brief.keyPoints, brief.tags, names).join("\n"))
    };
  });

  function query() {
    var terms = fold(form.elements.q.value).split(/\s+/).filter(Boolean);
    var filters = {};
    kinds.forEach(function (kind) { filters[kind.key] = form.elements[kind.field].value; });
    return { terms: terms, filters: filters };
  }

  function matches(doc, search) {
    for (var i = 0; i < kinds.length; i++) {
      var wanted = search.filters[kinds[i].key];
      if (wanted && doc.brief[kinds[i].key].indexOf(wanted) < 0) return false;
    }
    return search.terms.every(function (term) { return doc.text.indexOf(term) >= 0; });
  }

  function score(doc, search) {
    return search.terms.reduce(function (total, term) {
      return total + (doc.title.indexOf(term) >= 0 ? 3 : 1);
    }, 0);
  }

  function result(brief) {
    var item = element("li", "result");
    var heading = element("h2", "result-title");
    heading.appendChild(link(brief.url, brief.title));
    item.appendChild(heading);
    var meta = element("p", "meta");
    if (brief.date) {
      var time = element("time", null, brief.dateDisplay || brief.date);
      time.setAttribute("datetime", brief.date);
      meta.appendChild(time);
    }
    if (brief.source) meta.appendChild(element("span", "source", brief.source));
    if (meta.childNodes.length) item.appendChild(meta);
    if (brief.keyPoints.length) {
      var points = element("ul", "card-points");
      brief.keyPoints.slice(0, 3).forEach(function (point) { points.appendChild(element("li", null, point)); });
      item.appendChild(points);
    }
    var named = [].concat(brief.people, brief.organizations, brief.places).slice(0, 8);
    if (named.length) {
      var line = element("p", "card-entities");
      line.appendChild(element("span", "label", "Who and where:"));
      line.appendChild(document.createTextNode(" "));
      named.forEach(function (id) {
        if (entities[id]) line.appendChild(link(entities[id].url, entities[id].name, "entity"));
      });
      item.appendChild(line);
    }
    return item;
  }

  function describe(count, search) {
    var filtered = kinds.some(function (kind) { return search.filters[kind.key]; });
    if (!search.terms.length && !filtered) return "All " + count + (count === 1 ? " brief" : " briefs") + ", newest first.";
    if (!count) return "No brief matches. Try fewer words, or another person, organisation or place.";
    return count + (count === 1 ? " brief matches." : " briefs match.");
  }

  function remember() {
    var params = [];
    ["q"].concat(kinds.map(function (kind) { return kind.field; })).forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) params.push(encodeURIComponent(name) + "=" + encodeURIComponent(value));
    });
    try {
      history.replaceState(null, "", params.length ? "?" + params.join("&") : location.pathname);
    } catch (error) {
      /* Some browsers refuse to change the address of a page opened from disk; the search still works. */
    }
  }

  function run() {
    var search = query();
    var hits = documents.filter(function (doc) { return matches(doc, search); });
    hits.sort(function (a, b) { return score(b, search) - score(a, search) || a.position - b.position; });
    list.textContent = "";
    hits.forEach(function (doc) { list.appendChild(result(doc.brief)); });
    status.textContent = describe(hits.length, search);
    remember();
  }

  function restore() {
    var params = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
      if (!pair) return;
      var parts = pair.split("=");
      try {
        params[decodeURIComponent(parts[0])] = decodeURIComponent((parts[1] || "").replace(/\+/g, " "));
      } catch (error) {
        /* A malformed parameter is ignored. */
      }
    });
    form.elements.q.value = params.q || "";
    var headerBox = document.getElementById("site-search-q");
    if (headerBox) headerBox.value = params.q || "";
    kinds.forEach(function (kind) {
      var select = form.elements[kind.field];
      select.value = params[kind.field] || "";
      if (select.value !== (params[kind.field] || "")) select.value = "";
    });
  }

  var timer = null;
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  form.elements.q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  kinds.forEach(function (kind) {
    form.elements[kind.field].addEventListener("change", run);
  });
  form.addEventListener("reset", function () { setTimeout(run, 0); });

  restore();
  run();
})();
