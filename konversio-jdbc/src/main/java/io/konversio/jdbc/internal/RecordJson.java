package io.konversio.jdbc.internal;


import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Writes records as JSON by their components' declared types, and reads them back through their canonical
 * constructors, so that a record made of strings, numbers, booleans, instants, dates, decimals, UUIDs, enums (by
 * name), other records, {@code Optional}, {@code List}, {@code Set} and {@code Map} reads back equal. Components
 * declared as {@code Object} keep their Java type through a type tag ({@link JsonValues#typed}). Used for domain
 * events, so that an event type added to konversio-core needs no change here. Thread-safe.
 */
final class RecordJson {
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      return Shape.of(type);
    }
  };

  private RecordJson() {
  }

  /** A record's components, their accessors (looked up once: each lookup copies the method) and constructor. */
  private record Shape(RecordComponent[] components, String[] names, Type[] types, Method[] accessors,
      Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Method[] accessors = new Method[components.length];
      String[] names = new String[components.length];
      Type[] generic = new Type[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        names[i] = components[i].getName();
        generic[i] = components[i].getGenericType(); // parsed from the signature on every call
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true); // skips the access check on every call
      }
      try {
        return new Shape(components, names, generic, accessors, type.getDeclaredConstructor(types));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
      }
    }
  }

  /** The value as a JSON tree: what {@link #stream} writes, read back as a tree. */
  static JsonNode write(@Nullable Object value, Type type) {
    try (TokenBuffer buffer = new TokenBuffer(JsonValues.MAPPER, false)) {
      stream(buffer, value, type);
      try (JsonParser parser = buffer.asParser()) {
        JsonNode node = JsonValues.MAPPER.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Writes a value by its declared type straight to a generator (the outbox writes every event this way, without
   * building a tree first). Values of open type go through their tagged tree ({@link JsonValues#typed}).
   */
  static void stream(JsonGenerator g, @Nullable Object value, Type type) throws IOException {
    if (value == null) {
      g.writeNull();
      return;
    }
    if (type instanceof ParameterizedType p) {
      streamGeneric(g, value, p);
      return;
    }
    if (!(type instanceof Class<?> c) || c == Object.class) {
      g.writeTree(JsonValues.typed(value));
    } else if (c == String.class) {
      g.writeString((String) value);
    } else if (c == boolean.class || c == Boolean.class) {
      g.writeBoolean((Boolean) value);
    } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      g.writeNumber(((Number) value).intValue());
    } else if (c == long.class || c == Long.class) {
      g.writeNumber((Long) value);
    } else if (c == double.class || c == Double.class) {
      g.writeNumber((Double) value);
    } else if (c == Instant.class || c == UUID.class || c == LocalDate.class || c == BigDecimal.class) {
      g.writeString(value.toString());
    } else if (c.isEnum()) {
      g.writeString(((Enum<?>) value).name());
    } else if (c.isRecord()) {
      g.writeStartObject();
      Shape shape = SHAPES.get(c);
      RecordComponent[] components = shape.components();
      for (int i = 0; i < components.length; i++) {
        g.writeFieldName(shape.names()[i]);
        stream(g, access(shape.accessors()[i], components[i], value), shape.types()[i]);
      }
      g.writeEndObject();
    } else if (value instanceof Optional<?> || value instanceof Collection<?> || value instanceof Map<?, ?>) {
      g.writeTree(JsonValues.typed(value));
    } else {
      throw new IllegalArgumentException("cannot store a value of type " + c.getName() + ": " + value);
    }
  }

  private static void streamGeneric(JsonGenerator g, Object value, ParameterizedType p) throws IOException {
    Class<?> raw = (Class<?>) p.getRawType();
    Type[] args = p.getActualTypeArguments();
    if (raw == Optional.class) {
      Optional<?> optional = (Optional<?>) value;
      if (optional.isPresent()) {
        stream(g, optional.get(), args[0]);
      } else {
        g.writeNull();
      }
    } else if (Collection.class.isAssignableFrom(raw)) {
      g.writeStartArray();
      for (Object e : (Collection<?>) value) {
        stream(g, e, args[0]);
      }
      g.writeEndArray();
    } else if (Map.class.isAssignableFrom(raw)) {
      g.writeStartArray();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        g.writeStartArray();
        stream(g, e.getKey(), args[0]);
        stream(g, e.getValue(), args[1]);
        g.writeEndArray();
      }
      g.writeEndArray();
    } else {
      stream(g, value, raw);
    }
  }

  static @Nullable Object read(JsonNode node, Type type) {
    if (type instanceof ParameterizedType p) {
      return readGeneric(node, p);
    }
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!(type instanceof Class<?> c) || c == Object.class) {
      return JsonValues.untyped(node);
    }
    if (c == String.class) {
      return node.asText();
    } else if (c == boolean.class || c == Boolean.class) {
      return node.asBoolean();
    } else if (c == int.class || c == Integer.class) {
      return node.asInt();
    } else if (c == short.class || c == Short.class) {
      return (short) node.asInt();
    } else if (c == long.class || c == Long.class) {
      return node.asLong();
    } else if (c == double.class || c == Double.class) {
      return node.asDouble();
    } else if (c == Instant.class) {
      return Instant.parse(node.asText());
    } else if (c == UUID.class) {
      return UUID.fromString(node.asText());
    } else if (c == LocalDate.class) {
      return LocalDate.parse(node.asText());
    } else if (c == BigDecimal.class) {
      return new BigDecimal(node.asText());
    } else if (c.isEnum()) {
      return enumValue(c, node.asText());
    } else if (c.isRecord()) {
      return readRecord(node, c);
    } else if (Optional.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c)) {
      return JsonValues.untyped(node);
    }
    throw new IllegalArgumentException("cannot read a value of type " + c.getName() + " from " + node);
  }

  private static Object enumValue(Class<?> type, String name) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalStateException("no constant " + name + " in " + type.getName());
  }

  private static Object readRecord(JsonNode node, Class<?> type) {
    Shape shape = SHAPES.get(type);
    Object[] args = new Object[shape.components().length];
    for (int i = 0; i < args.length; i++) {
      args[i] = read(node.path(shape.names()[i]), shape.types()[i]);
    }
    try {
      return shape.constructor().newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " from " + node, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
    }
  }

  private static Object readGeneric(JsonNode node, ParameterizedType p) {
    Class<?> raw = (Class<?>) p.getRawType();
    Type[] args = p.getActualTypeArguments();
    if (raw == Optional.class) {
      return node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.ofNullable(read(node, args[0]));
    }
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (Set.class.isAssignableFrom(raw)) {
      Set<@Nullable Object> set = new LinkedHashSet<>();
      node.forEach(e -> set.add(read(e, args[0])));
      return set;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      List<@Nullable Object> list = new ArrayList<>();
      node.forEach(e -> list.add(read(e, args[0])));
      return list;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<@Nullable Object, @Nullable Object> map = new LinkedHashMap<>();
      node.forEach(e -> map.put(read(e.get(0), args[0]), read(e.get(1), args[1])));
      return map;
    }
    return read(node, raw);
  }

  private static @Nullable Object access(Method accessor, RecordComponent component, Object record) {
    try {
      return accessor.invoke(record);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}
