package org.oerkit.core.agenda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.oerkit.core.DomainRuleException;

/**
 * Jazzer fuzz target for {@link SessionTime#parse(CharSequence)} (issue 12, "Keep it found"): any text gives
 * a time whose canonical text parses back to it, or a {@link DomainRuleException} with a short message,
 * never another exception or error. The normal test run replays {@code SessionTimeFuzzTestInputs/parse};
 * the {@code fuzz} profile fuzzes it for a given time (see {@code oer-core/TESTING.md}).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class SessionTimeFuzzTest {

  @FuzzTest
  void parse(byte[] bytes) {
    SessionTime time;
    try {
      time = SessionTime.parse(new String(bytes, UTF_8));
    } catch (DomainRuleException e) {
      assertThat(e.getMessage()).hasSizeLessThan(2_000);
      return;
    }
    assertThat(SessionTime.parse(time.toString())).isEqualTo(time);
  }
}
