// The newest events of many entities at once (in the roles asked for), for nested fields.
UNWIND $anchors AS anchor
CALL (anchor) {
  MATCH (:Entity {id: anchor})<-[role:BY|TOWARD|ABOUT]-(e:Event)
  WHERE type(role) IN $roles
    AND ($relations IS NULL OR e.type IN $relations)
    AND NOT coalesce(e.retracted, false)
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
  WITH DISTINCT e
  ORDER BY coalesce(e.date, date('0001-01-01')) DESC, e.id
  RETURN collect(e.id) AS ids
}
RETURN anchor, size(ids) AS total, ids[0..toInteger($limit)] AS ids
