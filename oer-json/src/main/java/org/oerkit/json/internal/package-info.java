/**
 * The inside of the oerkit JSON binding, not part of its API: one {@link org.oerkit.json.internal.Codec}
 * per bound type, from which the Jackson serializer, the deserializer and the shipped JSON Schema all
 * follow.
 *
 * <p>Codecs are hand-written declarations ({@link org.oerkit.json.internal.ObjectCodec#of}) rather than
 * Jackson annotations, because {@code oer-core} must stay free of Jackson and because reading through
 * each type's builder lets every domain rule be reported at the JSON Pointer of the field it names.
 * Nothing here may be used from outside {@code oer-json}; it may change in any release.
 */
package org.oerkit.json.internal;
