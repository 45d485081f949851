// 30 linear revisions, one table each
def dir = new File(basedir, 'src/main/resources/db/migrations')
dir.mkdirs()
(1..30).each { k ->
    def id = String.format('%012d', k)
    def parent = k == 1 ? '' : String.format('%012d', k - 1)
    new File(dir, "${id}_create_t${k}.sql").text = """-- revision: ${id}
-- revises: ${parent}
-- message: create t${k}
-- created: 2026-11-26T07:00:00Z

-- migrate:upgrade
CREATE TABLE t${k} (id INTEGER PRIMARY KEY);

-- migrate:downgrade
DROP TABLE t${k};
"""
}
true
