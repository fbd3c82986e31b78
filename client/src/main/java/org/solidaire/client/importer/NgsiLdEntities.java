// SPDX-License-Identifier: Apache-2.0
package org.solidaire.client.importer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.solidaire.client.model.Quantity;
import org.solidaire.client.model.Unit;

/**
 * Reads {@code WaterConsumptionObserved} entities, normalized or key-values, NGSI-LD or NGSI v2, by expanding them
 * with the bundled contexts and reading the expanded form, where every attribute is an IRI whatever its name.
 *
 * <p>As NGSI-LD requires, the core context is applied to every entity, after its own; an entity without
 * {@code @context}, as the {@code .json} examples of Smart Data Models are, is read with the WaterConsumption
 * context. A term no context defines expands into the NGSI-LD default vocabulary and is reported as unmapped.
 */
final class NgsiLdEntities {

    static final String SDM = "https://smartdatamodels.org/dataModel.WaterConsumption/";
    static final String NGSI_LD = "https://uri.etsi.org/ngsi-ld/";
    static final String ENTITY_TYPE = SDM + "WaterConsumptionObserved";
    static final String WATER_CONSUMPTION = SDM + "waterConsumption";
    static final String HAS_VALUE = NGSI_LD + "hasValue";
    static final String HAS_OBJECT = NGSI_LD + "hasObject";
    static final String OBSERVED_AT = NGSI_LD + "observedAt";
    static final String UNIT_CODE = NGSI_LD + "unitCode";
    /** Not a core term: Smart Data Models examples name the device with it; it expands into the default vocabulary. */
    static final String OBSERVED_BY = NGSI_LD + "default-context/observedBy";

    /** UN/CEFACT common codes of the units a meter index may come in. */
    private static final Map<String, Unit> UNIT_CODES = Map.of("LTR", Unit.LITRE, "MTQ", Unit.CUBIC_METRE);

    private final NgsiLdImport.Builder result;

    NgsiLdEntities(NgsiLdImport.Builder result) {
        this.result = result;
    }

    /** Reads one payload: an entity, or an array of entities as a query answers. */
    void read(byte[] payload, long position) {
        JsonValue json;
        try {
            json = Json.createReader(new ByteArrayInputStream(payload)).readValue();
        } catch (JsonException e) {
            result.problem(RowProblem.ofRow(position, "The payload is not JSON: " + e.getMessage()));
            return;
        }
        List<JsonValue> entities = json instanceof JsonArray array ? array : List.of(json);
        for (JsonValue entity : entities) {
            if (entity instanceof JsonObject object) {
                entity(object, position);
            } else {
                result.problem(RowProblem.ofRow(position, "An entity is a JSON object, not " + entity.getValueType()));
            }
        }
    }

    private void entity(JsonObject entity, long position) {
        JsonArray expanded;
        try {
            expanded = JsonLd.expand(JsonDocument.of(withCoreContext(entity))).loader(new BundledContextLoader())
                    .get();
        } catch (JsonLdError e) {
            result.problem(RowProblem.ofRow(position, e.getCode() == JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED
                    ? "A JSON-LD context of the entity is not bundled with the importer, and contexts are never "
                    + "fetched: " + e.getMessage()
                    : "The entity cannot be read as JSON-LD: " + e.getMessage()));
            return;
        }
        for (JsonValue node : expanded) {
            node(node.asJsonObject(), position);
        }
    }

    private static JsonObject withCoreContext(JsonObject entity) {
        JsonArrayBuilder contexts = Json.createArrayBuilder();
        JsonValue own = entity.get("@context");
        if (own == null) {
            contexts.add(BundledContextLoader.WATER_CONSUMPTION_CONTEXT);
        } else if (own instanceof JsonArray array) {
            array.forEach(contexts::add);
        } else {
            contexts.add(own);
        }
        contexts.add(BundledContextLoader.CORE_CONTEXT);
        return Json.createObjectBuilder(entity).add("@context", contexts).build();
    }

    private void node(JsonObject node, long position) {
        String id = node.getString("@id", "");
        JsonArray types = node.getJsonArray("@type");
        if (id.isEmpty() || types == null || !types.contains(Json.createValue(ENTITY_TYPE))) {
            result.problem(RowProblem.ofRow(position, "The entity " + id + " is not a WaterConsumptionObserved"));
            return;
        }
        boolean found = false;
        for (Map.Entry<String, JsonValue> attribute : node.entrySet()) {
            if (attribute.getKey().startsWith("@")) {
                continue;
            }
            if (attribute.getKey().equals(WATER_CONSUMPTION)) {
                found = true;
                snapshot(id, attribute.getValue().asJsonArray().getJsonObject(0), position);
            } else {
                result.unmapped(new UnmappedTerm(id, localName(attribute.getKey()), attribute.getKey()));
            }
        }
        if (!found) {
            result.problem(RowProblem.at(position, "waterConsumption", "The entity " + id + " has no meter index"));
        }
    }

    private void snapshot(String id, JsonObject attribute, long position) {
        // Key-values give the number itself; normalized forms give a Property with its value and sub-attributes.
        JsonObject property = attribute.containsKey("@value") ? Json.createObjectBuilder()
                .add(HAS_VALUE, Json.createArrayBuilder().add(attribute)).build() : attribute;
        JsonValue value = first(property, HAS_VALUE, "@value");
        JsonValue unitCode = first(property, UNIT_CODE, "@value");
        JsonValue observedAt = first(property, OBSERVED_AT, "@value");
        JsonValue device = property.containsKey(OBSERVED_BY)
                ? first(property.getJsonArray(OBSERVED_BY).getJsonObject(0), HAS_OBJECT, "@id") : null;
        property.keySet().stream().filter(key -> !key.startsWith("@") && !List.of(HAS_VALUE, UNIT_CODE, OBSERVED_AT,
                OBSERVED_BY).contains(key)).forEach(key -> result.unmapped(new UnmappedTerm(id, "waterConsumption."
                + localName(key), key)));

        Unit unit = unitCode == null ? Unit.LITRE : UNIT_CODES.get(((JsonString) unitCode).getString());
        if (!(value instanceof JsonNumber number) || number.bigDecimalValue().signum() < 0 || unit == null) {
            result.problem(RowProblem.at(position, "waterConsumption", "The meter index of " + id
                    + " is not a volume of zero or more in litres (LTR) or cubic metres (MTQ): " + property));
            return;
        }
        OffsetDateTime time = observedAt == null ? null : time(observedAt, id, position);
        URI sensor = device instanceof JsonString iri ? URI.create(iri.getString()) : null;
        result.snapshot(new MeterSnapshot(id, time, new Quantity(number.bigDecimalValue(), unit), sensor));
    }

    private OffsetDateTime time(JsonValue value, String id, long position) {
        try {
            return OffsetDateTime.parse(((JsonString) value).getString());
        } catch (DateTimeParseException | ClassCastException e) {
            result.problem(RowProblem.at(position, "observedAt", "The observation time of " + id + " is not a "
                    + "date-time with a time zone: " + value));
            return null;
        }
    }

    /** The first value of a key of an expanded object, as the value of its member, such as {@code @value}. */
    private static JsonValue first(JsonObject object, String key, String member) {
        JsonArray values = object.getJsonArray(key);
        return values == null || values.isEmpty() ? null : values.getJsonObject(0).get(member);
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
