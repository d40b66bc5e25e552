package org.oerkit.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerkit.core.NullArguments;

/** No public factory or method of the monitoring package accepts null: each throws NullPointerException. */
class NullArgumentsTest {

  private static final NullPointerTester TESTER = NullArguments.tester()
      .setDefault(Question.class, Questionnaire.recommendation2019Reporting().questions().get(0));

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
    return List.of(IndicatorFramework.recommendation2019(), Questionnaire.recommendation2019Reporting(),
        Questionnaire.recommendation2019Reporting().questions().get(0), Answer.yes());
  }
}
