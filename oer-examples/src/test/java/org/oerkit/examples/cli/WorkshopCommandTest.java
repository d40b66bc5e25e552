package org.oerkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerkit.json.OerJson;
import tools.jackson.databind.JsonNode;

class WorkshopCommandTest {

  @Test
  void check_astana_validates_withTheInferredTimesAsNotes() {
    OerRun run = OerRun.of("workshop", "check", "astana-2017");

    assertThat(run.status()).isEqualTo(Oer.OK);
    assertThat(run.out()).contains("INFO 2017-12-13 / session-13 [agenda.time-inferred]")
        .contains("INFO 2017-12-13 / d3-coffee-1 [agenda.time-inferred]")
        .endsWith("0 errors, 0 warnings, 3 notes\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void check_json_isAListOfFindings() {
    OerRun run = OerRun.of("workshop", "check", "astana-2017", "--json");

    JsonNode list = OerJson.mapper().readTree(run.out());
    assertThat(list).hasSize(3);
    assertThat(list.get(0).propertyNames()).containsExactly("severity", "location", "rule", "source", "message");
  }

  @Test
  void check_missingFile_isBadInputOnOneLine() {
    OerRun run = OerRun.of("workshop", "check", "no-such-workshop.json");

    assertThat(run.status()).isEqualTo(Oer.FINDINGS);
    assertThat(run.errLine()).startsWith("oer workshop check: ").contains("no-such-workshop.json")
        .doesNotContain("\n");
  }

  @Test
  void check_noArgument_isUsageError() {
    OerRun run = OerRun.of("workshop", "check");

    assertThat(run.status()).isEqualTo(Oer.USAGE);
    assertThat(run.errLine()).isEqualTo("oer workshop check: Missing required parameter: 'WORKSHOP'");
  }
}
