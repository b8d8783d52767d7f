// This project's pom.xml is the README's "Add it to your build" pom: the same text, with the versions
// the invoker fills in (@project.version@ and the others) written out in the README. Either changing
// without the other fails here, so the README's pom is always one that builds.
def readme = new File(basedir, '../../../../README.md')
assert readme.isFile() : "README.md not found at ${readme.canonicalPath}: this check expects the project at maven-plugin/target/it/readme-pom"
def text = readme.getText('UTF-8').replace('\r\n', '\n')
def section = text.indexOf('## Add it to your build\n')
assert section >= 0 : 'README.md has no section "## Add it to your build"'
def start = text.indexOf('```xml\n', section)
assert start >= 0 : 'README.md\'s section "Add it to your build" has no ```xml block'
start += '```xml\n'.length()
def readmePom = text.substring(start, text.indexOf('```', start))
def pom = new File(basedir, 'pom.xml').getText('UTF-8').replace('\r\n', '\n')
if (readmePom != pom) {
    def readmeLines = readmePom.readLines()
    def pomLines = pom.readLines()
    def line = (0..<Math.max(readmeLines.size(), pomLines.size())).find { readmeLines[it] != pomLines[it] }
    throw new AssertionError("README.md's \"Add it to your build\" pom differs from maven-plugin/src/it/readme-pom/pom.xml"
            + " (with its @...@ versions filled in) at line ${line + 1}:\n  README: ${readmeLines[line]}\n  IT:     ${pomLines[line]}\n"
            + "Change both: the IT proves that the README's pom builds.")
}
return true
