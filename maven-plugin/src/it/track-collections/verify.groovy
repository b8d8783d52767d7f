def log = new File(basedir, 'build.log').text
def book = new File(basedir, 'target/classes/com/example/orders/OrderBook.class')

// Tracking is off: the class creates plain JDK collections.
assert !new String(book.bytes, 'ISO-8859-1').contains('dev/worlds/collections/') : 'OrderBook still creates tracked collections'
// The test ran, expecting no rollback, and passed.
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0') : 'the test did not run'
// With tracking off, the build says which field holds an untracked collection.
assert log.contains('OrderBook.byCustomer') : 'no warning named the field that holds an untracked collection'
return true
