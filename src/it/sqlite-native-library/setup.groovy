new File(basedir, 'logs').mkdirs()
