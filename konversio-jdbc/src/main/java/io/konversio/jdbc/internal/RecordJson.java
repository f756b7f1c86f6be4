package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.JsonValues.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
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

  /** A record's components and canonical constructor. */
  private record Shape(RecordComponent[] components, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      try {
        return new Shape(components, type.getDeclaredConstructor(types));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
      }
    }
  }

  static JsonNode write(@Nullable Object value, Type type) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (type instanceof ParameterizedType p) {
      return writeGeneric(value, p);
    }
    if (!(type instanceof Class<?> c) || c == Object.class) {
      return JsonValues.typed(value);
    }
    if (c == String.class) {
      return NODES.textNode((String) value);
    } else if (c == boolean.class || c == Boolean.class) {
      return NODES.booleanNode((Boolean) value);
    } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return NODES.numberNode(((Number) value).intValue());
    } else if (c == long.class || c == Long.class) {
      return NODES.numberNode((Long) value);
    } else if (c == double.class || c == Double.class) {
      return NODES.numberNode((Double) value);
    } else if (c == Instant.class || c == UUID.class || c == LocalDate.class || c == BigDecimal.class) {
      return NODES.textNode(value.toString());
    } else if (c.isEnum()) {
      return NODES.textNode(((Enum<?>) value).name());
    } else if (c.isRecord()) {
      ObjectNode node = NODES.objectNode();
      for (RecordComponent component : SHAPES.get(c).components()) {
        node.set(component.getName(), write(access(component, value), component.getGenericType()));
      }
      return node;
    } else if (value instanceof Optional<?> || value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return JsonValues.typed(value);
    }
    throw new IllegalArgumentException("cannot store a value of type " + c.getName() + ": " + value);
  }

  private static JsonNode writeGeneric(Object value, ParameterizedType p) {
    Class<?> raw = (Class<?>) p.getRawType();
    Type[] args = p.getActualTypeArguments();
    if (raw == Optional.class) {
      Optional<?> optional = (Optional<?>) value;
      return optional.isPresent() ? write(optional.get(), args[0]) : NullNode.getInstance();
    }
    if (Collection.class.isAssignableFrom(raw)) {
      ArrayNode array = NODES.arrayNode();
      ((Collection<?>) value).forEach(e -> array.add(write(e, args[0])));
      return array;
    }
    if (Map.class.isAssignableFrom(raw)) {
      ArrayNode entries = NODES.arrayNode();
      ((Map<?, ?>) value).forEach((k, v) -> entries.addArray().add(write(k, args[0])).add(write(v, args[1])));
      return entries;
    }
    return write(value, raw);
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
      RecordComponent component = shape.components()[i];
      args[i] = read(node.path(component.getName()), component.getGenericType());
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

  private static @Nullable Object access(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}
