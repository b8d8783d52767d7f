// Corrupt class files among the compiler's output, as a broken tool or a bad copy leaves them.
def dir = new File(basedir, 'target/classes/com/example')
dir.mkdirs()
new File(dir, 'Garbage.class').text = 'this is not a class file'
new File(dir, 'Truncated.class').bytes = [0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61, 0, 42] as byte[]
return true
