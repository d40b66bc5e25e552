package org.oerkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oerkit.examples.astana.Astana2017;
import org.oerkit.examples.license.LicenseWalkthrough;
import org.oerkit.examples.policy.KazakhstanDraft;

/** Each example runs as a program and prints what its Javadoc promises. */
class ExamplesMainTest {

  private static String run(Runnable main) {
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(saved);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void astana2017_printsTheProgrammeAndItsValidation() {
    assertThat(run(Astana2017::main)).contains("Session 15: Synthesis of the Workshop").contains("Validation")
        .contains("0 errors, 0 warnings, 3 notes");
  }

  @Test
  void kazakhstanDraft_printsTheDraftGapsAndComparison() {
    assertThat(run(KazakhstanDraft::main)).contains("not an official document").contains("## Gap report")
        .contains("Comparison of 4 OER policy drafts");
  }

  @Test
  void licenseWalkthrough_printsDefaultRemixesAndAttributions() {
    assertThat(run(LicenseWalkthrough::main)).startsWith("National default licence: CC-BY-4.0")
        .contains("Cut the CC BY-ND video into the textbook: no.").contains("kk: ");
  }
}
