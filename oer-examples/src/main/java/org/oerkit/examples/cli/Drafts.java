package org.oerkit.examples.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.examples.policy.CentralAsiaDrafts;
import org.oerkit.examples.policy.KazakhstanDraft;
import org.oerkit.json.OerJson;

/**
 * The policy drafts a command may name: one of the examples by its name, or a file in oerkit's native JSON.
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
   * @param name  an example's name or the path of a JSON file
   * @return the draft
   * @throws org.oerkit.core.UnreadableDocumentException if the file does not hold a valid draft
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  static PolicyDraft read(String name) {
    Supplier<PolicyDraft> example = EXAMPLES.get(name);
    return example != null ? example.get() : OerJson.read(Path.of(name), PolicyDraft.class);
  }
}
