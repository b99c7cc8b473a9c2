package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An item reader's {@code ReaderConfig}.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param inputType {@code InputType}: the file format
 * @param manifestType {@code ManifestType}: the manifest kind
 * @param csvHeaderLocation {@code CSVHeaderLocation}
 * @param csvHeaders {@code CSVHeaders}: the column names when the location is {@code GIVEN}
 * @param csvDelimiter {@code CSVDelimiter}
 * @param itemsPointer {@code ItemsPointer}: a JSON Pointer to the items inside a JSON file
 * @param transformation {@code Transformation} (listObjectsV2 sources)
 * @param maxItems {@code MaxItems}, or {@code MaxItemsPath} when a {@link JsonPath}
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ReaderConfig(
    Optional<ReaderInputType> inputType,
    Optional<ManifestType> manifestType,
    Optional<CsvHeaderLocation> csvHeaderLocation,
    Optional<List<String>> csvHeaders,
    Optional<CsvDelimiter> csvDelimiter,
    Optional<String> itemsPointer,
    Optional<ReaderTransformation> transformation,
    Optional<DynamicNumber> maxItems,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param inputType {@code InputType}: the file format
   * @param manifestType {@code ManifestType}: the manifest kind
   * @param csvHeaderLocation {@code CSVHeaderLocation}
   * @param csvHeaders {@code CSVHeaders}: the column names when the location is {@code GIVEN}
   * @param csvDelimiter {@code CSVDelimiter}
   * @param itemsPointer {@code ItemsPointer}: a JSON Pointer to the items inside a JSON file
   * @param transformation {@code Transformation} (listObjectsV2 sources)
   * @param maxItems {@code MaxItems}, or {@code MaxItemsPath} when a {@link JsonPath}
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ReaderConfig {
    Objects.requireNonNull(inputType, "inputType");
    Objects.requireNonNull(manifestType, "manifestType");
    Objects.requireNonNull(csvHeaderLocation, "csvHeaderLocation");
    csvHeaders = Ordered.copy(csvHeaders, "csvHeaders");
    Objects.requireNonNull(csvDelimiter, "csvDelimiter");
    Objects.requireNonNull(itemsPointer, "itemsPointer");
    Objects.requireNonNull(transformation, "transformation");
    Objects.requireNonNull(maxItems, "maxItems");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
