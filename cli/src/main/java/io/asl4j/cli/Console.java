package io.asl4j.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a run of the tool reads from and writes to: the process's streams and working directory,
 * or a test's.
 *
 * @param in standard input, read for the file name {@code -}
 * @param out standard output
 * @param err standard error
 * @param cwd the directory relative file names resolve against
 */
record Console(InputStream in, PrintStream out, PrintStream err, Path cwd) {}
