package dev.lede.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A titled markdown table of measurements with notes under it (method, caveats, profile).
 *
 * @param title section heading
 * @param headers column names
 * @param rows cells, each row as long as the headers
 * @param notes lines printed under the table
 */
record Table(String title, List<String> headers, List<List<String>> rows, List<String> notes) {
  Table {
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    rows = rows.stream().map(List::copyOf).toList();
    notes = List.copyOf(notes);
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("row " + row + " does not match headers " + headers);
      }
    }
  }

  /** Collects a table. */
  static final class Builder {
    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Builder(String title, String... headers) {
      this.title = title;
      this.headers = List.of(headers);
    }

    Builder row(Object... cells) {
      List<String> row = new ArrayList<>();
      for (Object c : cells) {
        row.add(c instanceof Double d ? Target.fmt(d) : String.valueOf(c));
      }
      rows.add(row);
      return this;
    }

    Builder note(String note) {
      notes.add(note);
      return this;
    }

    Table build() {
      return new Table(title, headers, rows, notes);
    }
  }

  String markdown() {
    StringBuilder b = new StringBuilder("#### ").append(title).append("\n\n");
    b.append("| ").append(String.join(" | ", headers)).append(" |\n|");
    headers.forEach(h -> b.append("---|"));
    b.append('\n');
    for (List<String> row : rows) {
      b.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList()))
          .append(" |\n");
    }
    if (!notes.isEmpty()) {
      b.append('\n');
      notes.forEach(n -> b.append(n.startsWith("- ") ? n : "- " + n).append('\n'));
    }
    return b.append('\n').toString();
  }
}
