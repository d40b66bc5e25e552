package org.oerkit.core.monitoring;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.NullArguments;

/** No public factory or method of the monitoring package accepts null: each throws NullPointerException. */
class NullArgumentsTest {

  @Test
  void publicTypesAndSamples_refuseNull() {
    NullArguments.check(getClass().getPackageName(), samples());
  }

  private static List<Object> samples() {
    return List.of(IndicatorFramework.recommendation2019(), Questionnaire.recommendation2019Reporting(),
        Questionnaire.recommendation2019Reporting().questions().get(0), Answer.yes());
  }
}
