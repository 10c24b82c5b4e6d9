/*
 * The graph explorer: the view state (kept in the URL), the cytoscape graph, and the wiring of the
 * search box, filters, path finder and details panel. Data comes only from POST /graphql (api.js).
 */
(function () {
  'use strict';
  const M = window.ExploreModel;
  const api = window.ExploreApi;
  const panel = window.ExplorePanel;
  const $ = (id) => document.getElementById(id);

  /** Nodes drawn per neighbourhood: enough to see who matters, few enough to read. */
  const MAX_NODES = 60;
  const FAMILY_COLORS = { consult: '#3b6fb6', cooperative: '#2f855a', hostile: '#c53030', structural: '#8a94a6' };

  let view = M.emptyState();
  let graph = M.emptyGraph();
  let paths = [];
  let chosenPath = 0;
  let selectedNode = null;
  let busy = 0;
  let generation = 0;
  const positionsCache = new Map();

  // ---- status and busy state -------------------------------------------------------------------

  function setStatus(text, error) {
    const status = $('status');
    status.textContent = text || '';
    status.classList.toggle('error', Boolean(error));
  }

  async function work(label, task) {
    busy++;
    document.body.dataset.busy = 'true';
    if (label) setStatus(label);
    try {
      const result = await task();
      if (label && $('status').textContent === label) setStatus('');
      return result;
    } catch (error) {
      setStatus(error && error.message ? error.message : String(error), true);
      return undefined;
    } finally {
      busy--;
      if (!busy) delete document.body.dataset.busy;
    }
  }

  // ---- the graph -------------------------------------------------------------------------------

  const cy = window.cytoscape({
    container: $('graph'),
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          shape: 'data(shape)',
          label: 'data(name)',
          width: 24,
          height: 24,
          'border-width': 2,
          'border-color': '#ffffff',
          'font-size': 11,
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          color: '#1a202c',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '110px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '2px',
          'text-background-shape': 'roundrectangle',
        },
      },
      { selector: 'node.expanded', style: { 'border-color': '#1a202c', 'border-width': 2 } },
      { selector: 'node.center', style: { width: 40, height: 40, 'border-color': '#1a202c', 'border-width': 3, 'font-size': 13, 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'overlay-color': '#f6ad55', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.9,
          'curve-style': 'bezier',
          'control-point-step-size': 36,
          label: 'data(label)',
          'font-size': 9,
          'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
          color: '#2d3748',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '1px',
          opacity: 0.9,
        },
      },
      { selector: 'edge.structural', style: { 'line-style': 'dashed', 'target-arrow-shape': 'vee' } },
      { selector: 'edge:selected', style: { 'overlay-color': '#f6ad55', 'overlay-opacity': 0.45, 'overlay-padding': 5, 'z-index': 20, 'font-weight': 'bold', 'font-size': 11 } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: 'edge.path', style: { 'line-color': '#d69e2e', 'target-arrow-color': '#d69e2e', width: 7, 'z-index': 15, opacity: 1 } },
      { selector: 'node.path', style: { 'border-color': '#d69e2e', 'border-width': 5 } },
    ],
  });

  function nodeData(node) {
    const style = M.KIND_STYLES[node.kind] || { shape: 'ellipse', color: '#718096' };
    return { id: node.id, name: node.name, kind: node.kind, shape: style.shape, color: style.color };
  }

  function edgeData(edge) {
    const family = M.relationFamily(edge.type);
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      count: edge.count,
      width: M.edgeWidth(edge.count),
      color: FAMILY_COLORS[family],
      label: M.relationLabel(edge.type) + (edge.count > 1 ? ` \u00d7${edge.count}` : ''),
    };
  }

  /** Makes the drawn graph what `graph` says, then lays out what is new. */
  function draw(options) {
    const wanted = new Set([...Object.keys(graph.nodes), ...Object.keys(graph.edges)]);
    cy.elements().filter((el) => !wanted.has(el.id())).remove();
    const added = [];
    cy.batch(() => {
      for (const node of Object.values(graph.nodes)) {
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) existing.data(nodeData(node));
        else added.push(cy.add({ group: 'nodes', data: nodeData(node), position: around(node) }));
      }
      for (const edge of Object.values(graph.edges)) {
        const existing = cy.getElementById(edge.id);
        if (existing.nonempty()) existing.data(edgeData(edge));
        else added.push(cy.add({ group: 'edges', data: edgeData(edge), classes: M.isEventRelation(edge.type) ? '' : 'structural' }));
      }
      cy.nodes().removeClass('center expanded');
      if (view.id) cy.getElementById(view.id).addClass('center');
      for (const id of view.expanded) cy.getElementById(id).addClass('expanded');
    });
    $('empty').hidden = cy.nodes().nonempty();
    if (added.length || (options && options.layout)) layout(options && options.fresh);
  }

  /** A new node starts beside a drawn neighbour, so the layout moves little. */
  function around(node) {
    const neighbour = Object.values(graph.edges)
      .map((e) => (e.source === node.id ? e.target : e.target === node.id ? e.source : null))
      .map((id) => id && cy.getElementById(id))
      .find((el) => el && el.nonempty());
    const base = neighbour ? neighbour.position() : { x: 0, y: 0 };
    const angle = Math.random() * 2 * Math.PI;
    return { x: base.x + 90 * Math.cos(angle), y: base.y + 90 * Math.sin(angle) };
  }

  function layout(fresh) {
    const single = view.expanded.length === 0 && paths.length === 0;
    const options = single
      ? {
          name: 'concentric',
          concentric: (n) => (n.id() === view.id ? 10 : 10 - Math.min(9, (graph.nodes[n.id()] || { distance: 9 }).distance)),
          levelWidth: () => 1,
          minNodeSpacing: 48,
          spacingFactor: 1.05,
          animate: false,
          padding: 36,
        }
      : {
          name: 'cose',
          randomize: Boolean(fresh),
          animate: false,
          nodeRepulsion: () => 400000,
          nodeOverlap: 20,
          idealEdgeLength: () => 90,
          edgeElasticity: () => 100,
          gravity: 40,
          numIter: 1500,
          padding: 36,
          componentSpacing: 80,
        };
    cy.layout(options).run();
    cy.fit(undefined, 36);
  }

  // ---- loading ---------------------------------------------------------------------------------

  function filters() {
    return { relations: view.relations, from: view.from, to: view.to };
  }

  async function neighbourhoodOf(id) {
    // The API reads an empty relation list as "all": with every relation switched off, only the node itself.
    if (view.relations && view.relations.length === 0) {
      const entity = await api.entity(id);
      return entity ? { truncated: false, center: entity, nodes: [{ distance: 0, entity }], edges: [] } : null;
    }
    return api.neighbourhood(id, filters(), MAX_NODES);
  }

  /** Rebuilds the graph from the view: the centre, every expanded node, the path. */
  async function reload() {
    const mine = ++generation;
    const ids = view.id ? [view.id, ...view.expanded] : [];
    const answers = await Promise.all(ids.map(neighbourhoodOf));
    if (mine !== generation) return false;
    if (view.id && !answers[0]) throw new Error(`No entity "${view.id}".`);
    let next = M.emptyGraph();
    let truncated = false;
    answers.forEach((answer) => {
      if (!answer) return;
      truncated = truncated || answer.truncated;
      next = M.mergeNeighbourhood(next, answer).graph;
    });
    for (const path of paths) next = M.mergePath(next, path).graph;
    graph = next;
    draw({ layout: true, fresh: true });
    if (paths.length) layoutAlongPath();
    highlightPath();
    if (truncated) setStatus(`Showing the ${MAX_NODES} most connected neighbours of each node.`);
    return true;
  }

  async function openEntity(id, options) {
    view = Object.assign({}, view, { id, expanded: [], edge: null });
    selectedNode = id;
    await work('Loading\u2026', async () => {
      if (!(await reload())) return;
      const center = graph.nodes[id];
      if (center) {
        $('search').value = center.name;
        if (!pathFrom.value()) pathFrom.set(center);
      }
      showNode(id);
      cy.$(':selected').unselect();
      saveUrl(options && options.replace ? 'replace' : 'push');
    });
  }

  async function expand(id) {
    if (!view.id || id === view.id || view.expanded.includes(id)) return;
    await work('Expanding\u2026', async () => {
      const answer = await neighbourhoodOf(id);
      if (!answer) return;
      view = Object.assign({}, view, { expanded: [...view.expanded, id] });
      graph = M.mergeNeighbourhood(graph, answer).graph;
      draw();
      highlightPath();
      if (selectedNode === id) showNode(id);
      saveUrl('replace');
    });
  }

  // ---- the details panel -----------------------------------------------------------------------

  const selection = $('selection');
  const positionsBox = $('positions');

  function showNode(id) {
    const node = graph.nodes[id];
    if (!node) return;
    selectedNode = id;
    const edges = Object.values(graph.edges).filter((e) => e.source === id || e.target === id);
    selection.innerHTML = panel.nodePanel(node, edges, graph.nodes, { isCenter: id === view.id, expanded: id === view.id || view.expanded.includes(id) });
    showPositions(M.ACTOR_KINDS.includes(node.kind) ? node : graph.nodes[view.id]);
  }

  async function showPositions(actor) {
    if (!actor || !M.ACTOR_KINDS.includes(actor.kind)) {
      positionsBox.innerHTML = '';
      return;
    }
    const key = `${actor.id}|${view.from || ''}|${view.to || ''}`;
    positionsBox.dataset.actor = actor.id;
    if (!positionsCache.has(key)) {
      positionsBox.innerHTML = `<h3>Positions of ${M.escapeHtml(actor.name)}</h3><p class="muted">Loading\u2026</p>`;
      const positions = await work(null, () => api.positions(actor.id, filters()));
      if (!positions) return;
      positionsCache.set(key, positions);
    }
    if (positionsBox.dataset.actor !== actor.id) return;
    positionsBox.innerHTML = panel.positionsPanel(actor, positionsCache.get(key));
  }

  async function selectEdge(id) {
    const parsed = M.parseEdgeId(id);
    if (!parsed) return;
    const edge = graph.edges[id] || Object.assign({ id, count: 0, first: null, last: null }, parsed);
    view = Object.assign({}, view, { edge: id });
    saveUrl('replace');
    cy.$(':selected').unselect();
    cy.getElementById(id).select();
    selection.innerHTML = panel.edgeSummary(edge, graph.nodes, M.isEventRelation(edge.type));
    if (!M.isEventRelation(edge.type)) return;
    await work('Loading the events\u2026', async () => {
      const answer = await api.edgeEvents(M.edgeEventFilter(edge, view));
      if (view.edge !== id) return;
      const events = answer.nodes.filter((event) => M.eventOnEdge(event, edge));
      selection.innerHTML = panel.edgeEvents(edge, graph.nodes, events, answer.totalCount > answer.nodes.length ? answer.totalCount : events.length);
    });
  }

  function closeEdge() {
    view = Object.assign({}, view, { edge: null });
    cy.$(':selected').unselect();
    saveUrl('replace');
    if (selectedNode) showNode(selectedNode);
    else selection.innerHTML = '';
  }

  // ---- paths -----------------------------------------------------------------------------------

  async function findPath(from, to) {
    if (!from || !to) {
      setStatus('Choose both ends of the path.', true);
      return;
    }
    if (from.id === to.id) {
      setStatus('The two ends are the same entity.', true);
      return;
    }
    await work('Finding paths\u2026', async () => {
      const relations = view.relations && view.relations.length ? view.relations : null;
      const found = await api.paths(from.id, to.id, relations);
      view = Object.assign({}, view, { pathFrom: from.id, pathTo: to.id });
      saveUrl('replace');
      if (!found.length) {
        paths = [];
        highlightPath();
        setStatus(`No path within 4 hops between ${from.name} and ${to.name}.`, true);
        return;
      }
      pathFrom.set(found[0].nodes[0]);
      pathTo.set(found[0].nodes[found[0].nodes.length - 1]);
      paths = found;
      chosenPath = 0;
      for (const path of paths) graph = M.mergePath(graph, path).graph;
      draw();
      layoutAlongPath();
      highlightPath();
      showPaths();
    });
  }

  /**
   * The chosen path on a straight line across the middle; every other node fans out above and below
   * the path node it is attached to, away from the line, so the path reads left to right.
   */
  function layoutAlongPath() {
    const path = paths[chosenPath];
    if (!path) return;
    const spacing = 260;
    const onPath = path.nodes.map((n) => n.id);
    const anchorOf = new Map();
    for (const node of cy.nodes()) {
      if (onPath.includes(node.id())) continue;
      const attached = onPath.find((id) => node.edgesWith(cy.getElementById(id)).nonempty());
      anchorOf.set(node.id(), attached || onPath[Math.floor(onPath.length / 2)]);
    }
    cy.batch(() => {
      onPath.forEach((id, i) => cy.getElementById(id).position({ x: (i - (onPath.length - 1) / 2) * spacing, y: 0 }));
      for (const anchor of onPath) {
        const fan = [...anchorOf.entries()].filter(([, a]) => a === anchor).map(([id]) => id);
        const centre = cy.getElementById(anchor).position();
        const radius = Math.max(160, 26 * fan.length);
        fan.forEach((id, i) => {
          // alternate below and above the line, spread over 20 to 160 degrees on each side
          const side = i % 2 === 0 ? 1 : -1;
          const k = Math.floor(i / 2);
          const n = Math.ceil(fan.length / 2);
          const angle = ((20 + (140 * (k + 0.5)) / n) * Math.PI) / 180;
          cy.getElementById(id).position({ x: centre.x + radius * Math.cos(angle), y: centre.y + side * radius * Math.sin(angle) });
        });
      }
    });
    cy.fit(undefined, 36);
  }

  function highlightPath() {
    cy.elements().removeClass('faded path');
    const path = paths[chosenPath];
    if (!path) return;
    const { nodeIds, edgeIds } = M.mergePath(graph, path);
    const members = cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) members.merge(cy.getElementById(id));
    cy.elements().not(members).addClass('faded');
    members.addClass('path');
  }

  function showPaths() {
    if (!paths.length) return;
    selection.innerHTML = panel.pathsPanel(paths, chosenPath);
  }

  function clearPath() {
    paths = [];
    view = Object.assign({}, view, { pathFrom: null, pathTo: null });
    highlightPath();
    saveUrl('replace');
    if (selectedNode) showNode(selectedNode);
  }

  // ---- the URL ---------------------------------------------------------------------------------

  function saveUrl(mode) {
    const url = `${location.pathname}${M.encodeState(view)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /** Opens the view a URL describes: the entity, its filters, the nodes expanded, the edge, the path. */
  async function restore() {
    const state = M.decodeState(location.search);
    view = state;
    paths = [];
    selectedNode = state.id;
    renderFilterInputs();
    if (!state.id) {
      graph = M.emptyGraph();
      draw();
      selection.innerHTML = '';
      positionsBox.innerHTML = '';
      return;
    }
    await work('Loading\u2026', async () => {
      if (!(await reload())) return;
      const center = graph.nodes[state.id];
      if (center) {
        $('search').value = center.name;
        pathFrom.set(center);
      }
      showNode(state.id);
    });
    if (state.pathFrom && state.pathTo) {
      const [from, to] = await Promise.all([api.entity(state.pathFrom), api.entity(state.pathTo)]).catch(() => [null, null]);
      if (from && to) await findPath(from, to);
    }
    if (state.edge) await selectEdge(state.edge);
  }

  // ---- filters ---------------------------------------------------------------------------------

  function buildRelationList() {
    const groups = [
      ['Events', M.EVENT_RELATIONS],
      ['Structural', M.STRUCTURAL_RELATIONS],
    ];
    $('relation-list').innerHTML = groups
      .map(([title, types]) => `<div class="relation-group" role="group" aria-label="${title} relations"><div class="group-title">${title}</div>` +
        types.map((t) => `<label title="${M.relationLabel(t)}"><input type="checkbox" value="${t}" checked><span class="swatch line ${M.relationFamily(t)}" aria-hidden="true"></span>${M.relationLabel(t)}</label>`).join('') +
        '</div>')
      .join('');
  }

  function showRelationCount() {
    const total = M.EDGE_TYPES.length;
    const shown = view.relations ? view.relations.length : total;
    $('relation-count').textContent = shown === total ? '(all)' : `(${shown} of ${total})`;
  }

  function renderFilterInputs() {
    for (const box of document.querySelectorAll('#relation-list input')) box.checked = !view.relations || view.relations.includes(box.value);
    showRelationCount();
    $('date-from').value = view.from || '';
    $('date-to').value = view.to || '';
  }

  let filterTimer = null;
  function filtersChanged() {
    const boxes = [...document.querySelectorAll('#relation-list input')];
    const checked = boxes.filter((b) => b.checked).map((b) => b.value);
    const from = $('date-from').value || null;
    const to = $('date-to').value || null;
    if (from && to && from > to) {
      setStatus('The end date is before the start date.', true);
      return;
    }
    view = Object.assign({}, view, { relations: checked.length === boxes.length ? null : checked, from, to });
    showRelationCount();
    clearTimeout(filterTimer);
    filterTimer = setTimeout(async () => {
      saveUrl('replace');
      if (!view.id) return;
      await work('Filtering\u2026', async () => {
        if (!(await reload())) return;
        if (view.edge && graph.edges[view.edge]) await selectEdge(view.edge);
        else if (selectedNode && graph.nodes[selectedNode]) showNode(selectedNode);
      });
    }, 250);
  }

  function setRelations(types) {
    for (const box of document.querySelectorAll('#relation-list input')) box.checked = types.includes(box.value);
    filtersChanged();
  }

  // ---- wiring ----------------------------------------------------------------------------------

  const onError = (error) => setStatus(error.message || String(error), true);
  const search = window.ExplorePicker.createPicker($('search'), $('search-results'), { onPick: (e) => openEntity(e.id), onError });
  const pathFrom = window.ExplorePicker.createPicker($('path-from'), $('path-from-results'), { onPick: () => {}, onError });
  const pathTo = window.ExplorePicker.createPicker($('path-to'), $('path-to-results'), { onPick: () => {}, onError });

  $('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const entity = await work('Searching\u2026', () => search.resolve());
    if (entity) openEntity(entity.id);
    else if (entity === null) setStatus(`Nothing matches "${$('search').value}".`, true);
  });

  $('path-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const ends = await work('Finding paths\u2026', () => Promise.all([pathFrom.resolve(), pathTo.resolve()]));
    if (ends) await findPath(ends[0], ends[1]);
  });
  $('path-clear').addEventListener('click', () => {
    pathTo.set(null);
    clearPath();
  });

  $('relation-list').addEventListener('change', filtersChanged);
  $('date-from').addEventListener('change', filtersChanged);
  $('date-to').addEventListener('change', filtersChanged);
  $('rel-all').addEventListener('click', () => setRelations(M.EDGE_TYPES));
  $('rel-events').addEventListener('click', () => setRelations(M.EVENT_RELATIONS));
  $('rel-none').addEventListener('click', () => setRelations([]));
  $('fit').addEventListener('click', () => cy.fit(undefined, 36));
  $('relayout').addEventListener('click', () => layout(false));

  $('panel').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const { action, id } = button.dataset;
    if (action === 'open') openEntity(id);
    else if (action === 'expand') expand(id);
    else if (action === 'edge') selectEdge(button.dataset.edge);
    else if (action === 'close') closeEdge();
    else if (action === 'clear-path') clearPath();
    else if (action === 'path') {
      chosenPath = Number(button.dataset.index);
      layoutAlongPath();
      highlightPath();
      showPaths();
    } else if (action === 'path-from' || action === 'path-to') {
      (action === 'path-from' ? pathFrom : pathTo).set(graph.nodes[id]);
      $(action === 'path-from' ? 'path-to' : 'path-from').focus();
    }
  });

  cy.on('tap', 'node', (event) => {
    const id = event.target.id();
    view = Object.assign({}, view, { edge: null });
    showNode(id);
    expand(id);
  });
  cy.on('tap', 'edge', (event) => selectEdge(event.target.id()));
  window.addEventListener('popstate', () => restore());

  function buildLegend() {
    $('legend').innerHTML = Object.entries(M.KIND_STYLES)
      .map(([kind, s]) => `<li><span class="kind-dot kind-${kind}" aria-hidden="true"></span>${s.label}</li>`)
      .join('');
  }

  buildRelationList();
  if (location.search.includes('rel=')) $('relations').open = true;
  buildLegend();
  restore();

  /** For tests and the curious: the graph is drawn on a canvas, so clicks can also come from here. */
  window.explorer = {
    cy,
    selectEdge,
    openEntity,
    expand,
    findPath,
    state: () => Object.assign({}, view),
    graph: () => graph,
    get busy() {
      return busy > 0;
    },
  };
})();
