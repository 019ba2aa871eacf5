package dev.lede.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The finished gazetteer table as a compact binary file, written by the build ({@code process-classes}, see
 * {@code core/pom.xml}) from the GeoNames files and the bundled lexicon, and read at start-up in a fraction of the
 * time parsing takes. It is derived data only: nothing in it is not in those files, and it is remade by every build,
 * so it cannot go stale against them.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}): magic, version; the distinct place names; then per key the key,
 * the index of its place's name, one byte of kind and alternate flag, and the population.
 */
final class GazetteerFile {
  static final String RESOURCE = "gazetteer.bin";
  private static final int MAGIC = 0x4C47415A; // "LGAZ"
  private static final int VERSION = 1;

  private GazetteerFile() {}

  /**
   * Build step: writes the table parsed from the GeoNames files to {@code args[0]} (the classes folder's
   * {@code dev/lede/entity/gazetteer.bin}), through a temporary file so an interrupted build leaves none.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: GazetteerFile OUTPUT");
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      write(Gazetteer.parse(Lexicon.load()).table(), o);
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Writes the table (keys in sorted order, so that the same data gives the same bytes). */
  static void write(Map<String, Gazetteer.Place> table, OutputStream out) throws IOException {
    List<String> keys = new ArrayList<>(table.keySet());
    keys.sort(null);
    Map<String, Integer> nameIds = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (String k : keys) {
      nameIds.computeIfAbsent(table.get(k).name(), n -> {
        names.add(n);
        return names.size() - 1;
      });
    }
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(names.size());
    for (String n : names) {
      d.writeUTF(n);
    }
    d.writeInt(keys.size());
    for (String k : keys) {
      Gazetteer.Place p = table.get(k);
      d.writeUTF(k);
      d.writeInt(nameIds.get(p.name()));
      d.writeByte(p.kind().ordinal() | (p.alternate() ? 0x10 : 0));
      d.writeLong(p.population());
    }
    d.flush();
  }

  /** Reads a table written by {@link #write}; a file of another version or a damaged one is an IOException. */
  static Map<String, Gazetteer.Place> read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16));
    if (d.readInt() != MAGIC || d.readInt() != VERSION) {
      throw new IOException("not a gazetteer table of version " + VERSION);
    }
    int nameCount = checkedCount(d.readInt());
    String[] names = new String[nameCount];
    for (int i = 0; i < nameCount; i++) {
      names[i] = d.readUTF();
    }
    Gazetteer.Kind[] kinds = Gazetteer.Kind.values();
    int keyCount = checkedCount(d.readInt());
    Map<String, Gazetteer.Place> table = new HashMap<>(keyCount * 4 / 3 + 1);
    for (int i = 0; i < keyCount; i++) {
      String key = d.readUTF();
      int name = d.readInt();
      int flags = d.readUnsignedByte();
      long population = d.readLong();
      if (name < 0 || name >= nameCount || (flags & 0x0F) >= kinds.length) {
        throw new IOException("damaged gazetteer table at key " + i);
      }
      table.put(key, new Gazetteer.Place(names[name], kinds[flags & 0x0F], population, (flags & 0x10) != 0));
    }
    if (d.read() != -1) {
      throw new IOException("damaged gazetteer table: bytes after the last key");
    }
    return table;
  }

  /** The table the build put next to this class, or null when there is none (the caller parses the files). */
  static Map<String, Gazetteer.Place> readBundled() {
    InputStream in = GazetteerFile.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      return null;
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled " + RESOURCE + " (rebuild lede-core)", e);
    }
  }

  private static int checkedCount(int n) throws IOException {
    if (n < 0 || n > 10_000_000) {
      throw new IOException("damaged gazetteer table: count " + n);
    }
    return n;
  }
}
