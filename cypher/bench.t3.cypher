// Benchmark floor, T3: a format and its members with the dates of their membership.
MATCH (f:Entity {id: $id})
RETURN f.name AS name, [(f)<-[m:MEMBER_OF]-(s:Entity) | {id: s.id, name: s.name, from: m.from, to: m.to}] AS members
