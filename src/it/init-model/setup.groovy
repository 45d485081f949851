new File(basedir, 'logs').mkdirs()
// a .gitignore of the project's own (invoker does not copy one): init keeps it and adds to it
new File(basedir, '.gitignore').text = 'target/\n'
true // invoker runs the builds only when the pre-build script's value is not false-like
