new File(basedir, 'logs').mkdirs()
true
