package org.oerkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.NullArguments;

/** No public factory or method of the policy package accepts null: each throws NullPointerException. */
class NullArgumentsTest {

  private static final NullPointerTester TESTER = NullArguments.tester()
      .setDefault(PolicyDraft.class, Drafts.complete().build())
      .setDefault(GapAnalysis.class, GapAnalysis.standard());

  @Test
  void staticMethods_ofEveryPublicType_refuseNull() {
    List<Class<?>> types = NullArguments.publicTypes(getClass().getPackageName());
    assertThat(types).isNotEmpty();
    types.forEach(TESTER::testAllPublicStaticMethods);
  }

  @Test
  void instanceMethods_ofSampleValues_refuseNull() {
    samples().forEach(TESTER::testAllPublicInstanceMethods);
  }

  private static List<Object> samples() {
    return List.of(Drafts.complete().build(), Drafts.kyrgyzstan(), Drafts.complete().build().workPlan(),
        Drafts.complete().build().workPlan().actions().get(0), GapAnalysis.standard(),
        GapAnalysis.standard().coverage(Drafts.complete().build()),
        GapAnalysis.standard().compare(List.of(Drafts.complete().build(), Drafts.kyrgyzstan())),
        Drafts.complete().build().coordination().orElseThrow(), Drafts.complete().build().licenseMandate().orElseThrow());
  }
}
