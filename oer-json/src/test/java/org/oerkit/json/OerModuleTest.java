package org.oerkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerkit.core.vocabulary.Country;
import org.oerkit.core.vocabulary.Person;
import tools.jackson.databind.json.JsonMapper;

class OerModuleTest {

  @Test
  void serviceLoader_findsTheModule() {
    assertThat(JsonMapper.builder().build().registeredModules()).noneMatch(m -> m instanceof OerModule);
    assertThat(tools.jackson.databind.cfg.MapperBuilder.findModules()).anyMatch(m -> m instanceof OerModule);
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.readValue("{\"name\":\"A\"}", Person.class)).isEqualTo(Person.of("A"));
  }

  @Test
  void addModule_twice_registersOnce() {
    JsonMapper mapper = JsonMapper.builder().addModule(new OerModule()).addModule(new OerModule()).build();
    assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof OerModule).hasSize(1);
    assertThat(mapper.writeValueAsString(Country.KAZAKHSTAN)).isEqualTo("\"KZ\"");
  }

  @Test
  void handConfiguredMapper_keepsItsOwnDefaults() {
    JsonMapper lenient = JsonMapper.builder().addModule(new OerModule()).build();
    // Jackson 3 ignores unknown properties by default; the module follows the mapper's setting.
    assertThat(lenient.readValue("{\"name\":\"A\",\"x\":1}", Person.class)).isEqualTo(Person.of("A"));
  }
}
