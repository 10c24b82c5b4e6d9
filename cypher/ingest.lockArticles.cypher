// Takes each article's write lock (in id order) before its stored hash is read: a second writer of
// the same id waits here until the first commits, then reads the hash the first one wrote. A new
// article's node exists from here on, inside this transaction only.
CYPHER replan=skip
UNWIND $ids AS id
MERGE (a:Article {id: id})
SET a.writeLock = true
REMOVE a.writeLock
RETURN id, a.contentHash AS hash
