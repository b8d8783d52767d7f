// The README's pom built on this Maven's defaults: compiled for Java 17, both goals wove, and the test
// (which fails on unwoven classes) ran and passed.
def log = new File(basedir, 'build.log').text
def isWoven = { File f -> new String(f.bytes, 'ISO-8859-1').contains('dev/worlds/internal/Woven') }

assert !log.contains('Source option') : 'compiled with an old source level'
assert log.contains('Worlds: wove 1 class (0 up to date), 2 fields tracked, 0 warnings') : 'weave summary missing'
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'the woven test did not run and pass'
assert isWoven(new File(basedir, 'target/classes/com/example/planner/Meeting.class'))
assert isWoven(new File(basedir, 'target/test-classes/com/example/planner/MeetingTest.class'))
assert new File(basedir, 'target/planner-1.0-SNAPSHOT.jar').isFile()
def classFile = new File(basedir, 'target/classes/com/example/planner/Meeting.class').bytes
assert (classFile[7] & 0xFF) == 61 : "Meeting.class is not a Java 17 class file (major version ${classFile[7] & 0xFF})"
return true
