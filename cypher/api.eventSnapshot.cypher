// An event's retraction state, for the audit trail.
MATCH (e:Event {id: $id})
RETURN e.id AS id, coalesce(e.retracted, false) AS retracted, e.retractedReason AS reason
