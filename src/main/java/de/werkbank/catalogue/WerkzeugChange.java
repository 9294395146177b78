package de.werkbank.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One tool before and after a change (same id). */
public record WerkzeugChange(Werkzeug before, Werkzeug after) {

    public WerkzeugChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("a change keeps the tool's id");
        }
    }

    /** The fields that differ, by their column names in the catalogue table (e.g. {@code Titel}). */
    public List<String> changedFields() {
        List<String> fields = new ArrayList<>();
        differs(fields, CatalogueTable.Column.CODE, before.code(), after.code());
        differs(fields, CatalogueTable.Column.TITLE, before.title(), after.title());
        differs(fields, CatalogueTable.Column.DESCRIPTION, before.description(), after.description());
        differs(fields, CatalogueTable.Column.FIELD, before.handlungsfeld(), after.handlungsfeld());
        differs(fields, CatalogueTable.Column.KIND, before.kind(), after.kind());
        differs(fields, CatalogueTable.Column.TARGET_GROUPS, before.targetGroups(), after.targetGroups());
        differs(fields, CatalogueTable.Column.LEAD_OFFICE, before.leadOffice(), after.leadOffice());
        differs(fields, CatalogueTable.Column.TAGS, before.tags(), after.tags());
        return fields;
    }

    private static void differs(List<String> fields, CatalogueTable.Column column, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            fields.add(column.heading());
        }
    }
}
