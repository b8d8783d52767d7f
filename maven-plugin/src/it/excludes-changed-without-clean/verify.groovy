def log = new File(basedir, 'build.log').text
def lines = log.readLines().collect { it.replaceFirst(/^\[(INFO|WARNING)\] /, '') }
def summaries = lines.findAll { it.startsWith('Worlds: wove') }
def isWoven = { String name ->
    new String(new File(basedir, "target/classes/com/example/${name}.class").bytes, 'ISO-8859-1')
            .contains('dev/worlds/internal/Woven')
}

assert summaries == [
    'Worlds: wove 2 classes (0 up to date), 2 fields tracked, 0 warnings',  // both woven
    'Worlds: wove 1 class (0 up to date), 1 field tracked, 1 warning',      // Cache restored, Board woven again
    'Worlds: wove 0 classes (1 up to date), 0 fields tracked, 1 warning',   // Board up to date, its warning again
] : "unexpected summaries: ${summaries}"
assert lines.count('Worlds: restored com.example.Cache as compiled: an earlier run wove it, and this one does not'
        + ' (the includes and excludes no longer select it).') == 1
// Board's write into Cache.hits is reported by the build that wove Board and by the one that found it up to date.
assert log.count('com.example.Board.move()V line 9: writes com.example.Cache.hits, a field of a class that is not woven') == 2
assert isWoven('Board') && !isWoven('Cache')
return true
