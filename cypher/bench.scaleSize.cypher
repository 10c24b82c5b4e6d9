// Synthetic scale: the size of the graph.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (e:Event) RETURN count(e) AS events }
RETURN nodes, relationships, events
