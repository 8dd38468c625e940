package io.launchcheck.api.compact;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * Copies of a record with some components replaced by name, every other component kept as it is. The compact
 * answer changes only the rule texts of findings and the findings of results this way, so components that later
 * versions add to these records (for example a finding's waiver or a result's advice) travel through unchanged
 * without this code naming them. Written by hand because Jackson cannot update an immutable record in place; the
 * record's canonical constructor and accessors are looked up once per class (core reflection, which Java 17 turns
 * into generated accessors after a few calls).
 */
final class Records {

    private record Shape(String[] names, Method[] accessors, Constructor<?> constructor) {

        int index(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no component " + name);
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException(type + " is not a record");
            }
            String[] names = new String[components.length];
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getType();
                accessors[i] = components[i].getAccessor();
            }
            try {
                return new Shape(names, accessors, type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type, e);
            }
        }
    };

    private Records() {
    }

    /** Whether the record type has a component of this name. */
    static boolean hasComponent(Class<?> type, String name) {
        return Arrays.asList(SHAPES.get(type).names()).contains(name);
    }

    /** A copy of the record with the named components replaced (names it does not have are an error). */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, Map<String, ?> replacements) {
        Shape shape = SHAPES.get(record.getClass());
        Object[] values = new Object[shape.names().length];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = shape.accessors()[i].invoke(record);
            }
            for (Map.Entry<String, ?> replacement : replacements.entrySet()) {
                values[shape.index(replacement.getKey())] = replacement.getValue();
            }
            return (R) shape.constructor().newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass(), e);
        }
    }
}
