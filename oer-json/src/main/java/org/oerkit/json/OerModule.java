package org.oerkit.json;

import org.oerkit.json.internal.Bindings;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that binds every public value type of {@code oer-core} to the native oerkit JSON
 * format described in {@code FORMAT.md}.
 *
 * <p>Register it explicitly, {@code JsonMapper.builder().addModule(new OerModule()).build()}, or let
 * Jackson find it through {@link java.util.ServiceLoader} with {@code findAndAddModules()}. Most users
 * want {@link OerJson} instead, which adds the module to a mapper with strict reading and safety limits.
 * A mapper you configure yourself gets the bindings but keeps your own features and limits: Jackson 3
 * defaults ignore unknown properties and accept duplicate keys, which {@link OerJson} does not.
 *
 * <p>Every type is bound by a hand-written serializer and deserializer: no annotations, no default
 * typing and no class names in the JSON.
 */
public final class OerModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module's name, also its registration id: registering it twice has no further effect. */
  public static final String NAME = "oerkit";

  /**
   * Creates the module. The constructor is public for {@link java.util.ServiceLoader}.
   */
  public OerModule() {
    super(NAME);
    Bindings.register(this);
  }

  @Override
  public Object getRegistrationId() {
    return NAME;
  }
}
