import dev.migrate.maven.it.ItDatabase as Db

new File(basedir, 'logs').mkdirs()
// c1.db is an empty file the pattern finds; c2.db holds a table of the second migration's name, so it fails there
new File(basedir, 'c1.db').bytes = new byte[0]
Db.execute(new File(basedir, 'c2.db'), 'CREATE TABLE items (legacy TEXT)')
