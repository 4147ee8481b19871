/* kg event graph page. All text from articles is set with textContent:
   nothing from the data is ever parsed as HTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
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

  function nodeTip(k) {
    var box = tip("node");
    var head = el("div", "kg-head", k.label);
    head.dir = "auto";
    box.appendChild(head);
    row(box, "Arabic", k.label_ar, "ar");
    row(box, "type", k.type);
    row(box, "id", k.id);
    row(box, "country", k.country);
    row(box, "sector", k.sector);
    row(box, "Wikidata", k.qid);
    row(box, "events", k.degree);
    return box;
  }

  function edgeTip(k) {
    var box = tip("edge");
    var head = el("div", "kg-head");
    head.dir = "auto";
    head.appendChild(el("bdi", "kg-actor", k.from_label));
    head.appendChild(el("span", "kg-arrow", k.negated ? " \u2014 NOT " : " \u2014 "));
    head.appendChild(el("bdi", "kg-action", k.action_label));
    head.appendChild(el("span", "kg-arrow", " \u2192 "));
    head.appendChild(el("bdi", "kg-actor", k.to_label));
    box.appendChild(head);
    row(box, "action", k.action);
    row(box, "PLOVER / CAMEO", k.plover + " / " + k.cameo);
    row(box, "quad class", k.quad_label);
    row(box, "Goldstein", k.goldstein);
    row(box, "date", k.date);
    row(box, "modality", k.modality);
    row(box, "negated", k.negated ? "yes" : "no");
    row(box, "said by", k.attributed_to);
    row(box, "trigger", k.action_text, k.lang);
    row(box, "document", k.doc_id);
    if (k.sentence) {
      var s = el("div", "kg-sentence", k.sentence);
      s.dir = "auto";
      if (k.lang) s.setAttribute("lang", k.lang);
      box.appendChild(s);
    }
    return box;
  }

  var nodes = new vis.DataSet(
    data.nodes.map(function (n) {
      n.title = nodeTip(n.kg);
      return n;
    })
  );
  var edges = new vis.DataSet(
    data.edges.map(function (e) {
      e.title = edgeTip(e.kg);
      return e;
    })
  );

  window.kgReady = false;
  window.kgNodes = nodes;
  window.kgEdges = edges;

  var network = new vis.Network(document.getElementById("kg-graph"), {}, data.options);
  window.kgNetwork = network;

  // Bounded layout: stabilise once, then freeze so the page stays idle.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    network.fit();
    window.kgReady = true;
  });
  network.setData({ nodes: nodes, edges: edges });
  if (nodes.length === 0) window.kgReady = true;
})();
