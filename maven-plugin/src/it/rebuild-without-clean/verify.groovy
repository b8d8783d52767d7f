// Both invocations log into one build.log: the first weaves, the second finds everything up to date.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains('Worlds: wove') }.collect { it.replaceFirst(/^\[INFO\] /, '') }

assert summaries == [
    'Worlds: wove 2 classes (0 up to date), 2 fields tracked, 0 warnings',   // weave, first build
    'Worlds: wove 1 class (0 up to date), 1 field tracked, 0 warnings',      // weave-tests, first build
    'Worlds: wove 0 classes (2 up to date), 0 fields tracked, 0 warnings',   // weave, second build
    'Worlds: wove 0 classes (1 up to date), 0 fields tracked, 0 warnings',   // weave-tests, second build
] : "unexpected summaries: ${summaries}"
return true
