import dev.migrate.maven.it.ItDatabase as Db

def log = { name -> new File(basedir, "logs/${name}.log").text }
def db = { name -> new File(basedir, name) }
def tables = { name -> Db.objects(db(name)).findAll { it.startsWith('table ') && !it.contains('migrate_version') } }

// a list: each tenant its own file, version table and report line
def list = log('list')
assert list.contains('a.db: applied 2, at 100000000002')
assert list.contains('b.db: applied 2, at 100000000002')
assert list =~ /2 tenant\(s\), 2 at once, in .*: 2 upgraded, 0 skipped, 0 failed/
assert list.contains('BUILD SUCCESS')

// a pattern: c2.db fails at the second migration, keeps the first, and fails the build; c1.db is not held back
def pattern = log('pattern')
assert pattern.contains('c1.db: applied 2, at 100000000002')
assert pattern =~ /c2\.db: FAILED: Upgrade of revision 100000000002 \(create items\) failed at .*create_items\.sql:7: .*table items already exists/
assert pattern.contains('Rolled back: the database is as it was, at 100000000001.')
assert pattern =~ /2 tenant\(s\), 2 at once, in .*: 1 upgraded, 0 skipped, 1 failed/
assert pattern.contains('1 tenant(s) failed; rerun to resume them once fixed')
assert pattern.contains('BUILD FAILURE')
assert !pattern.contains('at dev.migrate.') : 'no stack trace without -e'

// status while c2.db is behind: one line per tenant, and no failure for being behind
def status = log('status')
assert status.contains('a.db: at 100000000002, 0 pending')
assert status.contains('c1.db: at 100000000002, 0 pending')
assert status.contains('c2.db: at 100000000001, 1 pending')
assert status =~ /3 tenant\(s\), 3 at once, in .*: 2 up to date, 1 behind, 0 failed/
assert status.contains('BUILD SUCCESS')

// the rerun after the fix resumes c2.db where it stopped and skips c1.db
def rerun = log('rerun')
assert rerun.contains('c1.db: skipped, at 100000000002')
assert rerun.contains('c2.db: applied 1, at 100000000002')
assert rerun =~ /: 1 upgraded, 1 skipped, 0 failed/
assert Db.versions(db('c2.db')) == ['100000000002']
assert tables('c2.db') == ['table items', 'table orders']
assert Db.columns(db('c2.db'), 'items') == ['id', 'order_id']

// json: one object per tenant, for scripts
def json = new groovy.json.JsonSlurper().parseText(log('json').readLines().find { it.startsWith('{"tenants":') })
assert json.tenants*.tenant == ['a.db', 'c2.db']
assert json.tenants*.status*.current == [['100000000002'], ['100000000002']]
assert json.tenants*.error == [null, null]

// downgrade to base needs a yes for each tenant; without one both are refused and keep their tables
def refused = log('downgrade-refused')
assert refused =~ /a\.db: FAILED: Downgrading to base undoes every migration of .*a\.db.*Nothing was changed\.\s+Confirm it \(migrate\.confirm=yes\)/
assert refused.contains('2 tenant(s) failed')
def downgrade = log('downgrade')
assert downgrade.contains('a.db: undid 2, at base')
assert downgrade =~ /: 2 downgraded, 0 skipped, 0 failed/
assert downgrade.contains('b.db: undid 2, at base')
for (name in ['a.db', 'b.db']) {
    assert Db.versions(db(name)) == []
    assert tables(name) == []
}

// bad input: one message naming the parameter, and no tenant touched
def badName = log('bad-name')
assert badName.contains("Tenant '../evil.db' is not a tenant name here")
assert badName.contains('no tenant was migrated')
assert badName.contains('leave it out of migrate.tenants')
assert !db('../evil.db').exists()
assert Db.versions(db('a.db')) == []
assert log('parallel').contains('The number of tenants migrated at once must be 1 or more, not 0')
assert log('parallel').contains('Set migrate.parallel to e.g. 4.')
assert log('sql').contains('Parameter migrate.sql: prints one database\'s SQL, not many tenants\'')
assert log('no-match').contains("The tenant pattern 'x*.db' matches no file beside")

// the configured database is not a tenant and was never created
assert !db('shop.db').exists()
for (name in ['list', 'pattern', 'status', 'rerun', 'downgrade-refused', 'bad-name', 'parallel', 'sql', 'no-match']) {
    assert !(log(name) =~ /\w+Exception:|\n\s+at \w|Caused by/) : name // no stack trace without -e
}
