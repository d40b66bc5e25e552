package org.oerkit.core.policy;

/**
 * A kind of source that funds a work-plan action (template section 10, "Cost estimation and sustainable
 * funding strategies", Astana 2017 concept note, Session 13).
 *
 * <p>The kinds follow the UNESCO Recommendation on OER (2019): traditional funding and budget optimisation
 * (14(a), 14(g)), reciprocity-based mobilisation through partnerships, donations, memberships, pay what you
 * want and crowdfunding (14(b)), and regional and international funding mechanisms (15(b)).
 */
public enum FundingSourceKind {
  /** The national state budget. */
  STATE_BUDGET,
  /** A regional or local budget. */
  LOCAL_BUDGET,
  /** The budget of an institution. */
  INSTITUTIONAL_BUDGET,
  /** A reallocation of existing budgets, such as textbook procurement (14(a), 14(g)). */
  BUDGET_REALLOCATION,
  /** An international donor or funds-in-trust, such as the UNESCO-Weidong Group Funds-in-Trust (15(b)). */
  INTERNATIONAL_DONOR,
  /** A public-private partnership (14(b)). */
  PARTNERSHIP,
  /** Philanthropic foundations and donations (14(b)). */
  DONATIONS,
  /** Memberships (14(b)). */
  MEMBERSHIPS,
  /** Pay what you want (14(b)). */
  PAY_WHAT_YOU_WANT,
  /** Crowdfunding (14(b)). */
  CROWDFUNDING,
  /** Any other source. */
  OTHER
}
