import dev.migrate.maven.it.ItDatabase as Db

def log = new File(basedir, 'build.log').text
def status = log.substring(log.indexOf('Revisions (newest first):'))

assert Db.versions(new File(basedir, 'todo.db')) == ['000000000025']
// every pending revision is listed, then the current one and the 20 applied before it
(26..30).each { assert status =~ /${String.format('%012d', it)} +pending +create t${it}/ }
assert status =~ /000000000025 +applied .* create t25 \(current\)/
(5..24).each { assert status =~ /(?m)${String.format('%012d', it)} +applied .* create t${it}$/ }
// the 4 oldest are summed up in one line
(1..4).each { assert !status.contains("   ${String.format('%012d', it)} ") }
assert status.contains('... and 4 older applied revision(s); mvn migrate:history lists them all')
assert status.contains('25 applied, 5 pending, 0 edited')
