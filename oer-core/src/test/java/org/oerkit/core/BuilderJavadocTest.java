package org.oerkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Javadoc of every public {@code builder()} names the attributes its {@code build()} requires, and
 * names them right: exactly those a {@link MissingAttributesException} of an empty builder lists.
 */
class BuilderJavadocTest {

  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Pattern REQUIRED = Pattern.compile("<p>Required: (.*?);", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("\\{@code (\\w+)}");

  private static List<Path> builderSources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          return text.contains("public static Builder builder()") && text.contains("@Value.Immutable");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }

  private static List<String> documented(String source) {
    String doc = source.substring(0, source.indexOf("public static Builder builder()"));
    doc = doc.substring(doc.lastIndexOf("/**"));
    Matcher required = REQUIRED.matcher(doc);
    List<String> names = new ArrayList<>();
    if (required.find()) {
      Matcher code = CODE.matcher(required.group(1));
      while (code.find()) {
        names.add(code.group(1));
      }
    } else {
      assertThat(doc).contains("Nothing is required");
    }
    return names;
  }

  private static List<String> missing(Class<?> type) throws ReflectiveOperationException {
    Object builder = type.getMethod("builder").invoke(null);
    try {
      builder.getClass().getMethod("build").invoke(builder);
      return List.of();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof MissingAttributesException missing) {
        return missing.attributes();
      }
      // A check of the built value refused it: every required attribute was there.
      assertThat(e.getCause()).isInstanceOf(OerException.class);
      return List.of();
    }
  }

  @Test
  void everyBuilder_documentsExactlyTheAttributesItRequires() throws Exception {
    List<Path> sources = builderSources();
    assertThat(sources).hasSizeGreaterThan(30);
    for (Path source : sources) {
      String name = SOURCES.relativize(source).toString().replace('/', '.').replace(".java", "");
      List<String> documented = documented(Files.readString(source, StandardCharsets.UTF_8));

      assertThat(documented).as(name).containsExactlyElementsOf(missing(Class.forName(name)));
    }
  }
}
