// dipevents report: draws the timeline, dyads, event list and document view from the data
// that dipevents/report.py puts in the page. No library, no network.
"use strict";
(function () {
  const D = JSON.parse(document.getElementById("data").textContent);
  // Columns of D.events (see report.py page_data).
  const DATE = 0, ACTOR = 1, TYPE = 2, TARGET = 3, CAMEO = 4, QUAD = 5, GOLD = 6, NEG = 7,
    MODAL = 8, DOC = 9, SENT = 10, AS = 11, AE = 12, VS = 13, VE = 14, TS = 15, TE = 16;
  const QUADS = { 1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict",
    4: "Material conflict" };
  const QUAD_COLOURS = { 1: "#4e9a06", 2: "#1f6fb2", 3: "#e09b00", 4: "#c4262e" };
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
    "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173",
    "#3182bd", "#e6550d"];
  const PAGE = 50, NODES = 30, DYADS = 20;
  const SVGNS = "http://www.w3.org/2000/svg";
  const E = D.events;
  const state = { actor: "", target: "", type: "", quad: "", from: "", to: "", doc: "", text: "",
    page: 0, stack: "quad", sort: { key: "n", desc: true } };

  function el(tag, attrs, text) {
    const node = tag.startsWith("svg:") ? document.createElementNS(SVGNS, tag.slice(4))
      : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  const code = (i) => (i < 0 ? "" : D.codes[i]);

  // -- time bins: days for a short span, weeks for up to two years, else months ----------
  const dated = E.filter((e) => e[DATE].length >= 10).map((e) => e[DATE].slice(0, 10)).sort();
  const spanDays = dated.length
    ? (Date.parse(dated[dated.length - 1]) - Date.parse(dated[0])) / 864e5 : 0;
  const unit = spanDays <= 92 ? "day" : spanDays <= 730 ? "week" : "month";
  function binOf(day) {
    if (unit === "day") return day;
    if (unit === "month") return day.slice(0, 7);
    const t = new Date(day + "T00:00:00Z");
    t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() + 6) % 7)); // the Monday of its week
    return t.toISOString().slice(0, 10);
  }
  function binRange(bin) {
    if (unit === "day") return [bin, bin];
    if (unit === "month") {
      const [y, m] = bin.split("-").map(Number);
      return [bin + "-01", new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)];
    }
    const end = new Date(bin + "T00:00:00Z");
    end.setUTCDate(end.getUTCDate() + 6);
    return [bin, end.toISOString().slice(0, 10)];
  }
  function nextBin(bin) {
    if (unit === "month") {
      const [y, m] = bin.split("-").map(Number);
      return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
    }
    const t = new Date(bin + "T00:00:00Z");
    t.setUTCDate(t.getUTCDate() + (unit === "week" ? 7 : 1));
    return t.toISOString().slice(0, 10);
  }
  const bins = []; // every bin from the first event's to the last's, empty ones too
  if (dated.length) {
    const last = binOf(dated[dated.length - 1]);
    for (let b = binOf(dated[0]); b <= last; b = nextBin(b)) bins.push(b);
  }

  // -- filtering ----------------------------------------------------------------------------
  const sentenceText = (e) => D.sentences[e[SENT]][2];
  function matches(e, ignoreDates) {
    if (state.actor && code(e[ACTOR]).toUpperCase() !== state.actor.toUpperCase()) return false;
    if (state.target && code(e[TARGET]).toUpperCase() !== state.target.toUpperCase()) return false;
    if (state.type && D.types[e[TYPE]] !== state.type) return false;
    if (state.quad && String(e[QUAD]) !== state.quad) return false;
    if (state.doc && String(e[DOC]) !== state.doc) return false;
    if (!ignoreDates) {
      const day = e[DATE].slice(0, 10);
      if (state.from && (!day || day.padEnd(10, "9") < state.from)) return false;
      if (state.to && (!day || day > state.to)) return false;
    }
    if (state.text && !sentenceText(e).toLowerCase().includes(state.text.toLowerCase())) return false;
    return true;
  }

  // -- provenance -----------------------------------------------------------------------------
  function provenance() {
    const m = D.meta, dl = document.getElementById("provenance");
    const rows = [
      ["Inputs", m.inputs.map(([name, n]) => (n === null ? name : `${name} (${n} events)`)).join(", ")],
      ["Documents", String(m.documents)], ["Events", String(m.events)],
      ["Dates", m.span ? `${m.span[0]} to ${m.span[1]}` : "none"],
      ["dipevents", m.version],
    ];
    const opts = Object.entries(m.options || {}).map(([k, v]) => `${k}=${v}`).join(" ");
    rows.push(["Options", opts || "not recorded (a report of JSONL records)"]);
    for (const [k, v] of rows) { dl.append(el("dt", {}, k), el("dd", {}, v)); }
  }

  // -- timeline --------------------------------------------------------------------------------
  function timeline() {
    const box = document.getElementById("timeline");
    box.textContent = "";
    const keys = state.stack === "quad" ? [1, 2, 3, 4] : D.types.map((_, i) => i);
    const label = (k) => (state.stack === "quad" ? QUADS[k] : D.types[k]);
    const colour = (k) => (state.stack === "quad" ? QUAD_COLOURS[k] : PALETTE[k % PALETTE.length]);
    const counts = new Map(bins.map((b) => [b, new Map()]));
    let undated = 0;
    for (const e of E) {
      if (!matches(e, true)) continue;
      if (e[DATE].length < 10) { undated++; continue; }
      const per = counts.get(binOf(e[DATE].slice(0, 10)));
      const k = state.stack === "quad" ? e[QUAD] : e[TYPE];
      per.set(k, (per.get(k) || 0) + 1);
    }
    const W = 1100, H = 240, L = 40, B = 40, T = 10;
    const max = Math.max(1, ...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
    const bw = bins.length ? (W - L - 10) / bins.length : 0;
    const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H + 24}`, width: W, height: H + 24, "data-chart": "timeline" });
    svg.append(el("svg:rect", { x: 0, y: 0, width: W, height: H + 24, fill: "#fff" }));
    for (let t = 0; t <= 4; t++) {
      const y = H - B - ((H - B - T) * t) / 4;
      svg.append(el("svg:line", { x1: L, x2: W - 10, y1: y, y2: y, stroke: "#eee" }));
      svg.append(el("svg:text", { x: L - 4, y: y + 4, "text-anchor": "end", "font-size": 10 }, String(Math.round((max * t) / 4))));
    }
    bins.forEach((bin, i) => {
      let y = H - B;
      const per = counts.get(bin);
      const total = [...per.values()].reduce((a, b) => a + b, 0);
      for (const k of keys) {
        const n = per.get(k) || 0;
        if (!n) continue;
        const h = ((H - B - T) * n) / max;
        y -= h;
        const bar = el("svg:rect", { x: L + i * bw + 1, y, width: Math.max(1, bw - 2), height: h,
          fill: colour(k), class: "bar", "data-bin": bin });
        bar.append(el("svg:title", {}, `${bin} (${unit}): ${n} ${label(k)}, ${total} in all`));
        bar.addEventListener("click", () => {
          const [from, to] = binRange(bin);
          setFilters({ from, to });
        });
        svg.append(bar);
      }
      const every = Math.ceil(bins.length / 12);
      if (i % every === 0) {
        svg.append(el("svg:text", { x: L + i * bw + bw / 2, y: H - B + 14, "text-anchor": "middle", "font-size": 10 }, bin));
      }
    });
    let lx = L;
    for (const k of keys) {
      if (![...counts.values()].some((m) => m.get(k))) continue;
      svg.append(el("svg:rect", { x: lx, y: H + 6, width: 10, height: 10, fill: colour(k) }));
      const text = el("svg:text", { x: lx + 14, y: H + 15, "font-size": 11 }, label(k));
      svg.append(text);
      lx += 22 + 6.5 * label(k).length;
    }
    box.append(svg);
    document.getElementById("timeline-note").textContent =
      `Events per ${unit}, ${bins.length} ${unit}s; click a bar to list its events.` +
      (undated ? ` ${undated} events with no full date are not drawn.` : "");
  }

  // -- dyads: network and table ----------------------------------------------------------------
  function dyadStats() {
    const dyads = new Map(), degree = new Map();
    for (const e of E) {
      if (e[TARGET] < 0 || !matches(e, false)) continue;
      const key = e[ACTOR] + ">" + e[TARGET];
      let d = dyads.get(key);
      if (!d) { d = { a: e[ACTOR], t: e[TARGET], n: 0, coop: 0, conf: 0, g: 0, trend: new Map() }; dyads.set(key, d); }
      d.n++; d.g += e[GOLD];
      const sign = e[QUAD] <= 2 ? 1 : -1;
      if (sign > 0) d.coop++; else d.conf++;
      if (e[DATE].length >= 10) {
        const b = binOf(e[DATE].slice(0, 10));
        d.trend.set(b, (d.trend.get(b) || 0) + sign);
      }
      degree.set(e[ACTOR], (degree.get(e[ACTOR]) || 0) + 1);
      degree.set(e[TARGET], (degree.get(e[TARGET]) || 0) + 1);
    }
    return { dyads: [...dyads.values()], degree };
  }
  function goldColour(g) { // -10 red, 0 grey, +10 green
    const t = Math.max(-1, Math.min(1, g / 10));
    const mix = (a, b) => Math.round(a + (b - a) * Math.abs(t));
    return t < 0 ? `rgb(${mix(150, 200)},${mix(150, 30)},${mix(150, 40)})`
      : `rgb(${mix(150, 30)},${mix(150, 140)},${mix(150, 50)})`;
  }
  function network(stats) {
    const box = document.getElementById("network");
    box.textContent = "";
    const nodes = [...stats.degree.entries()].sort((a, b) => b[1] - a[1]).slice(0, NODES).map(([i]) => i);
    const W = 1100, H = 520, R = 210, cx = W / 2, cy = H / 2;
    // Around an ellipse, the busiest actors spread apart (golden-ratio steps), not side by side.
    const angle = (i) => 2 * Math.PI * ((i * 0.6180339887) % 1);
    const pos = new Map(nodes.map((n, i) => [n, [cx + R * 1.9 * Math.cos(angle(i)),
      cy + R * Math.sin(angle(i))]]));
    const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, "data-chart": "network" });
    svg.append(el("svg:rect", { x: 0, y: 0, width: W, height: H, fill: "#fff" }));
    const defs = el("svg:defs");
    for (const [id, colour] of [["neg", goldColour(-8)], ["zero", goldColour(0)], ["pos", goldColour(8)]]) {
      const m = el("svg:marker", { id: "arrow-" + id, viewBox: "0 0 10 10", refX: 22, refY: 5,
        markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" });
      m.append(el("svg:path", { d: "M0,0L10,5L0,10z", fill: colour }));
      defs.append(m);
    }
    svg.append(defs);
    let shown = 0;
    const maxN = Math.max(1, ...stats.dyads.map((d) => d.n));
    for (const d of stats.dyads) {
      if (!pos.has(d.a) || !pos.has(d.t) || d.a === d.t) continue;
      shown++;
      const [x1, y1] = pos.get(d.a), [x2, y2] = pos.get(d.t);
      const mean = d.g / d.n;
      const bend = 0.12; // a curve, so A->B and B->A stay apart
      const mx = (x1 + x2) / 2 + bend * (y2 - y1), my = (y1 + y2) / 2 - bend * (x2 - x1);
      const path = el("svg:path", { d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, fill: "none",
        stroke: goldColour(mean), "stroke-width": 1 + 5 * Math.sqrt(d.n / maxN), opacity: 0.8,
        "marker-end": `url(#arrow-${mean < -0.5 ? "neg" : mean > 0.5 ? "pos" : "zero"})` });
      path.append(el("svg:title", {}, `${code(d.a)} -> ${code(d.t)}: ${d.n} events, mean Goldstein ${mean.toFixed(1)}`));
      svg.append(path);
    }
    for (const n of nodes) {
      const [x, y] = pos.get(n);
      const g = el("svg:g", { class: "node", "data-code": code(n) });
      g.append(el("svg:circle", { cx: x, cy: y, r: 6 + 10 * Math.sqrt(stats.degree.get(n) / Math.max(...stats.degree.values())), fill: "#f4f4f4", stroke: "#555" }));
      g.append(el("svg:text", { x, y: y - 14, "text-anchor": "middle", "font-size": 11 }, code(n)));
      g.append(el("svg:title", {}, `${code(n)}: ${stats.degree.get(n)} events as actor or target; click to list them`));
      g.addEventListener("click", () => setFilters({ actor: code(n) }));
      svg.append(g);
    }
    box.append(svg);
    const left = stats.degree.size - nodes.length;
    document.getElementById("network-note").textContent =
      `${nodes.length} most active actors and ${shown} dyads among them` +
      (left > 0 ? `; ${left} less active actors are left out of the drawing (the table and list keep them).` : ".") +
      " Edge width: events; colour: mean Goldstein score (red hostile, green cooperative); arrows: direction.";
  }
  function sparkline(trend) {
    const values = bins.map((b) => trend.get(b) || 0);
    const W = 120, H = 22, lo = Math.min(0, ...values), hi = Math.max(0, ...values), span = hi - lo || 1;
    const svg = el("svg:svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}` });
    const x = (i) => (values.length > 1 ? (i * (W - 2)) / (values.length - 1) + 1 : W / 2);
    const y = (v) => H - 2 - ((v - lo) * (H - 4)) / span;
    svg.append(el("svg:line", { x1: 0, x2: W, y1: y(0), y2: y(0), stroke: "#ccc" }));
    svg.append(el("svg:polyline", { points: values.map((v, i) => `${x(i)},${y(v)}`).join(" "), fill: "none", stroke: "#333" }));
    return svg;
  }
  function dyadTable(stats) {
    const table = document.getElementById("dyads");
    table.textContent = "";
    const cols = [["a", "Actor"], ["t", "Target"], ["n", "Events"], ["coop", "Cooperation"],
      ["conf", "Conflict"], ["mean", "Mean Goldstein"], ["trend", "Balance over time"]];
    const rows = stats.dyads.map((d) => ({ ...d, mean: d.g / d.n }));
    const { key, desc } = state.sort;
    const value = (r) => (key === "a" || key === "t" ? code(r[key]) : r[key]);
    rows.sort((p, q) => (value(p) < value(q) ? -1 : value(p) > value(q) ? 1 : 0) * (desc ? -1 : 1));
    const head = el("tr");
    for (const [k, name] of cols) {
      const th = el("th", { "data-key": k }, name + (k === key ? (desc ? " \u25BE" : " \u25B4") : ""));
      if (k !== "trend") th.addEventListener("click", () => {
        state.sort = { key: k, desc: k === key ? !desc : k !== "a" && k !== "t" };
        dyadTable(stats);
      });
      head.append(th);
    }
    table.appendChild(el("thead")).append(head);
    const body = el("tbody");
    for (const r of rows.slice(0, DYADS)) {
      const tr = el("tr", { title: "click to list these events" });
      tr.append(el("td", {}, code(r.a)), el("td", {}, code(r.t)), el("td", { class: "num" }, r.n),
        el("td", { class: "num" }, r.coop), el("td", { class: "num" }, r.conf),
        el("td", { class: "num" }, r.mean.toFixed(1)));
      const spark = el("td");
      spark.append(sparkline(r.trend));
      tr.append(spark);
      tr.addEventListener("click", () => setFilters({ actor: code(r.a), target: code(r.t) }));
      body.append(tr);
    }
    table.append(body);
    if (rows.length > DYADS) {
      const tr = el("tr");
      tr.append(el("td", { colspan: 7, class: "note" }, `${rows.length - DYADS} more dyads; filter the list to see them.`));
      body.append(tr);
    }
  }

  // -- event list ------------------------------------------------------------------------------
  function marked(text, spans) { // spans: [start, end, class, label], non-overlapping kept
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e, cls, label] of spans.filter((x) => x[0] >= 0).sort((p, q) => p[0] - q[0])) {
      if (s < at) continue;
      frag.append(text.slice(at, s));
      const m = el("mark", { class: cls }, text.slice(s, e));
      if (label) m.append(el("sup", {}, label));
      frag.append(m);
      at = e;
    }
    frag.append(text.slice(at));
    return frag;
  }
  function eventSpans(e, shift, label) {
    return [[e[AS] + shift, e[AE] + shift, "actor"], [e[VS] + shift, e[VE] + shift, "action", label],
      [e[TS] + (e[TS] >= 0 ? shift : 0), e[TE] + shift, "target"]];
  }
  function list() {
    const chosen = [];
    E.forEach((e, i) => { if (matches(e, false)) chosen.push(i); });
    const pages = Math.max(1, Math.ceil(chosen.length / PAGE));
    state.page = Math.min(state.page, pages - 1);
    document.getElementById("count").textContent =
      `${chosen.length} of ${E.length} events` + (pages > 1 ? `, page ${state.page + 1} of ${pages}` : "");
    const table = document.getElementById("events");
    table.textContent = "";
    const head = el("tr");
    for (const name of ["#", "Date", "Actor", "Type", "Target", "CAMEO", "Modality", "Sentence", "Document"]) head.append(el("th", {}, name));
    table.appendChild(el("thead")).append(head);
    const body = el("tbody");
    for (const i of chosen.slice(state.page * PAGE, (state.page + 1) * PAGE)) {
      const e = E[i];
      const tr = el("tr", { "data-event": i });
      const sentence = el("td", { class: "sentence" });
      sentence.append(marked(sentenceText(e), eventSpans(e, 0)));
      const doc = el("td");
      const link = el("a", { href: "#document-section", "data-doc": e[DOC] }, D.docs[e[DOC]]);
      link.addEventListener("click", () => showDocument(e[DOC]));
      doc.append(link);
      tr.append(el("td", { class: "num" }, i + 1), el("td", {}, e[DATE]),
        el("td", { class: "actor" }, code(e[ACTOR])), el("td", { class: "type" }, D.types[e[TYPE]]),
        el("td", { class: "target" }, code(e[TARGET])), el("td", {}, e[CAMEO]),
        el("td", { class: e[NEG] ? "neg" : "" }, (e[NEG] ? "negated, " : "") + e[MODAL]), sentence, doc);
      body.append(tr);
    }
    table.append(body);
    const pager = document.getElementById("pager");
    pager.textContent = "";
    if (pages > 1) {
      const prev = el("button", { type: "button" }, "\u2190 previous");
      const next = el("button", { type: "button" }, "next \u2192");
      prev.disabled = state.page === 0;
      next.disabled = state.page >= pages - 1;
      prev.addEventListener("click", () => { state.page--; list(); });
      next.addEventListener("click", () => { state.page++; list(); });
      pager.append(prev, next);
    }
  }

  // -- document view ---------------------------------------------------------------------------
  function showDocument(d) {
    const box = document.getElementById("document");
    box.textContent = "";
    document.getElementById("doc-title").textContent = D.docs[d];
    const numbered = [];
    E.forEach((e, i) => { if (e[DOC] === d) numbered.push(i); });
    const full = D.texts[String(d)];
    const sentences = D.sentences.map((s, i) => [i, ...s]).filter((s) => s[1] === d).sort((p, q) => p[2] - q[2]);
    const spansOf = (sent, shift) => numbered.filter((i) => E[i][SENT] === sent)
      .flatMap((i) => eventSpans(E[i], shift, String(i + 1)));
    if (full !== undefined) {
      box.append(marked(full, sentences.flatMap(([i, , start]) => spansOf(i, start))));
      document.getElementById("doc-note").textContent = `The whole text; ${numbered.length} events, numbered as in the list.`;
    } else {
      sentences.forEach(([i, , , text], n) => {
        if (n) box.append(el("span", { class: "gap" }, " \u2026 "));
        box.append(marked(text, spansOf(i, 0)));
      });
      document.getElementById("doc-note").textContent =
        `The sentences of its ${numbered.length} events (the records hold no other text); \u2026 marks text left out.`;
    }
  }

  // -- controls --------------------------------------------------------------------------------
  const form = document.getElementById("filters");
  function setFilters(values) {
    Object.assign(state, values, { page: 0 });
    for (const [k, v] of Object.entries(values)) if (form.elements[k]) form.elements[k].value = v;
    refresh();
    document.getElementById("events-section").scrollIntoView();
  }
  function refresh() {
    timeline();
    const stats = dyadStats();
    network(stats);
    dyadTable(stats);
    list();
  }
  function controls() {
    D.types.forEach((t) => form.elements.type.append(el("option", { value: t }, t)));
    Object.entries(QUADS).forEach(([k, v]) => form.elements.quad.append(el("option", { value: k }, v)));
    D.docs.forEach((d, i) => form.elements.doc.append(el("option", { value: i }, d)));
    const codes = document.getElementById("codes");
    D.codes.forEach((c) => codes.append(el("option", { value: c })));
    form.addEventListener("input", () => {
      for (const k of ["actor", "target", "type", "quad", "from", "to", "doc", "text"]) state[k] = form.elements[k].value.trim();
      state.page = 0;
      refresh();
    });
    form.addEventListener("reset", () => setTimeout(() => form.dispatchEvent(new Event("input")), 0));
    document.getElementById("stack").addEventListener("change", (ev) => { state.stack = ev.target.value; timeline(); });
    document.querySelectorAll("[data-save]").forEach((b) => b.addEventListener("click", () => save(b.dataset.save, b.dataset.as)));
  }
  function save(chart, as) {
    const svg = document.querySelector(`svg[data-chart="${chart}"]`);
    svg.setAttribute("xmlns", SVGNS);
    const text = new XMLSerializer().serializeToString(svg);
    const download = (url, name) => { const a = el("a", { href: url, download: name }); document.body.append(a); a.click(); a.remove(); };
    if (as === "svg") { download(URL.createObjectURL(new Blob([text], { type: "image/svg+xml" })), `${chart}.svg`); return; }
    const img = new Image();
    img.onload = () => {
      const canvas = el("canvas", { width: svg.viewBox.baseVal.width * 2, height: svg.viewBox.baseVal.height * 2 });
      const ctx = canvas.getContext("2d");
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0);
      canvas.toBlob((blob) => download(URL.createObjectURL(blob), `${chart}.png`));
    };
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
  }

  provenance();
  controls();
  refresh();
  window.reportReady = { ms: performance.now(), events: E.length };
})();
