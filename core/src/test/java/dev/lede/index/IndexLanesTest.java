package dev.lede.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndexLanesTest {
  @Test
  void changesOfOneIdRunInSubmissionOrderWhateverTheLaneCount() throws IOException {
    List<String> applied = Collections.synchronizedList(new ArrayList<>());
    try (IndexLanes lanes = new IndexLanes(3, "test-lane")) {
      for (int i = 0; i < 500; i++) {
        String id = "id" + (i % 7);
        String change = id + ":" + i;
        lanes.submit(id, () -> applied.add(change));
      }
      lanes.drain();
    }
    assertEquals(500, applied.size());
    for (int k = 0; k < 7; k++) {
      String prefix = "id" + k + ":";
      List<Integer> order = applied.stream().filter(c -> c.startsWith(prefix))
          .map(c -> Integer.parseInt(c.substring(prefix.length()))).toList();
      assertEquals(order.stream().sorted().toList(), order, "changes of " + prefix);
    }
  }

  @Test
  void aFailedChangeFailsTheNextCallSkipsLaterWorkAndClearsAfterRollback() throws IOException {
    AtomicInteger appliedAfterFailure = new AtomicInteger();
    try (IndexLanes lanes = new IndexLanes(2, "test-lane")) {
      lanes.submit("a", () -> {
        throw new IOException("No space left on device");
      });
      IOException e = assertThrows(IOException.class, lanes::drain);
      assertEquals("index update failed: No space left on device", e.getMessage());
      assertThrows(IOException.class, () -> lanes.submit("b", appliedAfterFailure::incrementAndGet));
      assertEquals(0, appliedAfterFailure.get());

      lanes.clearFailure(); // what the writer does after rolling back
      lanes.submit("b", appliedAfterFailure::incrementAndGet);
      lanes.drain();
      assertEquals(1, appliedAfterFailure.get());
    }
  }

  @Test
  void anErrorOnALaneIsRethrownAsItIs() {
    try (IndexLanes lanes = new IndexLanes(1, "test-lane")) {
      lanes.submit("a", () -> {
        throw new OutOfMemoryError("simulated");
      });
      OutOfMemoryError e = assertThrows(OutOfMemoryError.class, lanes::drain);
      assertTrue(e.getMessage().contains("simulated"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
