package dev.lede.reliability;

import dev.lede.index.WriterOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Promise 6b without root: the {@link DiskFullTest} scenario with the writer's Lucene directory wrapped so that its
 * writes fail with "No space left on device" once the run has written 1 MB, as a full disk would.
 */
class SimulatedDiskFullTest {
  private static final long SPACE_LEFT = 1 << 20;

  @TempDir Path dir;

  @Test
  void writesThatFailAsOnAFullDiskFailTheRunAndKeepThePreviousIndex() throws Exception {
    DiskFullTest.fullDiskScenario(dir.resolve("in"), dir.resolve("home"), "a directory that fails writes after 1 MB",
        options -> options.withWriter(WriterOptions.DEFAULTS.withDirectory(d -> new FullDisk(d, SPACE_LEFT))));
  }

  /** Fails every write once {@code space} bytes were written through it, as a full disk fails them. */
  static final class FullDisk extends FilterDirectory {
    private final AtomicLong space;

    FullDisk(Directory in, long space) {
      super(in);
      this.space = new AtomicLong(space);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return new Out(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      return new Out(super.createTempOutput(prefix, suffix, context));
    }

    private final class Out extends IndexOutput {
      private final IndexOutput out;

      Out(IndexOutput out) {
        super("FullDisk(" + out + ")", out.getName());
        this.out = out;
      }

      private void take(long bytes) throws IOException {
        if (space.addAndGet(-bytes) < 0) {
          throw new IOException("No space left on device");
        }
      }

      @Override
      public void writeByte(byte b) throws IOException {
        take(1);
        out.writeByte(b);
      }

      @Override
      public void writeBytes(byte[] b, int offset, int length) throws IOException {
        take(length);
        out.writeBytes(b, offset, length);
      }

      @Override
      public long getFilePointer() {
        return out.getFilePointer();
      }

      @Override
      public long getChecksum() throws IOException {
        return out.getChecksum();
      }

      @Override
      public void close() throws IOException {
        out.close();
      }
    }
  }
}
