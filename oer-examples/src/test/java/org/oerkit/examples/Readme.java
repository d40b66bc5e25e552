package org.oerkit.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The root README as the tests that run its examples read it. */
final class Readme {

  private Readme() {}

  /**
   * Reads the lines of the {@code ```java} blocks between two headings of the root README.
   *
   * @param from  the heading line the section starts at, as written
   * @param to  the heading line of the next section, as written
   * @return the Java lines, in order
   */
  static List<String> javaLines(String from, String to) throws IOException {
    List<String> all = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = all.indexOf(from);
    int end = all.subList(start + 1, all.size()).indexOf(to) + start + 1;
    if (start < 0 || end <= start) {
      throw new IllegalStateException("README.md has no section from \"" + from + "\" to \"" + to + "\"");
    }
    List<String> java = new ArrayList<>();
    boolean inJava = false;
    for (String line : all.subList(start, end)) {
      if (line.equals("```java")) {
        inJava = true;
      } else if (line.equals("```")) {
        inJava = false;
      } else if (inJava) {
        java.add(line);
      }
    }
    return java;
  }
}
