def log = new File(basedir, 'build.log').text
def classes = new File(basedir, 'target/classes/com/example')
def isWoven = { String path -> new String(new File(classes, path).bytes, 'ISO-8859-1').contains('dev/worlds/internal/Woven') }

assert isWoven('model/Board.class') : 'included'
assert isWoven('model/deep/Cell.class') : 'included: ** spans packages'
assert !isWoven('model/LookupCache.class') : 'excluded'
assert !isWoven('app/Main.class') : 'not included'

assert log.contains('[INFO] Worlds: wove 2 classes (0 up to date), 2 fields tracked, 1 warning')
// One warning per problem, right after the summary.
assert log =~ /\[WARNING\] com\.example\.model\.Board\.focus\(Lcom\/example\/model\/deep\/Cell;\)V line \d+: writes com\.example\.model\.LookupCache\.hits, a field of a class that is not woven/
// No src/test: weave-tests finds no directory and says so instead of failing.
assert log =~ /\[INFO\] Worlds: nothing to weave, .*test-classes does not exist\./
return true
