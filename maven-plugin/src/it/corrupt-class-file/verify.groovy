def log = new File(basedir, 'build.log').text
def classes = new File(basedir, 'target/classes/com/example')
def garbage = new File(classes, 'Garbage.class').path
def truncated = new File(classes, 'Truncated.class').path

// First build: fails, and the failure names every bad file and says what to do.
assert log.contains('BUILD FAILURE')
assert log.contains('Worlds could not weave 2 classes:')
assert log.contains("${garbage}: not a readable class file")
assert log.contains("${truncated}: not a readable class file")
assert log.contains('delete it and recompile, or exclude it from weaving')
assert log.contains('with <failOnError>false</failOnError> the build goes on')

// Second build, failOnError=false: both reported as warnings, the build succeeds.
assert log.contains('[INFO] Worlds: wove 0 classes (1 up to date), 0 fields tracked, 0 warnings, 2 errors')
assert log.contains("[WARNING] Not woven: ${garbage}: not a readable class file")
assert log.contains("[WARNING] Not woven: ${truncated}: not a readable class file")
assert log.contains('BUILD SUCCESS')

// The good class was woven by the first build all the same.
assert new String(new File(classes, 'Sound.class').bytes, 'ISO-8859-1').contains('dev/worlds/internal/Woven')
return true
