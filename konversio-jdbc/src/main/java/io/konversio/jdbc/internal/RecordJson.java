package io.konversio.jdbc.internal;


import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

  /** The JSON field of a reference to a record written earlier in the same document (see {@link Writes}). */
  static final String REF = "$ref";

  /**
   * The JSON field of a record written as the changes from a record written earlier in the same document (see
   * {@link Writes}).
   */
  static final String BASE = "$base";

  /** The JSON field of a reference to a database row that holds the record (see {@link Writes}). */
  static final String ROW = "$row";

  /**
   * What one document's writing remembers: records of the {@code shared} classes already written, by identity,
   * with their number in the order they were first written. A record written again (the same object) becomes
   * {@code {"$ref": n}}. Another record of the same class with the same first component (its id), the same
   * conversation at a later version say, is written as {@code {"$base": n, ...}} with only the components that
   * differ from the latest such record, number {@code n}: a change of 500 messages on 50 conversations carries each
   * conversation ten times, and its JSON shrinks by a third. Not thread-safe; one per document.
   */
  static final class Writes {
    private final Set<Class<?>> shared;
    private final IdentityHashMap<Object, Integer> written = new IdentityHashMap<>();
    /** The records written, by number. */
    private final List<Object> records = new ArrayList<>();
    /** The number of the latest record written of each class and first component. */
    private final Map<List<@Nullable Object>, Integer> latest = new HashMap<>();
    private final @Nullable Class<?> rowType;
    private final Map<Object, Long> rows;

    Writes(Set<Class<?>> shared) {
      this(shared, null, Map.of());
    }

    /**
     * Also writes each record of {@code rowType} that {@code rows} holds (by identity) as {@code {"$row": id}}, a
     * reference to the database row with that id, which the reader resolves ({@link Reads}).
     */
    Writes(Set<Class<?>> shared, @Nullable Class<?> rowType, Map<Object, Long> rows) {
      this.shared = shared;
      this.rowType = rowType;
      this.rows = rows;
    }
  }

  /**
   * What one document's reading remembers: the records of the shared classes, by number (see {@link Writes}), and the
   * records that {@code {"$row": id}} references stand for, by id.
   */
  static final class Reads {
    private final Set<Class<?>> shared;
    private final List<@Nullable Object> read = new ArrayList<>();
    private final Map<Long, ?> rows;

    Reads(Set<Class<?>> shared) {
      this(shared, Map.of());
    }

    Reads(Set<Class<?>> shared, Map<Long, ?> rows) {
      this.shared = shared;
      this.rows = rows;
    }
  }

  /** The ids of the {@code {"$row": id}} references anywhere in {@code node}, added to {@code out}. */
  static void collectRows(JsonNode node, Set<Long> out) {
    if (node.isObject()) {
      JsonNode row = node.get(ROW);
      if (row != null && node.size() == 1) {
        out.add(row.asLong());
        return;
      }
    }
    if (node.isContainerNode()) {
      node.forEach(child -> collectRows(child, out));
    }
  }

  /**
   * A record's component names and types, their accessors (looked up once: each lookup copies the method; as
   * functions spun by {@link LambdaMetafactory}, which the JIT calls like any interface method, where a method handle
   * that is not a constant goes through checks on every call) and constructor.
   */
  private record Shape(String[] names, Type[] types, Function<Object, Object>[] accessors,
      Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      @SuppressWarnings("unchecked")
      Function<Object, Object>[] accessors = new Function[components.length];
      String[] names = new String[components.length];
      Type[] generic = new Type[components.length];
      try {
        for (int i = 0; i < components.length; i++) {
          types[i] = components[i].getType();
          names[i] = components[i].getName();
          generic[i] = components[i].getGenericType(); // parsed from the signature on every call
          accessors[i] = accessor(type, components[i].getAccessor());
        }
        return new Shape(names, generic, accessors, type.getDeclaredConstructor(types));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
      }
    }

    /** {@code accessor} as a function: spun by the lambda metafactory when it can see the record, else reflective. */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Class<?> type, Method accessor) {
      try {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        MethodHandle handle = lookup.unreflect(accessor);
        Class<?> returned = accessor.getReturnType();
        Class<?> boxed = returned.isPrimitive() ? MethodType.methodType(returned).wrap().returnType() : returned;
        return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
                MethodType.methodType(boxed, type))
            .getTarget().invokeExact();
      } catch (IllegalAccessException | LambdaConversionException e) {
        // a record this module may not look into deeply (not opened to it): a plain reflective call
        accessor.setAccessible(true);
        return record -> {
          try {
            return accessor.invoke(record);
          } catch (ReflectiveOperationException failed) {
            throw new IllegalStateException("cannot read " + accessor.getName(), failed);
          }
        };
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + accessor.getName(), e);
      }
    }
  }

  /** How {@link #stream} writes a value of a declared class. */
  private enum Kind { TAGGED, STRING, BOOLEAN, INT, LONG, DOUBLE, INSTANT, TEXT, ENUM, RECORD, UNSUPPORTED }

  /** A declared class's kind; asked once per type, when its writer is made (see {@link #writer}). */
  private static Kind kind(Class<?> c) {
    if (c == Object.class) {
      return Kind.TAGGED;
    } else if (c == String.class) {
      return Kind.STRING;
    } else if (c == boolean.class || c == Boolean.class) {
      return Kind.BOOLEAN;
    } else if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return Kind.INT;
    } else if (c == long.class || c == Long.class) {
      return Kind.LONG;
    } else if (c == double.class || c == Double.class) {
      return Kind.DOUBLE;
    } else if (c == Instant.class) {
      return Kind.INSTANT;
    } else if (c == UUID.class || c == LocalDate.class || c == BigDecimal.class) {
      return Kind.TEXT;
    } else if (c.isEnum()) {
      return Kind.ENUM;
    } else if (c.isRecord()) {
      return Kind.RECORD;
    } else if (Optional.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c)) {
      return Kind.TAGGED;
    }
    return Kind.UNSUPPORTED;
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
    stream(g, value, type, null);
  }

  /** As {@link #stream(JsonGenerator, Object, Type)}, writing repeated records of shared classes as references. */
  static void stream(JsonGenerator g, @Nullable Object value, Type type, @Nullable Writes writes)
      throws IOException {
    if (value == null) {
      g.writeNull();
    } else {
      writer(type).write(g, value, writes);
    }
  }

  /** Writes a non-null value of one declared type; made once per type (see {@link #writer}). */
  private interface Writer {
    void write(JsonGenerator g, Object value, @Nullable Writes writes) throws IOException;
  }

  private static final Map<Type, Writer> WRITERS = new ConcurrentHashMap<>();

  /**
   * The writer of a declared type, worked out once: the outbox writes thousands of records per change, and looking
   * up each value's kind and shape again, and encoding each field name again, was most of the time.
   */
  private static Writer writer(Type type) {
    Writer writer = WRITERS.get(type);
    if (writer == null) {
      writer = newWriter(type);
      WRITERS.putIfAbsent(type, writer);
    }
    return writer;
  }

  private static Writer newWriter(Type type) {
    if (type instanceof ParameterizedType p) {
      return genericWriter(p);
    }
    if (!(type instanceof Class<?> c)) {
      return (g, value, writes) -> g.writeTree(JsonValues.typed(value));
    }
    return switch (kind(c)) {
      case STRING -> (g, value, writes) -> g.writeString((String) value);
      case BOOLEAN -> (g, value, writes) -> g.writeBoolean((Boolean) value);
      case INT -> (g, value, writes) -> g.writeNumber(((Number) value).intValue());
      case LONG -> (g, value, writes) -> g.writeNumber((Long) value);
      case DOUBLE -> (g, value, writes) -> g.writeNumber((Double) value);
      case INSTANT -> (g, value, writes) -> g.writeString(Times.iso((Instant) value));
      case TEXT -> (g, value, writes) -> g.writeString(value.toString());
      case ENUM -> enumWriter(c);
      case RECORD -> new RecordWriter(c);
      case TAGGED -> (g, value, writes) -> g.writeTree(JsonValues.typed(value));
      default -> (g, value, writes) -> {
        if (value instanceof Optional<?> || value instanceof Collection<?> || value instanceof Map<?, ?>) {
          g.writeTree(JsonValues.typed(value));
        } else {
          throw new IllegalArgumentException("cannot store a value of type " + c.getName() + ": " + value);
        }
      };
    };
  }

  /** An enum's constants by name, each encoded once. */
  private static Writer enumWriter(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    SerializedString[] names = new SerializedString[constants.length];
    for (int i = 0; i < constants.length; i++) {
      names[i] = new SerializedString(((Enum<?>) constants[i]).name());
    }
    return (g, value, writes) -> g.writeString(names[((Enum<?>) value).ordinal()]);
  }

  /**
   * A record as an object of its components, field names encoded once; the component writers are looked up on first
   * use, so that a record type that contains itself does not recurse here. A repeated record of a shared class
   * becomes a reference ({@link Writes}).
   */
  private static final class RecordWriter implements Writer {
    private final Class<?> type;
    private final Shape shape;
    private final SerializedString[] names;
    private volatile Writer @Nullable [] components;

    RecordWriter(Class<?> type) {
      this.type = type;
      this.shape = SHAPES.get(type);
      this.names = new SerializedString[shape.names().length];
      for (int i = 0; i < names.length; i++) {
        names[i] = new SerializedString(shape.names()[i]);
      }
    }

    /** {@code {"<field>": n}}. */
    private static void writeReference(JsonGenerator g, String field, long n) throws IOException {
      g.writeStartObject();
      g.writeNumberField(field, n);
      g.writeEndObject();
    }

    @Override
    public void write(JsonGenerator g, Object value, @Nullable Writes writes) throws IOException {
      Function<Object, Object>[] accessors = shape.accessors();
      Object base = null;
      int baseNumber = -1;
      if (writes != null && type == writes.rowType) {
        Long row = writes.rows.get(value);
        if (row != null) {
          writeReference(g, ROW, row);
          return;
        }
      }
      if (writes != null && writes.shared.contains(type)) {
        Integer earlier = writes.written.get(value);
        if (earlier != null) {
          writeReference(g, REF, earlier);
          return;
        }
        int number = writes.records.size();
        writes.written.put(value, number);
        writes.records.add(value);
        if (accessors.length > 0) {
          Integer latest = writes.latest.put(Arrays.asList(type, accessors[0].apply(value)), number);
          if (latest != null) {
            baseNumber = latest;
            base = writes.records.get(latest);
          }
        }
      }
      Writer[] writers = components;
      if (writers == null) {
        writers = new Writer[names.length];
        for (int i = 0; i < writers.length; i++) {
          writers[i] = writer(shape.types()[i]);
        }
        components = writers;
      }
      g.writeStartObject();
      if (base != null) {
        g.writeNumberField(BASE, baseNumber);
      }
      for (int i = 0; i < writers.length; i++) {
        Object component = accessors[i].apply(value);
        if (base != null && Objects.equals(component, accessors[i].apply(base))) {
          continue;
        }
        g.writeFieldName(names[i]);
        if (component == null) {
          g.writeNull();
        } else {
          writers[i].write(g, component, writes);
        }
      }
      g.writeEndObject();
    }
  }

  private static Writer genericWriter(ParameterizedType p) {
    Class<?> raw = (Class<?>) p.getRawType();
    Type[] args = p.getActualTypeArguments();
    if (raw == Optional.class) {
      return (g, value, writes) -> stream(g, ((Optional<?>) value).orElse(null), args[0], writes);
    } else if (Collection.class.isAssignableFrom(raw)) {
      return (g, value, writes) -> {
        g.writeStartArray();
        for (Object e : (Collection<?>) value) {
          stream(g, e, args[0], writes);
        }
        g.writeEndArray();
      };
    } else if (Map.class.isAssignableFrom(raw)) {
      return (g, value, writes) -> {
        g.writeStartArray();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          g.writeStartArray();
          stream(g, e.getKey(), args[0], writes);
          stream(g, e.getValue(), args[1], writes);
          g.writeEndArray();
        }
        g.writeEndArray();
      };
    }
    return writer(raw);
  }

  static @Nullable Object read(JsonNode node, Type type) {
    return read(node, type, null);
  }

  /** As {@link #read(JsonNode, Type)}, resolving the references that a {@link Writes} wrote. */
  static @Nullable Object read(JsonNode node, Type type, @Nullable Reads reads) {
    if (type instanceof ParameterizedType p) {
      return readGeneric(node, p, reads);
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
      return readRecord(node, c, reads);
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

  private static Object readRecord(JsonNode node, Class<?> type, @Nullable Reads reads) {
    int number = -1;
    Object base = null;
    JsonNode rowId = node.get(ROW);
    if (rowId != null && node.size() == 1) {
      Object row = reads == null ? null : reads.rows.get(rowId.asLong());
      if (!type.isInstance(row)) {
        throw new IllegalStateException("no " + type.getSimpleName() + " row " + rowId + " for the document");
      }
      return row;
    }
    if (reads != null && reads.shared.contains(type)) {
      JsonNode ref = node.get(REF);
      if (ref != null && node.size() == 1) {
        int n = ref.asInt(-1);
        Object earlier = n >= 0 && n < reads.read.size() ? reads.read.get(n) : null;
        if (earlier == null) {
          throw new IllegalStateException("no earlier " + type.getSimpleName() + " number " + ref + " in the document");
        }
        return earlier;
      }
      JsonNode baseNode = node.get(BASE);
      if (baseNode != null) {
        int n = baseNode.asInt(-1);
        base = n >= 0 && n < reads.read.size() ? reads.read.get(n) : null;
        if (base == null) {
          throw new IllegalStateException("no earlier " + type.getSimpleName() + " number " + baseNode
              + " in the document");
        }
      }
      number = reads.read.size();
      reads.read.add(null); // numbered in the order written: before its components
    }
    Shape shape = SHAPES.get(type);
    Object[] args = new Object[shape.names().length];
    for (int i = 0; i < args.length; i++) {
      JsonNode component = node.get(shape.names()[i]);
      // written as changes from a base record: a component not written is the base's
      args[i] = base != null && component == null ? shape.accessors()[i].apply(base)
          : read(node.path(shape.names()[i]), shape.types()[i], reads);
    }
    try {
      Object record = shape.constructor().newInstance(args);
      if (reads != null && number >= 0) {
        reads.read.set(number, record);
      }
      return record;
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot rebuild " + type.getSimpleName() + " from " + node, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
    }
  }

  private static Object readGeneric(JsonNode node, ParameterizedType p, @Nullable Reads reads) {
    Class<?> raw = (Class<?>) p.getRawType();
    Type[] args = p.getActualTypeArguments();
    if (raw == Optional.class) {
      return node.isNull() || node.isMissingNode() ? Optional.empty()
          : Optional.ofNullable(read(node, args[0], reads));
    }
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (Set.class.isAssignableFrom(raw)) {
      Set<@Nullable Object> set = new LinkedHashSet<>();
      node.forEach(e -> set.add(read(e, args[0], reads)));
      return set;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      List<@Nullable Object> list = new ArrayList<>();
      node.forEach(e -> list.add(read(e, args[0], reads)));
      return list;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<@Nullable Object, @Nullable Object> map = new LinkedHashMap<>();
      node.forEach(e -> map.put(read(e.get(0), args[0], reads), read(e.get(1), args[1], reads)));
      return map;
    }
    return read(node, raw, reads);
  }

}
