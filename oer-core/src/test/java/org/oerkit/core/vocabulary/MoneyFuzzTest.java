package org.oerkit.core.vocabulary;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.oerkit.core.DomainRuleException;

/**
 * Jazzer fuzz target for {@link Money#parse(CharSequence)} (issue 12, "Keep it found"): any text gives an
 * amount whose canonical text parses back to it, or a {@link DomainRuleException} with a short message,
 * never another exception or error ({@code KZT 1e999999999} is refused at once). The normal test run
 * replays {@code MoneyFuzzTestInputs/parse}; the {@code fuzz} profile fuzzes it for a given time (see
 * {@code oer-core/TESTING.md}).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MoneyFuzzTest {

  @FuzzTest
  void parse(byte[] bytes) {
    Money money;
    try {
      money = Money.parse(new String(bytes, UTF_8));
    } catch (DomainRuleException e) {
      assertThat(e.getMessage()).hasSizeLessThan(2_000);
      return;
    }
    assertThat(Money.parse(money.toString())).isEqualTo(money);
  }
}
