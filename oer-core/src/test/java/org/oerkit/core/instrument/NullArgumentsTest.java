package org.oerkit.core.instrument;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.NullArguments;

/** No public factory or method of the instrument package accepts null: each throws NullPointerException. */
class NullArgumentsTest {

  @Test
  void publicTypesAndSamples_refuseNull() {
    NullArguments.check(getClass().getPackageName(), samples());
  }

  private static List<Object> samples() {
    return List.of(PolicyTemplate.unescoCountryTemplate(), PolicyTemplate.unescoCountryTemplate().section(PolicySection.SCOPE),
        SubAction.of("12(a)"), ActionArea.values()[0], PolicySection.SCOPE,
        IctCompetency.of(IctCompetencyAspect.PEDAGOGY, IctCompetencyLevel.KNOWLEDGE_CREATION),
        IctCompetencyAspect.PEDAGOGY);
  }
}
