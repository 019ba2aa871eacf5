package dev.lede.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts that read the ordinals of at most about {@code sampleSize} matches per count: above that, of a random
 * sample of them, each count scaled by matches / sampled. Counting every facet dimension over every match is what
 * grows with the archive (a common word matches tens of thousands of articles in a million); a sample of 20,000
 * puts a value with 1% of the matches within about 7% of its count, which the page shows as "about".
 *
 * <p>The sample is drawn with a fixed seed, so the same request on the same reader gives the same counts. Drill-down
 * and sideways counts are sampled separately, each scaled by its own rate. Totals are never sampled.
 */
final class SampledFacets extends DrillSideways {
  /** Seed of every sample: a repeated request on the same reader shows the same estimates. */
  private static final long SEED = 0x1EDE_5A3F_1E5L;

  private final int sampleSize;
  // One search per instance; count() after it, on one thread (not necessarily the searching one).
  private boolean sampled;
  private long matches;
  private FacetsCollector drillDowns;
  private FacetsCollector[] drillSideways;
  private String[] drillSidewaysDims;

  /**
   * @param sampleSize matches counted exactly per count, at most; 0 counts every match
   */
  SampledFacets(IndexSearcher searcher, org.apache.lucene.facet.FacetsConfig config,
      SortedSetDocValuesReaderState state, int sampleSize) {
    super(searcher, config, state);
    this.sampleSize = sampleSize;
  }

  /** The matches of the last search (all of them: the drill-down facets collect every hit). */
  long matches() {
    return matches;
  }

  /** Whether any count of the last search came from a sample. */
  boolean sampled() {
    return sampled;
  }

  /**
   * Only remembers what the search collected: the counting is {@link #count()}'s, which the caller may run on
   * another thread while this one builds the page.
   */
  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) {
    matches = total(drillDowns);
    this.drillDowns = drillDowns;
    this.drillSideways = drillSideways;
    this.drillSidewaysDims = drillSidewaysDims;
    return null;
  }

  /** The counts of what the last search collected (sampled above the sample size). */
  Facets count() throws IOException {
    if (drillDowns == null) {
      throw new IllegalStateException("count() before a search");
    }
    Facets down = counts(drillDowns);
    if (drillSideways == null || drillSideways.length == 0) {
      return down;
    }
    Map<String, Facets> sideways = new HashMap<>();
    for (int i = 0; i < drillSideways.length; i++) {
      sideways.put(drillSidewaysDims[i], counts(drillSideways[i]));
    }
    return new MultiFacets(sideways, down);
  }

  private static long total(FacetsCollector collected) {
    long total = 0;
    for (FacetsCollector.MatchingDocs m : collected.getMatchingDocs()) {
      total += m.totalHits();
    }
    return total;
  }

  private Facets counts(FacetsCollector collected) throws IOException {
    long total = total(collected);
    if (sampleSize <= 0 || total <= sampleSize) {
      return counts(collected, total);
    }
    Sample sample = new Sample(collected.getMatchingDocs(), (double) sampleSize / total);
    if (sample.kept == 0) {
      return counts(collected, total);
    }
    sampled = true;
    return new Scaled(counts(sample, sample.kept), (double) total / sample.kept);
  }

  /** Counts of {@code matches} collected documents, by whichever way of counting is quicker for that many. */
  private Facets counts(FacetsCollector collected, long matches) throws IOException {
    return SparseFacetCounts.pays(matches, state) ? new SparseFacetCounts(state, collected)
        : new SortedSetDocValuesFacetCounts(state, collected);
  }

  /** A random subset of collected matches, each kept with the same probability. */
  private static final class Sample extends FacetsCollector {
    private final List<MatchingDocs> docs = new ArrayList<>();
    private long kept;

    Sample(List<MatchingDocs> all, double rate) throws IOException {
      SplittableRandom random = new SplittableRandom(SEED);
      for (MatchingDocs m : all) {
        DocIdSetIterator it = m.bits() == null ? null : m.bits().iterator();
        if (it == null) {
          continue;
        }
        FixedBitSet bits = new FixedBitSet(m.context().reader().maxDoc());
        int n = 0;
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          if (random.nextDouble() < rate) {
            bits.set(d);
            n++;
          }
        }
        kept += n;
        docs.add(new MatchingDocs(m.context(), new BitDocIdSet(bits, n), n, null));
      }
    }

    @Override
    public List<MatchingDocs> getMatchingDocs() {
      return docs;
    }
  }

  /** Counts of a sample, each multiplied by matches / sampled and rounded. */
  private static final class Scaled extends Facets {
    private final Facets sample;
    private final double factor;

    Scaled(Facets sample, double factor) {
      this.sample = sample;
      this.factor = factor;
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) throws IOException {
      return scale(sample.getAllChildren(dim, path));
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
      return scale(sample.getTopChildren(topN, dim, path));
    }

    @Override
    public Number getSpecificValue(String dim, String... path) throws IOException {
      return scale(sample.getSpecificValue(dim, path));
    }

    @Override
    public List<FacetResult> getAllDims(int topN) throws IOException {
      return sample.getAllDims(topN).stream().map(this::scale).toList();
    }

    private Number scale(Number n) {
      return n == null || n.longValue() < 0 ? n : Math.round(n.longValue() * factor);
    }

    private FacetResult scale(FacetResult r) {
      if (r == null) {
        return null;
      }
      LabelAndValue[] values = new LabelAndValue[r.labelValues.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = new LabelAndValue(r.labelValues[i].label, scale(r.labelValues[i].value));
      }
      return new FacetResult(r.dim, r.path, scale(r.value), values, r.childCount);
    }
  }
}
