package org.oerkit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.oerkit.core.Bounds;
import org.oerkit.core.DomainRuleException;
import org.oerkit.core.Texts;
import org.oerkit.core.agenda.Day;
import org.oerkit.core.agenda.ICalendarWriter;
import org.oerkit.core.agenda.Session;
import org.oerkit.core.agenda.SessionKind;
import org.oerkit.core.agenda.SessionTime;
import org.oerkit.core.agenda.Workshop;
import org.oerkit.core.monitoring.Answer;
import org.oerkit.core.monitoring.QuestionnaireResponse;
import org.oerkit.core.policy.Measurement;
import org.oerkit.core.policy.PolicyDraft;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.LanguageTag;

/**
 * Values at the bounds of {@link Bounds} and {@link Texts} (issue 12): the builders make them, validate()
 * reports on them without an exception, the writers write them, the reader reads them back equal, and the
 * shipped schema accepts what is written; one step past a bound, the builder and the reader refuse alike.
 */
class ValuesAtTheBoundsTest {

  private static final String LONGEST_ID = "a-" + "b".repeat(Texts.MAX_IDENTIFIER_LENGTH - 2);

  private static Workshop workshop(String id, LocalDate date, Session session) {
    return Workshop.builder().id(id).title(LanguageTag.ENGLISH, "Bounds").zone("Asia/Almaty").startDate(date)
        .endDate(date).addDays(Day.of(date, session)).build();
  }

  private static Session session(String id, SessionTime time) {
    return Session.builder().id(id).title("Session").kind(SessionKind.PLENARY_PRESENTATION).time(time).build();
  }

  private static <T> void writesReadsBackAndKeepsTheSchema(T value, Class<T> type, DocumentType document) {
    byte[] json = OerJson.write(value);
    assertThat(OerJson.read(json, type)).isEqualTo(value);
    assertThat(Schemas.errors(document, json)).isEmpty();
  }

  @Test
  void workshop_longestIdLastYearAndLongestSession_isWrittenReadAndChecked() {
    Workshop workshop = workshop(LONGEST_ID, LocalDate.of(Bounds.MAX_YEAR, 12, 24),
        session(LONGEST_ID, SessionTime.parse("09:00/P" + Bounds.MAX_DURATION_DAYS + "D")));

    assertThat(LONGEST_ID).hasSize(Texts.MAX_IDENTIFIER_LENGTH);
    assertThat(workshop.validate().findings()).isNotEmpty();
    assertThat(ICalendarWriter.write(workshop)).contains("DTSTART");
    writesReadsBackAndKeepsTheSchema(workshop, Workshop.class, DocumentType.WORKSHOP);
  }

  @Test
  void workshop_firstYear_isWrittenAndReadBack() {
    Workshop workshop = workshop("w", LocalDate.of(Bounds.MIN_YEAR, 1, 1), session("s", SessionTime.parse("00:00-23:59")));

    assertThat(workshop.validate().hasErrors()).isFalse();
    writesReadsBackAndKeepsTheSchema(workshop, Workshop.class, DocumentType.WORKSHOP);
  }

