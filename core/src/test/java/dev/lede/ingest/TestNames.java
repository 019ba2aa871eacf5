package dev.lede.ingest;

import java.nio.file.Path;

/** For tests in other packages: a file's name as the ingester decodes it, whatever the locale. */
public final class TestNames {
  private TestNames() {}

  public static String decoded(Path path) {
    return FileNames.name(path);
  }
}
