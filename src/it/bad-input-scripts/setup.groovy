import dev.migrate.maven.it.Corpus

new File(basedir, 'logs').mkdirs()
new File(basedir, 'db').mkdirs()
Corpus.fingerprint(basedir)
