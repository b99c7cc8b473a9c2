package io.asl4j.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} and {@code -V/--version}, which every command takes. */
final class StandardOptions {

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 100, description = "show this help")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, order = 101,
      description = "print the version of asl4j")
  boolean version;
}
