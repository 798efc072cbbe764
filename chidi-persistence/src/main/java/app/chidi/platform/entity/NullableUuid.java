package app.chidi.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Maps a nullable {@code uuid} column as it is. EclipseLink 4.0.7 (Payara 6.2025.10) converts UUID
 * attributes with its own UUIDConverter, which throws a NullPointerException reading a NULL
 * (eclipse-ee4j/eclipselink#2768, fixed in later 4.0 releases); an explicit converter replaces it.
 * Use it on every UUID attribute whose column allows NULL.
 */
@Converter
public class NullableUuid implements AttributeConverter<UUID, UUID> {

  @Override
  public UUID convertToDatabaseColumn(UUID attribute) {
    return attribute;
  }

  @Override
  public UUID convertToEntityAttribute(UUID column) {
    return column;
  }
}
