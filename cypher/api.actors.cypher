// Actors matching a filter, by name: the total and one page.
MATCH (n:Actor)
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($country IS NULL OR n.country = $country)
  AND ($includeUnknown OR NOT coalesce(n.unknown, false))
  AND ($name IS NULL
       OR toLower(n.name) CONTAINS toLower($name)
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($name)))
  AND ($memberOf IS NULL OR EXISTS {
        (n)-[m:MEMBER_OF]->(:Entity {id: $memberOf})
        WHERE $at IS NULL OR ((m.from IS NULL OR m.from <= date($at)) AND (m.to IS NULL OR m.to >= date($at)))
      })
WITH n ORDER BY n.name, n.id
WITH collect(properties(n)) AS matched
RETURN size(matched) AS total, matched[toInteger($skip)..toInteger($skip + $limit)] AS page
