// The tests rolled back (they fail on unwoven classes) although nothing was woven at build time:
// the agent wove Account as the test JVM loaded it.
def log = new File(basedir, 'build.log').text
def account = new File(basedir, 'target/classes/com/example/ledger/Account.class')
def isWoven = { File f -> new String(f.bytes, 'ISO-8859-1').contains('dev/worlds/internal/Woven') }

assert log =~ /Worlds: argLine set to -Dledger.currency=EUR -javaagent:\S+worlds-agent-[^=\s]+\.jar=includes=com\.example\.\*\*,failOnError=true/ : 'argLine not set'
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'tests did not all run and pass'
assert !log.contains('Worlds: wove') : 'a weave goal ran'
assert !isWoven(account) : 'Account was woven at build time'
// Second invocation: no includes.
assert log.contains('Worlds: prepare-agent needs <includes>, the classes the agent weaves, for example'
        + ' <includes><include>com.acme.**</include></includes>')
// Third: skipped (although it has no includes), argLine left as it was.
assert log.contains('Worlds: prepare-agent skipped (worlds.skip is true); argLine left as it is.')
return true
