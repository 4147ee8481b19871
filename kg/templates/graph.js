/* kg event graph page. All text from articles is set with textContent:
   nothing from the data is ever parsed as HTML. */
(function () {
  "use strict";

  // Milliseconds since navigation at each loading step (read by bench/viz_bench.py).
  var timings = (window.kgTimings = { start: performance.now() });
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var MAX_HITS = 12;
  var MAX_SENTENCES = 25;

  function $(id) {
    return document.getElementById(id);
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  // Search folding with the language packs' rules (kg.lang.Folding), applied in
  // the order kg.analytics.fold applies them, then spaces collapsed: a query
  // folds as the names were folded in Python.
  var folds = (data.fold || []).map(function (f) {
    return { drop: f.drop ? new RegExp("[" + f.drop + "]", "g") : null, letters: f.letters || {}, decompose: f.decompose, lower: f.lower };
  });
  function fold(s) {
    s = String(s || "");
    folds.forEach(function (f) {
      if (f.decompose) s = s.normalize("NFKD");
      s = (f.drop ? s.replace(f.drop, "") : s).normalize("NFKC");
      s = Array.from(s)
        .map(function (c) {
          return Object.prototype.hasOwnProperty.call(f.letters, c) ? f.letters[c] : c;
        })
        .join("");
      if (f.lower) s = s.toLowerCase();
    });
    return s.split(/\s+/).filter(Boolean).join(" ");
  }
  window.kgFold = fold;

  // ------------------------------------------------------------ tooltips

  // "Arabic" for "ar": the browser's own language names (no table to extend per pack).
  var languageNames = typeof Intl !== "undefined" && Intl.DisplayNames ? new Intl.DisplayNames(["en"], { type: "language" }) : null;
  function languageName(lang) {
    try {
      return (languageNames && languageNames.of(lang)) || lang;
    } catch (e) {
      return lang;
    }
  }

  // The actor's name in another language than its label, if it has one.
  function otherLabel(k) {
    var labels = k.labels || {};
    var lang = Object.keys(labels).find(function (l) {
      return labels[l] !== k.label;
    });
    return lang ? labels[lang] : null;
  }

  // One "key: value" line; the value is isolated so Arabic runs render right-to-left.
  function row(box, key, value, lang) {
    if (value === undefined || value === null || value === "") return;
    var r = el("div", "kg-row");
    r.appendChild(el("span", "kg-key", key));
    var v = el("bdi", "kg-val", value);
    v.dir = "auto";
    if (lang) v.setAttribute("lang", lang);
    r.appendChild(v);
    box.appendChild(r);
  }

  function tip(kind) {
    var box = el("div", "kg-tip kg-tip-" + kind);
    box.dir = "auto";
    return box;
  }

  function quadLabel(q) {
    return data.quads[q] ? q + " \u00b7 " + data.quads[q] : q;
  }

  var nodeById = {};
  data.nodes.forEach(function (n) {
    nodeById[n.id] = n;
  });
  var eventById = {};
  data.edges.forEach(function (e) {
    eventById[e.id] = e;
  });

  function actorLabel(id) {
    var n = nodeById[id];
    return n ? n.kg.label : id;
  }

  function head(box, from, middle, to, negated) {
    var h = el("div", "kg-head");
    h.dir = "auto";
    h.appendChild(el("bdi", "kg-actor", actorLabel(from)));
    h.appendChild(el("span", "kg-arrow", negated ? " \u2014 NOT " : " \u2014 "));
    h.appendChild(el("bdi", "kg-action", middle));
    h.appendChild(el("span", "kg-arrow", " \u2192 "));
    h.appendChild(el("bdi", "kg-actor", actorLabel(to)));
    box.appendChild(h);
  }

  function sentence(box, k) {
    if (!k.sentence) return;
    var s = el("div", "kg-sentence", k.sentence);
    s.dir = "auto";
    if (k.lang) s.setAttribute("lang", k.lang);
    box.appendChild(s);
  }

  // The node's events as kg.counts counts them; those with one side missing
  // are not edges, so the details list the first few of them.
  function nodeTip(k, full) {
    var box = tip("node");
    var h = el("div", "kg-head", k.label);
    h.dir = "auto";
    box.appendChild(h);
    Object.keys(k.labels || {}).forEach(function (lang) {
      row(box, languageName(lang), k.labels[lang], lang);
    });
    row(box, "type", k.type);
    row(box, "id", k.id);
    row(box, "country", k.country);
    row(box, "sector", k.sector);
    row(box, "Wikidata", k.qid);
    row(box, "events", k.degree);
    if (k.undrawn) row(box, "not drawn", k.undrawn + " with no " + (k.degree === k.undrawn ? "other side" : "target or source"));
    if (k.texts && k.texts.length) row(box, "in the text", k.texts.join(" \u00b7 "));
    if (full && k.undrawn_events) {
      box.appendChild(el("p", "kg-help", "Not drawn (one side missing):"));
      var list = el("ol", "kg-sentences");
      k.undrawn_events.forEach(function (u) {
        var li = el("li");
        var when = [u.date || "undated", u.action_label, "as " + u.role].join(" \u00b7 ") + (u.negated ? " \u00b7 NOT" : "");
        li.appendChild(el("div", "kg-when", when));
        sentence(li, u);
        list.appendChild(li);
      });
      box.appendChild(list);
      if (k.undrawn > k.undrawn_events.length) box.appendChild(el("p", "kg-help", "\u2026 and " + (k.undrawn - k.undrawn_events.length) + " more"));
    }
    return box;
  }

  function eventTip(e) {
    var k = e.kg;
    var box = tip("edge");
    head(box, e.from, k.action_label, e.to, k.negated);
    row(box, "action", k.action);
    row(box, "PLOVER / CAMEO", k.plover + " / " + k.cameo);
    row(box, "quad class", quadLabel(k.quad));
    row(box, "Goldstein", k.goldstein);
    row(box, "date", k.date);
    row(box, "modality", k.modality);
    row(box, "negated", k.negated ? "yes" : "no");
    if (typeof k.confidence === "number") row(box, "confidence", k.confidence.toFixed(2));
    row(box, "said by", k.attributed_to);
    row(box, "trigger", k.action_text, k.lang);
    row(box, "document", k.doc_id);
    sentence(box, k);
    return box;
  }

  function dyadTip(e) {
    var k = e.kg;
    var shown = k.events.filter(function (id) {
      return pass[id];
    });
    var box = tip("dyad");
    head(box, e.from, k.plover, e.to, false);
    row(box, "events", shown.length + (shown.length < k.events.length ? " of " + k.events.length : ""));
    var g = 0;
    shown.forEach(function (id) {
      g += Number(eventById[id].kg.goldstein) || 0;
    });
    if (shown.length) row(box, "mean Goldstein", (g / shown.length).toFixed(2));
    row(box, "quad class", quadLabel(k.quad));
    var list = el("ol", "kg-sentences");
    shown.slice(0, MAX_SENTENCES).forEach(function (id) {
      var ev = eventById[id].kg;
      var li = el("li");
      var when = [ev.date || "undated", ev.action_label].join(" \u00b7 ") + (ev.negated ? " \u00b7 NOT" : "");
      li.appendChild(el("div", "kg-when", when));
      sentence(li, ev);
      list.appendChild(li);
    });
    box.appendChild(list);
    if (shown.length > MAX_SENTENCES) box.appendChild(el("p", "kg-help", "\u2026 and " + (shown.length - MAX_SENTENCES) + " more"));
    return box;
  }

  // Tooltips are built when first needed: a large graph has tens of thousands of edges.
  function tooltip(id, full) {
    if (nodeById[id]) return nodeTip(nodeById[id].kg, full);
    if (eventById[id]) return eventTip(eventById[id]);
    var d = dyadById[id];
    return d ? dyadTip(d) : null;
  }
  window.kgTooltip = tooltip;

  // ------------------------------------------------------------ data

  var network = null; // created once the filters are set up
  var hits = $("kg-hits");
  var search = $("kg-search");
  var dyadById = {};
  data.dyads.forEach(function (d) {
    dyadById[d.id] = d;
    d.kind = "dyads";
  });
  data.edges.forEach(function (e) {
    e.kind = "events";
  });

  var nodes = new vis.DataSet(data.nodes);
  var allEdges = new vis.DataSet(data.edges.concat(data.dyads));

  // Filled by readState(); the views below filter on it as soon as they exist.
  var state = { mode: data.mode, quads: {}, cats: {}, from: "", to: "", undated: true, negated: true };
  var pass = {}; // event id -> shown under the current filters
  var dyadCount = {}; // dyad id -> events shown
  var dyadKey = {}; // dyad id -> "shown:negated", to update only what changed
  var active = {}; // node id -> has a shown edge
  var degreeAll = {};
  data.edges.forEach(function (e) {
    degreeAll[e.from] = (degreeAll[e.from] || 0) + 1;
    degreeAll[e.to] = (degreeAll[e.to] || 0) + 1;
  });

  var edgeView = new vis.DataView(allEdges, {
    filter: function (e) {
      if (e.kind !== state.mode) return false;
      return e.kind === "events" ? pass[e.id] === true : dyadCount[e.id] > 0;
    },
  });
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) {
      return nodeShown(n.id);
    },
  });

  window.kgReady = false;
  window.kgNodes = nodes;
  window.kgEdges = new vis.DataView(allEdges, {
    filter: function (e) {
      return e.kind === "events";
    },
  });
  window.kgDyads = new vis.DataView(allEdges, {
    filter: function (e) {
      return e.kind === "dyads";
    },
  });
  window.kgVisibleEdges = edgeView;
  window.kgVisibleNodes = nodeView;

  // ------------------------------------------------------------ filters

  var catBox = $("kg-cats");
  data.categories.forEach(function (c) {
    var label = el("label", "kg-check kg-cat");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.name = "kg-cat";
    input.value = c.name == null ? "" : String(c.name);
    input.checked = true;
    label.appendChild(input);
    var sw = el("span", "kg-swatch");
    sw.style.background = /^#[0-9a-f]{6}$/i.test(c.colour) ? c.colour : "#888888";
    label.appendChild(sw);
    label.appendChild(el("span", "kg-cat-name", c.name == null ? "(none)" : c.name));
    label.appendChild(el("span", "kg-count", c.events));
    catBox.appendChild(label);
  });

  function checked(name) {
    var out = {};
    document.querySelectorAll('input[name="' + name + '"]').forEach(function (i) {
      if (i.checked) out[i.value] = true;
    });
    return out;
  }

  function readState() {
    state.mode = $("kg-mode-dyads").checked ? "dyads" : "events";
    state.quads = checked("kg-quad");
    state.cats = checked("kg-cat");
    state.from = $("kg-date-from").value || "";
    state.to = $("kg-date-to").value || "";
    state.undated = $("kg-undated").checked;
    state.negated = $("kg-negated").checked;
  }

  function isDefault() {
    return (
      Object.keys(state.quads).length === 4 &&
      Object.keys(state.cats).length === data.categories.length &&
      !state.from &&
      !state.to &&
      state.undated &&
      state.negated
    );
  }

  function passes(k) {
    if ((k.quad === 1 || k.quad === 2 || k.quad === 3 || k.quad === 4) && !state.quads[k.quad]) return false;
    if (!state.cats[k.plover == null ? "" : String(k.plover)]) return false;
    if (k.negated && !state.negated) return false;
    if (!k.date) return state.undated;
    var d = String(k.date).slice(0, 10);
    if (state.from && d < state.from) return false;
    if (state.to && d > state.to) return false;
    return true;
  }

  function width(n) {
    return Math.min(14, 1.5 + 2.2 * Math.sqrt(n - 1));
  }

  function nodeShown(id) {
    // Actors with no event edge at all are shown only while nothing is filtered out.
    return active[id] === true || (!degreeAll[id] && isDefault());
  }

  function apply() {
    var t0 = performance.now();
    var before = window.kgReady ? nodeView.getIds() : [];
    readState();
    active = {};
    var shownEvents = 0;
    data.edges.forEach(function (e) {
      var ok = passes(e.kg);
      pass[e.id] = ok;
      if (ok) {
        shownEvents++;
        active[e.from] = active[e.to] = true;
      }
    });
    // Nodes that leave the view must come back where they were: keep their
    // positions in the data set. (vis's storePositions expects every node in the view.)
    var leaving = before.filter(function (id) {
      return !nodeShown(id);
    });
    if (leaving.length) {
      var pos = network.getPositions(leaving);
      nodes.update(
        leaving.map(function (id) {
          return { id: id, x: pos[id].x, y: pos[id].y };
        })
      );
    }
    var changed = [];
    data.dyads.forEach(function (d) {
      var n = 0;
      var negated = 0;
      d.kg.events.forEach(function (id) {
        if (pass[id]) {
          n++;
          if (eventById[id].kg.negated) negated++;
        }
      });
      var key = n + ":" + negated;
      if (dyadKey[d.id] !== key) {
        dyadKey[d.id] = key;
        dyadCount[d.id] = n;
        // An edge that leaves the view needs no new width (vis would redraw it for nothing).
        if (n === 0) return;
        // Dashed, like an event edge, when everything it stands for did not happen.
        var item = { id: d.id, width: width(n), dashes: negated === n, title: undefined };
        if (data.labels.dyads) item.label = d.kg.plover + (n > 1 ? " \u00d7" + n : "");
        changed.push(item);
      }
    });
    if (changed.length) allEdges.update(changed);
    var t1 = performance.now();
    edgeView.refresh();
    var t2 = performance.now();
    nodeView.refresh();
    var t3 = performance.now();
    timings.apply = { filter: t1 - t0, edges: t2 - t1, nodes: t3 - t2 };
    var shown = edgeView.length;
    var unit =
      state.mode === "dyads"
        ? " dyad edges (" + shownEvents + " of " + data.edges.length + " events)"
        : " of " + data.edges.length + " events";
    $("kg-status").textContent =
      "Showing " + shown + unit + " \u00b7 " + nodeView.length + " of " + data.nodes.length + " actors and concepts";
    if (window.kgReady) {
      showSelection();
      hubLabels(network.getScale()); // filtered-out hubs leave room to others
    }
  }

  document.querySelectorAll(".kg-panel input").forEach(function (i) {
    if (i.id !== "kg-search") i.addEventListener("change", apply);
  });
  function setCats(on) {
    document.querySelectorAll('input[name="kg-cat"]').forEach(function (i) {
      i.checked = on;
    });
    apply();
  }
  $("kg-cat-all").addEventListener("click", function () {
    setCats(true);
  });
  $("kg-cat-none").addEventListener("click", function () {
    setCats(false);
  });
  // Reset: filters, search, selection, view (the edge mode the page opened
  // with, and the whole graph in sight).
  function reset() {
    document.querySelectorAll('.kg-panel input[type="checkbox"]').forEach(function (i) {
      i.checked = true;
    });
    $("kg-date-from").value = "";
    $("kg-date-to").value = "";
    $(data.mode === "dyads" ? "kg-mode-dyads" : "kg-mode-events").checked = true;
    search.value = "";
    hits.textContent = "";
    apply();
    if (!network) return;
    network.unselectAll();
    showDetails(el("p", "kg-help", "Click an actor or an edge."));
    fitView();
  }
  $("kg-reset").addEventListener("click", function () {
    reset();
  });

  if (data.dates) {
    ["kg-date-from", "kg-date-to"].forEach(function (id) {
      $(id).min = data.dates[0];
      $(id).max = data.dates[1];
    });
    $("kg-date-from").placeholder = data.dates[0];
    $("kg-date-to").placeholder = data.dates[1];
  }
  $(data.mode === "dyads" ? "kg-mode-dyads" : "kg-mode-events").checked = true;
  apply();

  // ------------------------------------------------------------ network

  timings.filtered = performance.now();
  network = new vis.Network($("kg-graph"), { nodes: nodeView, edges: edgeView }, data.options);
  timings.network = performance.now();
  window.kgNetwork = network;

  function lazyTitle(set, id) {
    var item = set.get(id);
    if (item && item.title === undefined) set.update({ id: id, title: tooltip(id) });
  }
  network.on("hoverNode", function (p) {
    lazyTitle(nodes, p.node);
  });
  network.on("hoverEdge", function (p) {
    lazyTitle(allEdges, p.edge);
  });

  var details = $("kg-details");
  function showDetails(content, note) {
    details.textContent = "";
    if (note) details.appendChild(el("p", "kg-help", note));
    if (content) details.appendChild(content);
  }
  function showSelection() {
    var sel = network.getSelection();
    if (sel.nodes.length) showDetails(tooltip(sel.nodes[0], true));
    else if (sel.edges.length) showDetails(tooltip(sel.edges[0], true));
  }
  network.on("click", function (p) {
    if (p.nodes.length || p.edges.length) showSelection();
  });

  // Bounded layout: stabilise once, then freeze so the page stays idle.
  // ... within a time budget too: a big graph stops early, wherever it got to.
  var layoutStart = performance.now();
  network.on("stabilizationProgress", function (p) {
    $("kg-status").textContent = "Laying out the graph\u2026 " + Math.round((100 * p.iterations) / p.total) + "%";
    timings.iterations = p.iterations;
    if (performance.now() - layoutStart > data.layout_budget_ms) network.stopSimulation();
  });
  // Labels: vis hides those smaller than data.label_px on screen (zoom in to
  // read them). The most active actors keep a label big enough to read while
  // the view is no further out than half the whole graph, where it does not
  // cover another such label: the overview of a large graph is never unlabelled.
  var hubs = data.nodes
    .slice()
    .sort(function (a, b) {
      return b.kg.degree - a.kg.degree || (a.id < b.id ? -1 : 1);
    })
    .slice(0, data.hub_labels)
    .map(function (n) {
      return { id: n.id, font: n.font.size, below: n.size, chars: String(n.label).length };
    });
  var fitScale = null;
  var hubScale = null;
  function hubLabels(scale) {
    hubScale = scale;
    var want = (data.label_px + 2) / Math.max(scale, 1e-6);
    var on = fitScale !== null && scale >= fitScale / 2;
    var pos = network.getPositions(
      hubs.map(function (h) {
        return h.id;
      })
    );
    var placed = []; // label boxes, canvas units: [left, top, right, bottom]
    nodes.update(
      hubs.map(function (h) {
        var size = h.font;
        var p = pos[h.id];
        if (on && want > size && p && nodeShown(h.id)) {
          var half = 0.3 * want * h.chars;
          var box = [p.x - half, p.y + h.below, p.x + half, p.y + h.below + 1.3 * want];
          var free = placed.every(function (b) {
            return box[2] < b[0] || b[2] < box[0] || box[3] < b[1] || b[3] < box[1];
          });
          if (free) {
            placed.push(box);
            size = want;
          }
        }
        return { id: h.id, font: { size: size } };
      })
    );
  }
  // Any change of scale (wheel, pinch, focus, fit) ends in a redraw.
  var hubPending = false;
  network.on("afterDrawing", function () {
    if (hubPending || !window.kgReady || network.getScale() === hubScale) return;
    hubPending = true;
    requestAnimationFrame(function () {
      hubPending = false;
      hubLabels(network.getScale());
    });
  });
  function fitView() {
    fitScale = null;
    hubLabels(1); // their own sizes while the view is fitted to the graph
    network.redraw(); // fit reads the label boxes of the last drawing
    network.fit();
    fitScale = network.getScale();
    hubLabels(fitScale);
  }

  network.once("stabilizationIterationsDone", function () {
    timings.stabilised = performance.now();
    network.setOptions({ physics: { enabled: false } });
    fitView();
    apply();
    timings.ready = performance.now();
    window.kgReady = true;
  });
  if (nodeView.length === 0) {
    apply();
    window.kgReady = true;
  }

  // ------------------------------------------------------------ search

  function findActors(q) {
    q = fold(q);
    if (!q) return [];
    var found = [];
    data.nodes.forEach(function (n) {
      var fields = n.kg.search.split("\n");
      var rank = 3;
      fields.forEach(function (f) {
        if (f === q) rank = Math.min(rank, 0);
        else if (f.indexOf(q) === 0) rank = Math.min(rank, 1);
        else if (f.indexOf(q) >= 0) rank = Math.min(rank, 2);
      });
      if (rank < 3) found.push([rank, -n.kg.degree, n.id]);
    });
    found.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    });
    return found.map(function (f) {
      return f[2];
    });
  }
  window.kgFindActors = findActors;

  function choose(id) {
    var n = nodeById[id];
    if (!nodeView.get(id)) {
      var why = degreeAll[id] ? "Hidden by the current filters; reset them to see this actor." : "Not drawn: none of its events has both a source and a target.";
      showDetails(nodeTip(n.kg, true), why);
      return;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 300 } });
    showDetails(nodeTip(n.kg, true));
  }

  function renderHits() {
    hits.textContent = "";
    var q = search.value;
    if (!fold(q)) return;
    var ids = findActors(q);
    if (!ids.length) {
      hits.appendChild(el("li", "kg-help", "No actor matches."));
      return;
    }
    ids.slice(0, MAX_HITS).forEach(function (id) {
      var k = nodeById[id].kg;
      var li = el("li");
      var b = el("button", "kg-hit");
      b.type = "button";
      var name = el("bdi", "kg-hit-label", k.label);
      b.appendChild(name);
      var other = otherLabel(k) || (k.texts || []).find(function (t) {
        return fold(t).indexOf(fold(q)) >= 0 && t !== k.label;
      });
      if (other) {
        var o = el("bdi", "kg-hit-other", other);
        o.dir = "auto";
        b.appendChild(o);
      }
      b.appendChild(el("span", "kg-count", k.degree));
      if (!nodeView.get(id)) b.classList.add("kg-hidden");
      b.addEventListener("click", function () {
        choose(id);
      });
      li.appendChild(b);
      hits.appendChild(li);
    });
    if (ids.length > MAX_HITS) hits.appendChild(el("li", "kg-help", "\u2026 " + (ids.length - MAX_HITS) + " more"));
  }
  search.addEventListener("input", renderHits);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var ids = findActors(search.value);
      if (ids.length) choose(ids[0]);
    }
  });
})();