  @Test
  void workshop_onePastEachBound_isRefusedByTheBuilderAndTheReader() {
    String document = new String(OerJson.write(workshop("w", LocalDate.of(2017, 12, 11),
        session("s", SessionTime.parse("09:00/PT1H")))), UTF_8);
    String tooLong = LONGEST_ID + "c";

    assertThatThrownBy(() -> workshop(tooLong, LocalDate.of(2017, 12, 11), session("s", SessionTime.parse("09:00"))))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> SessionTime.parse("09:00/P" + Bounds.MAX_DURATION_DAYS + "DT1M"))
        .isInstanceOf(DomainRuleException.class);
    assertThatThrownBy(() -> Workshop.builder().from(workshop("w", LocalDate.of(2017, 12, 11),
        session("s", SessionTime.parse("09:00")))).startDate(LocalDate.of(Bounds.MIN_YEAR - 1, 12, 31)).build())
        .isInstanceOf(DomainRuleException.class);
    for (String hostile : new String[] {
        document.replaceFirst("\"id\" ?: ?\"w\"", "\"id\":\"" + tooLong + "\""),
        document.replace("PT1H", "PT-1H"),
        document.replace("2017-12-11", "1899-12-31")}) {
      assertThat(hostile).isNotEqualTo(document);
      assertThatThrownBy(() -> OerJson.read(hostile.getBytes(UTF_8), Workshop.class))
          .isInstanceOf(OerJsonException.class);
      assertThat(Schemas.errors(DocumentType.WORKSHOP, hostile.getBytes(UTF_8))).as(hostile).isNotEmpty();
    }
    // The seven-day maximum is the domain's: no pattern states it for every ISO 8601 spelling (P7D, PT168H,
    // PT10080M), so the schema says only "not negative" and the reader refuses the rest.
    assertThatThrownBy(() -> OerJson.read(document.replace("PT1H", "PT168H1M").getBytes(UTF_8), Workshop.class))
        .isInstanceOf(OerJsonException.class);
  }

  @Test
  void answer_mostDigits_isWrittenAndReadBack_andOneMoreIsRefused() {
    BigDecimal most = new BigDecimal("9".repeat(Bounds.MAX_INTEGER_DIGITS) + "." + "9".repeat(Bounds.MAX_DECIMALS));
    QuestionnaireResponse response = QuestionnaireResponse.builder()
        .questionnaire(PolicySamples.response().questionnaire()).country(Country.KAZAKHSTAN)
        .putAnswer("q2", Answer.number(most.negate())).build();

    assertThat(response.questionnaire().summarize(java.util.List.of(response))).isNotEmpty();
    assertThat(Answer.number(most).display()).isEqualTo(most.toPlainString());
    writesReadsBackAndKeepsTheSchema(response, QuestionnaireResponse.class, DocumentType.QUESTIONNAIRE_RESPONSE);
    assertThatThrownBy(() -> Answer.number(most.add(BigDecimal.ONE))).isInstanceOf(DomainRuleException.class);
    String document = new String(OerJson.write(response), UTF_8);
    assertThat(document).contains("-" + most.toPlainString());
    byte[] oneMore = document.replace("-" + most.toPlainString(), "-1" + "0".repeat(Bounds.MAX_INTEGER_DIGITS))
        .getBytes(UTF_8);
    assertThatThrownBy(() -> OerJson.read(oneMore, QuestionnaireResponse.class)).isInstanceOf(OerJsonException.class);
    // The validator compares in binary floating point, where -10^18 and the bound are one number; twice as
    // far is beyond its rounding.
    byte[] farther = document.replace("-" + most.toPlainString(), "-2" + "0".repeat(Bounds.MAX_INTEGER_DIGITS))
        .getBytes(UTF_8);
    assertThat(Schemas.errors(DocumentType.QUESTIONNAIRE_RESPONSE, farther)).isNotEmpty();
  }

  @Test
  void policyDraft_lastYear_isWrittenAndReadBack_andTheYearAfterIsRefused() {
    PolicyDraft draft = PolicyDraft.builder().from(PolicySamples.kazakhstan()).endYear(Year.of(Bounds.MAX_YEAR))
        .build();

    writesReadsBackAndKeepsTheSchema(draft, PolicyDraft.class, DocumentType.POLICY_DRAFT);
    assertThatThrownBy(() -> PolicyDraft.builder().from(draft).endYear(Year.of(Bounds.MAX_YEAR + 1)).build())
        .isInstanceOf(DomainRuleException.class)
        .hasMessageContaining("PolicyDraft.endYear must lie in the years");
    assertThatThrownBy(() -> Measurement.of(1, Bounds.MAX_YEAR + 1)).isInstanceOf(DomainRuleException.class);
  }
}
