package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.oerkit.core.license.License;
import org.oerkit.core.license.Licenses;
import org.oerkit.core.monitoring.Answer;
import org.oerkit.core.monitoring.Questionnaire;
import org.oerkit.core.monitoring.QuestionnaireResponse;
import org.oerkit.core.policy.LicenseMandate;
import org.oerkit.core.vocabulary.Country;

/** Conditional questions and retired licences kept on purpose, in the native format. */
class MonitoringJsonTest {

  @Test
  void reportingResponse_withConditionsAndSections_roundTripsAndValidates() {
    QuestionnaireResponse r = QuestionnaireResponse.builder()
        .questionnaire(Questionnaire.recommendation2019Reporting()).country(Country.KAZAKHSTAN)
        .putAnswer("Q6", Answer.no()).build();

    byte[] json = OerJson.write(r);

    assertThat(new String(json, UTF_8)).contains("\"section\": \"General Information\"")
        .contains("\"questionId\": \"Q6\"").contains("\"answer\": \"yes\"");
    assertThat(OerJson.read(json, QuestionnaireResponse.class)).isEqualTo(r);
    assertThat(Schemas.errors(DocumentType.QUESTIONNAIRE_RESPONSE, json)).isEmpty();
  }

  @Test
  void read_conditionOnALaterQuestion_isRefusedNamingIt() {
    String json = "{'format':'oerkit/questionnaire-response/1','questionnaire':{'id':'t','title':'T','source':'S',"
        + "'questions':[{'id':'A','text':'Details','type':'TEXT','shownWhen':{'questionId':'B','answer':'yes'}},"
        + "{'id':'B','text':'B?','type':'YES_NO'}]},'country':'KZ'}";

    assertThatThrownBy(() -> OerJson.read(json.replace('\'', '"').getBytes(UTF_8), QuestionnaireResponse.class))
        .isInstanceOf(OerJsonException.class)
        .hasMessageContaining("must make conditions depend on earlier questions")
        .hasMessageContaining("A shown when B is yes");
  }

  @Test
  void licenseMandate_keptRetired_roundTrips() {
    License devNations = License.parse("https://creativecommons.org/licenses/devnations/2.0/");
    LicenseMandate mandate = LicenseMandate.builder().defaultLicense(Licenses.CC_BY_4_0)
        .addAlternatives(devNations).addKeptRetired(devNations).build();

    byte[] json = OerJson.write(mandate);

    assertThat(new String(json, UTF_8)).contains("\"keptRetired\"");
    assertThat(OerJson.read(json, LicenseMandate.class)).isEqualTo(mandate);
  }
}
