import { ExportEdge, ExportEvent, ExportNode } from '../model/export';

/**
 * The whole graph as JSON Lines: one object a line, `"type"` saying what it is ("node", "edge",
 * "event"). Field names match the CSV columns; an event names its participants by id, as the
 * nodes do, and carries its evidence.
 */

export function jsonlNode(node: ExportNode): string {
  return `${JSON.stringify({
    type: 'node',
    id: node.id,
    name: node.name,
    kind: node.kind,
    labels: node.labels,
    country: node.country,
    acronym: node.acronym,
    aliases: node.aliases,
    events: node.events,
  })}\n`;
}

export function jsonlEdge(edge: ExportEdge): string {
  return `${JSON.stringify({
    type: 'edge',
    source: edge.source,
    target: edge.target,
    relation: edge.relation,
    category: edge.category,
    date: edge.date,
    last_date: edge.lastDate,
    events: edge.events,
    event_ids: edge.eventIds,
  })}\n`;
}

export function jsonlEvent(event: ExportEvent): string {
  return `${JSON.stringify({
    type: 'event',
    id: event.id,
    relation: event.relation,
    plover: event.plover,
    mode: event.mode,
    date: event.date,
    dateSource: event.dateSource,
    negated: event.negated,
    confidence: event.confidence,
    sources: event.sources,
    source: event.by.map((p) => p.id),
    target: event.toward.map((p) => p.id),
    about: event.about.map((p) => p.id),
    evidence: event.evidence.map((e) => ({
      sentence: e.sentence,
      start: e.start,
      end: e.end,
      speaker: e.speaker,
      article: e.article.id,
      publisher: e.article.publisher,
      url: e.article.url,
      published: e.article.published,
    })),
  })}\n`;
}
