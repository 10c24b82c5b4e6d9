/*
 * The graph explorer's pure logic: view state to and from the URL, merging neighbourhoods into the
 * drawn graph, which events lie behind an edge, path elements, and the positions chart (an SVG
 * string). No DOM and no network here, so the unit tests (test/unit/explore-*.test.ts) load it in Node.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.ExploreModel = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  /** The relation vocabulary of events (DESIGN.md), as the API's Relation enum. */
  var EVENT_RELATIONS = [
    'MET_WITH', 'VISITED', 'DISCUSSED', 'AGREED', 'SUPPORTED', 'COOPERATED', 'PROVIDED_AID', 'CONCEDED',
    'RETREATED', 'ACCUSED', 'CRITICIZED', 'CALLED_FOR', 'REJECTED', 'WARNED', 'EXPRESSED_CONCERN',
    'PROTESTED', 'MOBILIZED', 'SANCTIONED', 'COERCED', 'ATTACKED',
  ];
  /** Structural relations from reference knowledge (the rest of the API's EdgeType enum). */
  var STRUCTURAL_RELATIONS = ['LEADER_OF', 'MEMBER_OF', 'PARTY_TO', 'PART_OF', 'NEGOTIATED_IN', 'LOCATED_IN', 'IN_PROCESS'];
  var EDGE_TYPES = EVENT_RELATIONS.concat(STRUCTURAL_RELATIONS);
  /** Relations whose sources join pairwise when there is no target ("both leaders held talks"). */
  var SYMMETRIC = ['MET_WITH', 'DISCUSSED', 'COOPERATED'];

  var FAMILIES = {
    consult: ['MET_WITH', 'VISITED', 'DISCUSSED'],
    cooperative: ['AGREED', 'SUPPORTED', 'COOPERATED', 'PROVIDED_AID', 'CONCEDED', 'RETREATED', 'CALLED_FOR'],
    hostile: ['ACCUSED', 'CRITICIZED', 'REJECTED', 'WARNED', 'EXPRESSED_CONCERN', 'PROTESTED', 'MOBILIZED', 'SANCTIONED', 'COERCED', 'ATTACKED'],
  };

  /** Colours and shapes by entity kind (cytoscape shape names); the legend shows the same. */
  var KIND_STYLES = {
    Person: { shape: 'ellipse', color: '#2b6cb0', label: 'Person' },
    State: { shape: 'round-rectangle', color: '#2f855a', label: 'State' },
    Organization: { shape: 'hexagon', color: '#6b46c1', label: 'Organisation' },
    Group: { shape: 'diamond', color: '#c05621', label: 'Group' },
    Format: { shape: 'octagon', color: '#0f7b8a', label: 'Format' },
    Agreement: { shape: 'rectangle', color: '#8a6d1f', label: 'Agreement' },
    Place: { shape: 'triangle', color: '#7a7f2a', label: 'Place' },
    Topic: { shape: 'round-tag', color: '#5a6473', label: 'Topic' },
    PeaceProcess: { shape: 'star', color: '#b83280', label: 'Peace process' },
  };
  var ACTOR_KINDS = ['Person', 'State', 'Organization', 'Group'];

  var DATE = /^\d{4}-\d{2}-\d{2}$/;
  var MAX_ID = 200;
  var MAX_EXPANDED = 30;

  function relationFamily(type) {
    if (FAMILIES.consult.indexOf(type) >= 0) return 'consult';
    if (FAMILIES.cooperative.indexOf(type) >= 0) return 'cooperative';
    if (FAMILIES.hostile.indexOf(type) >= 0) return 'hostile';
    return 'structural';
  }

  function isEventRelation(type) {
    return EVENT_RELATIONS.indexOf(type) >= 0;
  }

  function edgeId(source, type, target) {
    return source + '|' + type + '|' + target;
  }

  function parseEdgeId(id) {
    var parts = String(id).split('|');
    if (parts.length !== 3 || EDGE_TYPES.indexOf(parts[1]) < 0 || !parts[0] || !parts[2]) return null;
    return { source: parts[0], type: parts[1], target: parts[2] };
  }

  /** "EXPRESSED_CONCERN" reads "expressed concern". */
  function relationLabel(type) {
    return String(type).toLowerCase().replace(/_/g, ' ');
  }

  /** Edge width in pixels: grows with the number of events, slowly (1 event: 2 px, 10: about 7 px). */
  function edgeWidth(count) {
    var n = Math.max(1, Number(count) || 1);
    return Math.round((2 + 1.5 * Math.log2(n)) * 10) / 10;
  }

  // ---- view state <-> URL ------------------------------------------------------------------------

  function emptyState() {
    return { id: null, relations: null, from: null, to: null, expanded: [], edge: null, pathFrom: null, pathTo: null };
  }

  function cleanId(value) {
    if (typeof value !== 'string') return null;
    var v = value.trim();
    return v && v.length <= MAX_ID && !/[\s|]/.test(v) ? v : null;
  }

  function cleanDate(value) {
    return typeof value === 'string' && DATE.test(value) ? value : null;
  }

  /** Readable URL values: ids keep their colons, lists their commas. */
  function enc(value) {
    return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%7C/gi, '|');
  }

  /**
   * The query string of a view: id (the entity opened), rel (edge types shown, when not all), from
   * and to (dates), x (nodes expanded), edge (the selected edge), pf and pt (path endpoints).
   */
  function encodeState(state) {
    var parts = [];
    if (state.id) parts.push('id=' + enc(state.id));
    if (state.relations && state.relations.length < EDGE_TYPES.length) parts.push('rel=' + enc(state.relations.join(',')));
    if (state.from) parts.push('from=' + enc(state.from));
    if (state.to) parts.push('to=' + enc(state.to));
    var expanded = (state.expanded || []).filter(function (x) { return x !== state.id; });
    if (expanded.length) parts.push('x=' + enc(expanded.join(',')));
    if (state.edge) parts.push('edge=' + enc(state.edge));
    if (state.pathFrom) parts.push('pf=' + enc(state.pathFrom));
    if (state.pathTo) parts.push('pt=' + enc(state.pathTo));
    return parts.length ? '?' + parts.join('&') : '';
  }

  /** The view of a query string; anything malformed is dropped, never trusted. */
  function decodeState(search) {
    var state = emptyState();
    var query = String(search || '').replace(/^[?#]/, '');
    if (!query) return state;
    var params = {};
    query.split('&').forEach(function (pair) {
      if (!pair) return;
      var i = pair.indexOf('=');
      var key = i < 0 ? pair : pair.slice(0, i);
      var raw = i < 0 ? '' : pair.slice(i + 1);
      try {
        params[key] = decodeURIComponent(raw.replace(/\+/g, ' '));
      } catch (e) {
        /* a malformed escape: leave the parameter out */
      }
    });
    state.id = cleanId(params.id);
    if (typeof params.rel === 'string') {
      var seen = {};
      state.relations = params.rel.split(',').filter(function (t) {
        if (EDGE_TYPES.indexOf(t) < 0 || seen[t]) return false;
        seen[t] = true;
        return true;
      });
    }
    state.from = cleanDate(params.from);
    state.to = cleanDate(params.to);
    if (state.from && state.to && state.from > state.to) state.to = null;
    if (typeof params.x === 'string') {
      var unique = {};
      state.expanded = params.x.split(',').map(cleanId).filter(function (x) {
        if (!x || x === state.id || unique[x]) return false;
        unique[x] = true;
        return true;
      }).slice(0, MAX_EXPANDED);
    }
    state.edge = params.edge && parseEdgeId(params.edge) ? params.edge : null;
    state.pathFrom = cleanId(params.pf);
    state.pathTo = cleanId(params.pt);
    return state;
  }

  // ---- the drawn graph ---------------------------------------------------------------------------

  function emptyGraph() {
    return { nodes: {}, edges: {} };
  }

  /**
   * Merges a neighbourhood (the API's nodes and edges) into a graph, without changing the graph
   * given: a node keeps its smallest distance from any centre, an edge its latest count. Returns the
   * new graph and what was added.
   */
  function mergeNeighbourhood(graph, neighbourhood) {
    var next = { nodes: Object.assign({}, graph.nodes), edges: Object.assign({}, graph.edges) };
    var addedNodes = [];
    var addedEdges = [];
    (neighbourhood.nodes || []).forEach(function (n) {
      var e = n.entity;
      var old = next.nodes[e.id];
      if (!old) addedNodes.push(e.id);
      next.nodes[e.id] = {
        id: e.id,
        name: e.name,
        kind: e.kind,
        distance: old ? Math.min(old.distance, n.distance) : n.distance,
      };
    });
    (neighbourhood.edges || []).forEach(function (edge) {
      if (!next.nodes[edge.source] || !next.nodes[edge.target]) return;
      var id = edgeId(edge.source, edge.type, edge.target);
      if (!next.edges[id]) addedEdges.push(id);
      next.edges[id] = {
        id: id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        count: edge.count,
        first: edge.first || null,
        last: edge.last || null,
      };
    });
    return { graph: next, addedNodes: addedNodes, addedEdges: addedEdges };
  }

  /** The nodes and edges of one path of the API, keyed as the graph keys them. */
  function pathElements(path) {
    var nodes = path.nodes.map(function (n) { return { id: n.id, name: n.name, kind: n.kind }; });
    var edges = path.hops.map(function (hop, i) {
      var a = path.nodes[i].id;
      var b = path.nodes[i + 1].id;
      var source = hop.forward ? a : b;
      var target = hop.forward ? b : a;
      return { id: edgeId(source, hop.relation, target), source: source, target: target, type: hop.relation, count: 1, first: hop.date || null, last: hop.date || null };
    });
    return { nodes: nodes, edges: edges };
  }

  /** Adds a path's nodes and edges to a graph (those already drawn keep their counts). */
  function mergePath(graph, path) {
    var elements = pathElements(path);
    var next = { nodes: Object.assign({}, graph.nodes), edges: Object.assign({}, graph.edges) };
    elements.nodes.forEach(function (n) {
      if (!next.nodes[n.id]) next.nodes[n.id] = { id: n.id, name: n.name, kind: n.kind, distance: 9 };
    });
    elements.edges.forEach(function (e) {
      if (!next.edges[e.id]) next.edges[e.id] = e;
    });
    return { graph: next, nodeIds: elements.nodes.map(function (n) { return n.id; }), edgeIds: elements.edges.map(function (e) { return e.id; }) };
  }

  function ids(list) {
    return (list || []).map(function (x) { return x.id; });
  }

  /**
   * Whether an event is projected onto the edge source -[type]-> target, by the writer's rule
   * (src/ingest/plan.ts projectEdges): each source to each target and each thing it is about, and
   * for a symmetric relation without targets, the sources pairwise.
   */
  function eventOnEdge(event, edge) {
    if (event.relation !== edge.type) return false;
    var by = ids(event.by);
    if (by.indexOf(edge.source) < 0) return false;
    var toward = ids(event.toward);
    if (toward.indexOf(edge.target) >= 0 || ids(event.about).indexOf(edge.target) >= 0) return true;
    return SYMMETRIC.indexOf(event.relation) >= 0 && toward.length === 0 && by.indexOf(edge.target) >= 0;
  }

  /** The API filter that finds the events of an edge (a superset; eventOnEdge keeps the exact ones). */
  function edgeEventFilter(edge, state) {
    var filter = { actor: edge.source, actorRole: 'SOURCE', involving: edge.target, relations: [edge.type] };
    if (state && state.from) filter.from = state.from;
    if (state && state.to) filter.to = state.to;
    return filter;
  }

  // ---- the positions chart -----------------------------------------------------------------------

  function escapeHtml(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  var STANCE_COLORS = { FOR: '#2f855a', AGAINST: '#c53030', MIXED: '#b7791f' };

  /** Months from the first to the last period, every month between included ("undated" last). */
  function monthAxis(periods) {
    var dated = periods.filter(function (p) { return /^\d{4}-\d{2}$/.test(p); }).sort();
    var months = [];
    if (dated.length) {
      var y = Number(dated[0].slice(0, 4));
      var m = Number(dated[0].slice(5, 7));
      var last = dated[dated.length - 1];
      for (var guard = 0; guard < 240; guard++) {
        var key = y + '-' + (m < 10 ? '0' : '') + m;
        months.push(key);
        if (key >= last) break;
        m += 1;
        if (m > 12) { m = 1; y += 1; }
      }
    }
    if (periods.indexOf('undated') >= 0) months.push('undated');
    return months;
  }

  /**
   * The layout of the chart: one row per object (topic, agreement ...), one column per month; each
   * cell a dot coloured by the month's stance and sized by its number of events.
   */
  function positionsChart(positions, options) {
    var maxRows = (options && options.maxRows) || 12;
    var rows = positions.slice(0, maxRows);
    var periods = [];
    rows.forEach(function (p) {
      (p.timeline || []).forEach(function (t) { if (periods.indexOf(t.period) < 0) periods.push(t.period); });
    });
    var months = monthAxis(periods);
    var maxCount = 1;
    rows.forEach(function (p) {
      (p.timeline || []).forEach(function (t) { maxCount = Math.max(maxCount, t.supporting + t.opposing); });
    });
    return {
      months: months,
      hidden: Math.max(0, positions.length - rows.length),
      rows: rows.map(function (p) {
        return {
          id: p.object.id,
          name: p.object.name,
          stance: p.stance,
          supporting: p.supporting,
          opposing: p.opposing,
          cells: (p.timeline || []).map(function (t) {
            var n = t.supporting + t.opposing;
            return { period: t.period, column: months.indexOf(t.period), stance: t.stance, supporting: t.supporting, opposing: t.opposing, radius: 3 + 5 * Math.sqrt(n / maxCount) };
          }),
        };
      }),
    };
  }

  function shortMonth(period) {
    if (period === 'undated') return 'n.d.';
    var names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return names[Number(period.slice(5, 7)) - 1] + ' ' + period.slice(2, 4);
  }

  function truncate(text, n) {
    return text.length > n ? text.slice(0, n - 1) + '\u2026' : text;
  }

  /** The chart as an inline SVG string (every text escaped), with a title per dot for hover and screen readers. */
  function positionsSvg(positions, options) {
    var actorName = (options && options.actorName) || 'the actor';
    var chart = positionsChart(positions, options);
    var labelW = 132;
    var available = ((options && options.width) || 340) - labelW - 104;
    var colW = Math.max(28, Math.min(56, Math.floor(available / Math.max(1, chart.months.length))));
    var rowH = 22;
    var top = 20;
    var width = labelW + colW * chart.months.length + 104;
    var height = top + rowH * chart.rows.length + 6;
    var out = [];
    var summary = chart.rows.map(function (r) { return r.name + ': ' + r.stance.toLowerCase(); }).join('; ');
    out.push('<svg xmlns="http://www.w3.org/2000/svg" class="positions-chart" width="' + width + '" height="' + height +
      '" viewBox="0 0 ' + width + ' ' + height + '" role="img" aria-label="' + escapeHtml('Positions of ' + actorName + ' by month: ' + summary) + '">');
    chart.months.forEach(function (month, i) {
      var x = labelW + colW * i + colW / 2;
      out.push('<text class="axis" x="' + x + '" y="12" text-anchor="middle">' + escapeHtml(shortMonth(month)) + '</text>');
    });
    chart.rows.forEach(function (row, r) {
      var y = top + rowH * r + rowH / 2;
      out.push('<g class="row">');
      out.push('<line class="lane" x1="' + labelW + '" x2="' + (labelW + colW * chart.months.length) + '" y1="' + y + '" y2="' + y + '"/>');
      out.push('<text class="name" x="' + (labelW - 6) + '" y="' + (y + 4) + '" text-anchor="end"><title>' + escapeHtml(row.name) + '</title>' + escapeHtml(truncate(row.name, 21)) + '</text>');
      row.cells.forEach(function (cell) {
        if (cell.column < 0) return;
        var cx = labelW + colW * cell.column + colW / 2;
        out.push('<circle cx="' + cx + '" cy="' + y + '" r="' + cell.radius.toFixed(1) + '" fill="' + STANCE_COLORS[cell.stance] + '"><title>' +
          escapeHtml(row.name + ', ' + cell.period + ': ' + cell.stance.toLowerCase() + ' (' + cell.supporting + ' for, ' + cell.opposing + ' against)') + '</title></circle>');
      });
      out.push('<text class="count" x="' + (labelW + colW * chart.months.length + 8) + '" y="' + (y + 4) + '" fill="' + STANCE_COLORS[row.stance] + '"><title>' +
        escapeHtml(row.name + ': ' + row.stance.toLowerCase() + ' overall') + '</title>' + row.supporting + ' for, ' + row.opposing + ' against</text>');
      out.push('</g>');
    });
    out.push('</svg>');
    return out.join('');
  }

  return {
    EVENT_RELATIONS: EVENT_RELATIONS,
    STRUCTURAL_RELATIONS: STRUCTURAL_RELATIONS,
    EDGE_TYPES: EDGE_TYPES,
    KIND_STYLES: KIND_STYLES,
    ACTOR_KINDS: ACTOR_KINDS,
    STANCE_COLORS: STANCE_COLORS,
    relationFamily: relationFamily,
    isEventRelation: isEventRelation,
    relationLabel: relationLabel,
    edgeId: edgeId,
    parseEdgeId: parseEdgeId,
    edgeWidth: edgeWidth,
    emptyState: emptyState,
    encodeState: encodeState,
    decodeState: decodeState,
    emptyGraph: emptyGraph,
    mergeNeighbourhood: mergeNeighbourhood,
    pathElements: pathElements,
    mergePath: mergePath,
    eventOnEdge: eventOnEdge,
    edgeEventFilter: edgeEventFilter,
    monthAxis: monthAxis,
    positionsChart: positionsChart,
    positionsSvg: positionsSvg,
    escapeHtml: escapeHtml,
  };
});
