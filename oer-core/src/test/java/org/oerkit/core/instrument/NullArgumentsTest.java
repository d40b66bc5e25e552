package org.oerkit.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.NullArguments;

/** No public factory or method of the instrument package accepts null: each throws NullPointerException. */
class NullArgumentsTest {

  private static final NullPointerTester TESTER = NullArguments.tester();

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
    return List.of(PolicyTemplate.unescoCountryTemplate(), PolicyTemplate.unescoCountryTemplate().section(PolicySection.SCOPE),
        SubAction.of("12(a)"), ActionArea.values()[0], PolicySection.SCOPE,
        IctCompetency.of(IctCompetencyAspect.PEDAGOGY, IctCompetencyLevel.KNOWLEDGE_CREATION),
        IctCompetencyAspect.PEDAGOGY);
  }
}
