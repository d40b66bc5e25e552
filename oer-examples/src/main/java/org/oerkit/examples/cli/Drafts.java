package org.oerkit.examples.cli;

import java.util.Map;
import java.util.function.Supplier;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.examples.policy.CentralAsiaDrafts;
import org.oerkit.examples.policy.KazakhstanDraft;
import org.oerkit.json.OerJson;

/**
 * The policy drafts a command may name: one of the examples by its name, or a file in oerkit's native JSON
 * ({@code -} for standard input).
 */
final class Drafts {

  /** The example drafts, by the names the commands accept. */
  static final Map<String, Supplier<PolicyDraft>> EXAMPLES = Map.of(
      "kazakhstan-draft", KazakhstanDraft::draft,
      "kyrgyzstan-outline", CentralAsiaDrafts::kyrgyzstan,
      "tajikistan-outline", CentralAsiaDrafts::tajikistan,
      "uzbekistan-outline", CentralAsiaDrafts::uzbekistan);

  private Drafts() {}

  /**
   * Reads a draft named on the command line.
   *
   * @param name  an example's name, the path of a JSON file, or {@code -}
   * @return the draft
   * @throws UnusableFileException if the file cannot be read or does not hold a valid draft
   */
  static PolicyDraft read(String name) {
    Supplier<PolicyDraft> example = EXAMPLES.get(name);
    return example != null ? example.get()
        : Input.fileOrExample(name, EXAMPLES.keySet(), bytes -> OerJson.read(bytes, PolicyDraft.class));
  }
}
