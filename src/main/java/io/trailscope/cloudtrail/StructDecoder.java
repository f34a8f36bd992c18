package io.trailscope.cloudtrail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Field lookup for one struct of the schema: exact JSON names first, then case-insensitively. */
final class StructDecoder {
    private final ColumnType.Struct struct;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> lowerCase = new HashMap<>();
    private final StructDecoder[] children;

    StructDecoder(ColumnType.Struct struct) {
        this.struct = struct;
        List<SchemaField> fields = struct.fields();
        children = new StructDecoder[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            SchemaField field = fields.get(i);
            exact.put(field.jsonName(), i);
            lowerCase.put(field.jsonName().toLowerCase(Locale.ROOT), i);
            if (field.type() instanceof ColumnType.Struct child) {
                children[i] = new StructDecoder(child);
            } else if (field.type() instanceof ColumnType.StructList list) {
                children[i] = new StructDecoder(list.element());
            }
        }
    }

    int size() {
        return struct.fields().size();
    }

    /** The index of a JSON key in this struct, or -1 when the schema does not know it. */
    int indexOf(String key) {
        Integer index = exact.get(key);
        if (index == null) {
            index = lowerCase.get(key.toLowerCase(Locale.ROOT));
        }
        return index == null ? -1 : index;
    }

    ColumnType typeOf(int index) {
        return struct.fields().get(index).type();
    }

    String jsonNameOf(int index) {
        return struct.fields().get(index).jsonName();
    }

    StructDecoder child(int index) {
        return children[index];
    }
}
