import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
def isWoven = { byte[] bytes -> new String(bytes, 'ISO-8859-1').contains('dev/worlds/internal/Woven') }
def lines = log.readLines().collect { it.replaceFirst(/^\[(INFO|WARNING|ERROR)\] /, '') }

// First build: both library classes are put into app/target/classes (Tally.count is tracked; its array
// field is final, its elements are tracked all the same), one of them warned about.
def tallyLines = lines.findAll { it.startsWith('Worlds: com.example:tally:1.0: ') }
assert tallyLines == [
    'Worlds: com.example:tally:1.0: wove 2 classes (0 up to date), 1 field tracked, 1 warning',
    'Worlds: com.example:tally:1.0: wove 0 classes (2 up to date), 0 fields tracked, 1 warning',
] : "unexpected summaries: ${tallyLines}"
// The warning is reported by both builds: a second build does not look clean when it is not.
assert log.count('com.example.lib.Checksums.inflate(Ljava/util/zip/Inflater;[B)I line ') == 2
// The app's own class is woven after the library's, by both builds.
assert log.contains('Worlds: wove 1 class (0 up to date), 1 field tracked, 0 warnings')
assert log.contains('Worlds: wove 0 classes (1 up to date), 0 fields tracked, 0 warnings')
// The test, which fails on an unwoven library, ran and passed.
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

def classes = new File(basedir, 'app/target/classes/com/example')
assert isWoven(new File(classes, 'lib/Tally.class').bytes)
assert isWoven(new File(classes, 'app/Scoreboard.class').bytes)
// The library's own jar is left as it was; the app's jar holds the woven copies.
new ZipFile(new File(basedir, 'lib/target/tally-1.0.jar')).withCloseable { jar ->
    assert !isWoven(jar.getInputStream(jar.getEntry('com/example/lib/Tally.class')).bytes)
}
new ZipFile(new File(basedir, 'app/target/app-1.0.jar')).withCloseable { jar ->
    assert isWoven(jar.getInputStream(jar.getEntry('com/example/lib/Tally.class')).bytes)
}

// Third build: the missing dependency is named, with how to add it.
assert log.contains('Worlds: weaveDependencies lists org.example:missing, which is not a compile or runtime'
        + ' dependency of com.example:app:jar:1.0. Add it to <dependencies>')
return true
