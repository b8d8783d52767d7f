def log = new File(basedir, 'build.log').text
def classes = new File(basedir, 'target/classes/com/example')
def isWoven = { String path -> new String(new File(classes, path).bytes, 'ISO-8859-1').contains('dev/worlds/internal/Woven') }

assert isWoven('model/Board.class') : 'included'
assert isWoven('model/deep/Cell.class') : 'included: ** spans packages'
assert !isWoven('model/LookupCache.class') : 'excluded'
assert !isWoven('app/Main.class') : 'not included'

assert log.contains('[INFO] Worlds: wove 3 classes (0 up to date), 2 fields tracked, 2 warnings')
// One warning per problem, right after the summary.
assert log =~ /\[WARNING\] com\.example\.model\.Board\.focus\(Lcom\/example\/model\/deep\/Cell;\)V line \d+: writes com\.example\.model\.LookupCache\.hits, a field of a class that is not woven/
// The JDK method that writes into the array warns; the one declared in <readOnlyArrayMethods> does not.
assert log =~ /\[WARNING\] com\.example\.model\.Compressor\.inflate\(Ljava\/util\/zip\/Inflater;\)I line \d+: possibly untracked array write: passes an array to java\.util\.zip\.Inflater\.inflate\(byte\[\]\)/
assert !log.contains('java.util.zip.CRC32.update(')
// Second invocation: -Dworlds.warnUntrackedArrayCalls=false leaves only the field warning.
assert log.contains('[INFO] Worlds: wove 3 classes (0 up to date), 2 fields tracked, 1 warning')
assert log.count('possibly untracked array write') == 1
// No src/test: weave-tests finds no directory and says so instead of failing.
assert log =~ /\[INFO\] Worlds: nothing to weave, .*test-classes does not exist\./
return true
