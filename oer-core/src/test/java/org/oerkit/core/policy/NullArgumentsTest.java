package org.oerkit.core.policy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.NullArguments;

/** No public factory or method of the policy package accepts null: each throws NullPointerException. */
class NullArgumentsTest {

  @Test
  void publicTypesAndSamples_refuseNull() {
    NullArguments.check(getClass().getPackageName(), samples());
  }

  private static List<Object> samples() {
    return List.of(Drafts.complete().build(), Drafts.kyrgyzstan(), Drafts.complete().build().workPlan(),
        Drafts.complete().build().workPlan().actions().get(0), GapAnalysis.standard(),
        GapAnalysis.standard().coverage(Drafts.complete().build()),
        GapAnalysis.standard().compare(List.of(Drafts.complete().build(), Drafts.kyrgyzstan())),
        Drafts.complete().build().coordination().orElseThrow(), Drafts.complete().build().licenseMandate().orElseThrow());
  }
}
