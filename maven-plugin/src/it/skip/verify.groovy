def log = new File(basedir, 'build.log').text
def counter = new File(basedir, 'target/classes/com/example/Counter.class')

assert counter.isFile() : 'the project was not compiled'
assert !new String(counter.bytes, 'ISO-8859-1').contains('dev/worlds/internal/Woven') : 'Counter was woven despite worlds.skip'
assert log.count('Worlds: weaving skipped (worlds.skip is true).') == 2 : 'both goals should log that they skip'
assert !log.contains('Worlds: wove')  // no invocation weaves
// Second invocation: the generated help goal lists both goals.
assert log =~ /(?m)^worlds:weave\r?$/
assert log =~ /(?m)^worlds:weave-tests\r?$/
// Third invocation: the malformed pattern is named, with the syntax.
assert log.contains('Worlds: Malformed class pattern "com..example": it has an empty name segment')
assert log.contains('e.g. com.acme.** or com.acme.*Test.')
// Fourth invocation: the malformed read-only array method is named, with an example.
assert log.contains("Worlds: Read-only array method 'update' is not a class name and a method name joined by a dot;"
        + ' write it like java.util.zip.CRC32.update')
return true
