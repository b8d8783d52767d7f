// Both goals wove, and the woven tests (which fail on unwoven classes) ran and passed.
def log = new File(basedir, 'build.log').text
def classes = new File(basedir, 'target/classes/com/example/inventory')
def testClasses = new File(basedir, 'target/test-classes/com/example/inventory')

def isWoven = { File f -> new String(f.bytes, 'ISO-8859-1').contains('dev/worlds/internal/Woven') }

assert log.contains('Worlds: wove 2 classes (0 up to date), 3 fields tracked, 0 warnings') : 'weave summary missing'
assert log.contains('Worlds: wove 2 classes (0 up to date), 2 fields tracked, 0 warnings') : 'weave-tests summary missing'
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') : 'woven tests did not all run and pass'
assert isWoven(new File(classes, 'Stock.class'))
assert isWoven(new File(classes, 'Warehouse.class'))
assert isWoven(new File(testClasses, 'Ledger.class'))
assert isWoven(new File(testClasses, 'WarehouseTest.class'))
return true
