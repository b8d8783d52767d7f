/**
 * Classes that the directory-weaving tests copy into temporary class directories and weave
 * there: {@code shapes} is a small woven model with a scenario to run, {@code other} holds state
 * that tests exclude from weaving, and {@code broken} a class the weaver must reject.
 */
package dev.worlds.instrument.dirfixtures;
