package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.oerkit.core.Finding;
import org.oerkit.core.instrument.PolicyTemplate;
import org.oerkit.core.monitoring.Answer;
import org.oerkit.core.monitoring.IndicatorFramework;
import org.oerkit.core.monitoring.QuestionnaireResponse;
import org.oerkit.core.policy.GapAnalysis;
import org.oerkit.core.policy.PolicyDraft;

class PolicyJsonTest {

  @Test
  void write_kazakhstanDraft_matchesGoldenFile() {
    assertThat(OerJson.writeString(PolicySamples.kazakhstan())).isEqualTo(Golden.read("policy-draft.json"));
  }

  @Test
  void read_goldenDraft_givesEqualDraftAndValidates() {
    assertThat(OerJson.read(Golden.bytes("policy-draft.json"), PolicyDraft.class)).isEqualTo(PolicySamples.kazakhstan());
    assertThat(Schemas.errors(DocumentType.POLICY_DRAFT, Golden.bytes("policy-draft.json"))).isEmpty();
    assertThat(OerJson.detect(Golden.bytes("policy-draft.json"))).isEqualTo(DocumentType.POLICY_DRAFT);
  }

  @Test
  void write_response_matchesGoldenFileWithAnswersInKeyOrder() {
    assertThat(OerJson.writeString(PolicySamples.response())).isEqualTo(Golden.read("questionnaire-response.json"));
    assertThat(OerJson.read(Golden.bytes("questionnaire-response.json"), QuestionnaireResponse.class))
        .isEqualTo(PolicySamples.response());
    assertThat(Schemas.errors(DocumentType.QUESTIONNAIRE_RESPONSE, Golden.bytes("questionnaire-response.json")))
        .isEmpty();
  }

  @Test
  void write_everyGeneratedDraft_readsBackEqualAndValidates() {
    qt().withExamples(100).forAll(PolicySamples.drafts()).check(d -> {
      byte[] bytes = OerJson.write(d);
      return OerJson.read(bytes, PolicyDraft.class).equals(d) && Schemas.errors(DocumentType.POLICY_DRAFT, bytes)
          .isEmpty();
    });
  }

  @Test
  void write_everyGeneratedResponse_readsBackEqualAndValidates() {
    qt().withExamples(100).forAll(PolicySamples.responses()).check(r -> {
      byte[] bytes = OerJson.write(r);
      return OerJson.read(bytes, QuestionnaireResponse.class).equals(r)
          && Schemas.errors(DocumentType.QUESTIONNAIRE_RESPONSE, bytes).isEmpty();
    });
  }

  @Test
  void truncation_atEveryByteOfTheGoldenDraft_isRefused() {
    byte[] valid = Golden.bytes("policy-draft.json");
    int end = new String(valid, UTF_8).lastIndexOf('}');
    for (int length = 0; length <= end; length += 1) {
      int n = length;
      assertThatThrownBy(() -> OerJson.read(java.util.Arrays.copyOf(valid, n), PolicyDraft.class)).as("prefix %s", n)
          .isInstanceOf(OerJsonException.class);
    }
  }

  @Test
  void write_referenceCatalogues_readBackEqual() {
    PolicyTemplate template = PolicyTemplate.unescoCountryTemplate();
    assertThat(OerJson.read(OerJson.write(template), PolicyTemplate.class)).isEqualTo(template);
  }

  @Test
  void read_answerNotMatchingItsType_pointsAtType() {
    String answer = "{'type':'YES_NO','number':3}".replace('\'', '"');
    assertThatThrownBy(() -> OerJson.read(answer.getBytes(UTF_8), Answer.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/type");
          assertThat(e.problem()).contains("Answer.type must match the value given");
        });
  }

  @Test
  void read_unknownSubAction_pointsAtIt() {
    String draft = Golden.read("policy-draft.json").replace("\"11(b)\"", "\"16(z)\"");
    assertThatThrownBy(() -> OerJson.read(draft.getBytes(UTF_8), PolicyDraft.class))
        .isInstanceOfSatisfying(OerJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/strategies/0/subActions/0");
          assertThat(e.problem()).contains("sub-action of the 2019 Recommendation");
        });
  }

  @Test
  void read_indicatorOfAnUnknownObjective_readsAndIsAFindingOfTheGapAnalysis() {
    String json = Golden.read("policy-draft.json").replace("\"objectives\": [\n        \"o1\"",
        "\"objectives\": [\n        \"o9\"");
    assertThat(json).contains("\"o9\"");
    PolicyDraft draft = OerJson.read(json.getBytes(UTF_8), PolicyDraft.class);
    assertThat(GapAnalysis.standard().analyze(draft).findings("policy.unknown-objective"))
        .extracting(Finding::message).singleElement().asString().contains("objective o9");
  }

  @Test
  void indicatorFramework_isBoundToo() {
    String framework = "{'format':'oerkit/indicator-framework/1','title':'UNESCO OER indicators','source':'Orr et al.','dimensions':[{'id':'d1','title':'Policy',"
        + "'source':'Orr et al.'}],'indicators':[{'id':'i1','dimension':'d1','name':'Policy exists'}]}";
    IndicatorFramework read = OerJson.read(framework.replace('\'', '"').getBytes(UTF_8), IndicatorFramework.class);
    assertThat(OerJson.read(OerJson.write(read), IndicatorFramework.class)).isEqualTo(read);
  }
}
