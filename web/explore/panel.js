/* The details panel's HTML: an edge's events with their evidence, a node and its connections, paths, positions. */
(function () {
  'use strict';
  const M = window.ExploreModel;
  const h = M.escapeHtml;

  const kindBadge = (kind) => `<span class="badge kind-${h(kind)}">${h((M.KIND_STYLES[kind] || { label: kind }).label)}</span>`;
  const relationBadge = (type) => `<span class="rel rel-${h(M.relationFamily(type))}">${h(M.relationLabel(type))}</span>`;
  const entityButton = (e) => `<button type="button" class="link" data-action="open" data-id="${h(e.id)}">${h(e.name)}</button>`;
  const names = (list) => list.map(entityButton).join(', ');
  const dateRange = (first, last) => (!first ? '' : first === last || !last ? h(first) : `${h(first)} to ${h(last)}`);

  function articleLink(article) {
    const label = [article.publisher, article.title].filter(Boolean).join(': ') || article.id || 'article';
    const date = article.published ? ` <span class="muted">(${h(article.published)})</span>` : '';
    if (article.url && /^https?:\/\//i.test(article.url)) {
      return `<a href="${h(article.url)}" target="_blank" rel="noopener noreferrer">${h(label)}</a>${date}`;
    }
    return `${h(label)}${date}`;
  }

  function edgeHeading(edge, nodes) {
    const name = (id) => (nodes[id] ? nodes[id].name : id);
    return `<h2 class="edge-title"><span>${h(name(edge.source))}</span> ${relationBadge(edge.type)} <span>${h(name(edge.target))}</span></h2>`;
  }

  /** An edge while its events load, and for structural relations, which have none. */
  function edgeSummary(edge, nodes, loading) {
    const structural = !M.isEventRelation(edge.type);
    const count = structural ? '' : `<p class="muted">${edge.count} event${edge.count === 1 ? '' : 's'}${edge.first ? `, ${dateRange(edge.first, edge.last)}` : ''}</p>`;
    const body = structural
      ? '<p>A structural relation from the reference knowledge (states, leaders, organisations, formats, agreements): no events behind it.</p>'
      : loading ? '<p class="muted">Loading the events\u2026</p>' : '';
    return `<div class="section-head"><h3>Edge</h3><button type="button" class="close" data-action="close" aria-label="Close the edge details">\u00d7</button></div>${edgeHeading(edge, nodes)}${count}${body}`;
  }

  function eventItem(event) {
    const objects = event.about.length ? `<div class="about">about ${names(event.about)}</div>` : '';
    const toward = event.toward.length ? ` \u2192 ${names(event.toward)}` : '';
    const flags = [event.mode ? event.mode.toLowerCase().replace(/_/g, ' ') : '', event.negated ? 'negated' : '', event.sources > 1 ? `${event.sources} sources` : '']
      .filter(Boolean)
      .map((f) => `<span class="flag">${h(f)}</span>`)
      .join(' ');
    const evidence = event.evidence
      .map((ev) => `<li><blockquote>${h(ev.sentence)}</blockquote><div class="source">${ev.speaker ? `said by ${h(ev.speaker.name)} \u00b7 ` : ''}${articleLink(ev.article)}</div></li>`)
      .join('');
    return `<li class="event"><div class="event-head"><time>${h(event.date || 'undated')}</time> ${relationBadge(event.relation)} ${flags}</div>` +
      `<div class="who">${names(event.by)}${toward}</div>${objects}<ul class="evidence">${evidence}</ul></li>`;
  }

  function edgeEvents(edge, nodes, events, total) {
    const list = events.length ? `<ol class="events">${events.map(eventItem).join('')}</ol>` : '<p>No events behind this edge within the dates chosen.</p>';
    const more = total > events.length ? `<p class="muted">Showing ${events.length} of at least ${total}.</p>` : '';
    return `${edgeSummary(edge, nodes, false)}${list}${more}`;
  }

  /** A node: what it is, what to do with it, and its drawn connections as buttons (the keyboard's way into the graph). */
  function nodePanel(node, edges, nodes, options) {
    const buttons = [
      options.isCenter ? '' : `<button type="button" data-action="open" data-id="${h(node.id)}">Open as centre</button>`,
      options.expanded ? '' : `<button type="button" data-action="expand" data-id="${h(node.id)}">Expand</button>`,
      `<button type="button" data-action="path-from" data-id="${h(node.id)}">Path from here</button>`,
      `<button type="button" data-action="path-to" data-id="${h(node.id)}">Path to here</button>`,
    ].join('');
    const sorted = edges.slice().sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
    const items = sorted
      .map((e) => {
        const out = e.source === node.id;
        const other = nodes[out ? e.target : e.source];
        const otherName = other ? other.name : out ? e.target : e.source;
        const what = M.isEventRelation(e.type) ? `${e.count} event${e.count === 1 ? '' : 's'}` : 'structural';
        const label = out ? `${node.name} ${M.relationLabel(e.type)} ${otherName}, ${what}` : `${otherName} ${M.relationLabel(e.type)} ${node.name}, ${what}`;
        return `<li><button type="button" class="connection" data-action="edge" data-edge="${h(e.id)}" aria-label="${h(label)}">` +
          `${relationBadge(e.type)} ${out ? '\u2192' : '\u2190'} ${h(otherName)}${e.count > 1 ? ` <small>\u00d7${e.count}</small>` : ''}</button></li>`;
      })
      .join('');
    return `<div class="section-head"><h3>${options.isCenter ? 'Centre' : 'Node'}</h3></div><h2>${h(node.name)} ${kindBadge(node.kind)}</h2>` +
      `<p class="muted id">${h(node.id)}</p><div class="actions">${buttons}</div>` +
      `<h3>Connections shown <small class="muted">(${sorted.length})</small></h3>${sorted.length ? `<ul class="connections">${items}</ul>` : '<p class="muted">None with these filters.</p>'}`;
  }

  function pathsPanel(paths, chosen) {
    const switcher = paths.length > 1
      ? `<div class="path-switch" role="group" aria-label="Paths found">${paths
          .map((p, i) => `<button type="button" data-action="path" data-index="${i}" aria-pressed="${i === chosen}">${i + 1}: ${p.nodes.map((n) => h(n.name)).join(' \u203a ')}</button>`)
          .join('')}</div>`
      : '';
    const path = paths[chosen];
    const hops = path.hops
      .map((hop) => {
        const sentence = hop.event && hop.event.evidence.length
          ? `<blockquote>${h(hop.event.evidence[0].sentence)}</blockquote><div class="source">${articleLink(hop.event.evidence[0].article)}</div>`
          : '<p class="muted">structural relation</p>';
        const arrow = hop.forward ? `${h(hop.from.name)} ${relationBadge(hop.relation)} ${h(hop.to.name)}` : `${h(hop.to.name)} ${relationBadge(hop.relation)} ${h(hop.from.name)}`;
        return `<li><div class="event-head">${hop.date ? `<time>${h(hop.date)}</time> ` : ''}${arrow}</div>${sentence}</li>`;
      })
      .join('');
    return `<div class="section-head"><h3>Path</h3><button type="button" class="close" data-action="clear-path" aria-label="Clear the path">\u00d7</button></div>` +
      `<h2>${h(path.nodes[0].name)} \u2192 ${h(path.nodes[path.nodes.length - 1].name)}</h2><p class="muted">${path.length} hop${path.length === 1 ? '' : 's'}</p>${switcher}<ol class="hops">${hops}</ol>`;
  }

  function positionsPanel(actor, positions) {
    if (!positions.length) {
      return `<h3>Positions of ${h(actor.name)}</h3><p class="muted">No stances yet: no supporting or opposing events.</p>`;
    }
    const legend = ['FOR', 'AGAINST', 'MIXED']
      .map((s) => `<span><span class="dot stance-${s}"></span>${s.toLowerCase()}</span>`)
      .join(' ');
    const chart = M.positionsChart(positions);
    const more = chart.hidden ? `<p class="muted">${chart.hidden} more not shown.</p>` : '';
    return `<h3>Positions of ${h(actor.name)} <small class="muted">stance by month, events for and against</small></h3><div class="stance-legend" aria-hidden="true">${legend}</div>` +
      `<div class="chart">${M.positionsSvg(positions, { actorName: actor.name, width: 350 })}</div>${more}`;
  }

  window.ExplorePanel = { edgeSummary, edgeEvents, nodePanel, pathsPanel, positionsPanel };
})();
