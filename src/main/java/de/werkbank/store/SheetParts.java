package de.werkbank.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import de.werkbank.sheet.Indicator;
import de.werkbank.sheet.Step;
import java.util.List;

/**
 * A sheet's steps and indicators as the JSON arrays its row holds: they are edited, versioned and
 * replaced with the sheet, never on their own.
 */
final class SheetParts {

    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {
    };
    private static final TypeReference<List<Indicator>> INDICATORS = new TypeReference<>() {
    };

    private SheetParts() {
    }

    static String json(List<?> parts) {
        try {
            return StoreJson.MAPPER.writeValueAsString(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sheet parts not writable", e);
        }
    }

    static List<Step> steps(String json) {
        return read(json, STEPS);
    }

    static List<Indicator> indicators(String json) {
        return read(json, INDICATORS);
    }

    private static <T> List<T> read(String json, TypeReference<List<T>> type) {
        try {
            return List.copyOf(StoreJson.MAPPER.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new StoreException(e, "store.sqlError", e.getOriginalMessage());
        }
    }
}
