/**
 * oerkit core: the Open Educational Resources policy domain as immutable data (vocabulary, licences,
 * workshop programmes, policy drafts, the reference catalogue of instruments, and monitoring).
 *
 * <p>Guava is the only module needed at run time. It is read but not re-exported ({@code requires}, not
 * {@code requires transitive}): the API declares JDK types ({@code List}, {@code Set}, {@code Map},
 * {@code Optional}) and no Guava type. The Immutables annotations are read by the annotation processor
 * when this module is compiled and are needed neither by its users' compilers nor at run time
 * ({@code requires static}); the project style keeps element-bearing Immutables annotations out of the
 * class files, so a user compiling with {@code -Xlint:all -Werror} sees no "Cannot find annotation method"
 * warning without the annotation jar.
 *
 * <p>Nothing is opened: no part of oerkit, and no library it is bound to, reads these types by reflection
 * (the Jackson binding of {@code org.oerkit.json} is hand-written and goes through the public builders).
 */
module org.oerkit.core {
  requires com.google.common;
  requires static org.immutables.value.annotations;

  exports org.oerkit.core;
  exports org.oerkit.core.agenda;
  exports org.oerkit.core.instrument;
  exports org.oerkit.core.license;
  exports org.oerkit.core.monitoring;
  exports org.oerkit.core.policy;
  exports org.oerkit.core.vocabulary;
}
