package org.oerkit.json;

import java.util.ArrayList;
import java.util.List;
import org.oerkit.core.Finding;
import org.oerkit.core.Report;
import org.oerkit.core.Rule;
import org.oerkit.core.Severity;

/**
 * The outcome of a lenient read: the value, and the properties that were skipped because the format does
 * not know them.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the type of the value
 */
public final class ReadResult<T> {

  /** The rule that a skipped property breaks: it is not part of the native format. */
  public static final Rule UNKNOWN_PROPERTY = Rule.of("json.unknown-property",
      "Every property of a document is part of the oerkit native JSON format.",
      "oerkit native JSON format (oer-json FORMAT.md)");

  private final T value;
  private final List<String> ignored;
  private final List<String> owners;

  ReadResult(T value, List<String> ignored, List<String> owners) {
    this.value = value;
    this.ignored = List.copyOf(ignored);
    this.owners = List.copyOf(owners);
  }

  /**
   * Gets the value read.
   *
   * @return the value, never null
   */
  public T value() {
    return value;
  }

  /**
   * Gets the JSON Pointers of the properties that were skipped, in document order.
   *
   * @return the pointers, empty if the document had none the format does not know
   */
  public List<String> ignored() {
    return ignored;
  }

  /**
   * Gets the skipped properties as a report, one {@link Severity#WARNING} for each.
   *
   * @return the report, empty if nothing was skipped
   */
  public Report report() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < ignored.size(); i++) {
      String pointer = ignored.get(i);
      String name = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
      findings.add(Finding.of(UNKNOWN_PROPERTY, Severity.WARNING, pointer,
          "\"" + name + "\" is not a property of " + owners.get(i) + " and was ignored."));
    }
    return Report.of(findings);
  }

  @Override
  public String toString() {
    return "ReadResult{value=" + value + ", ignored=" + ignored + "}";
  }
}
