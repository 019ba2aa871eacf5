package dev.lede.web.bench;

import static dev.lede.web.bench.QueryWorkload.at;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second and latency of the search page and the JSON API over loopback, with 1, 4 and 16 concurrent
 * clients: each client is a thread sending one request after the other through a shared JDK {@link HttpClient}
 * (HTTP/1.1, kept-alive connections), for a fixed time after a short warm-up. Queries cycle through the middle terms.
 */
final class WebBench {
  static final int[] CLIENTS = {1, 4, 16};
  static final String[] ENDPOINTS = {"/", "/api/search"};

  private WebBench() {}

  static RunResult run(int port, QueryWorkload w, double seconds, PrintStream log) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    Table.Builder t = new Table.Builder("Web app over loopback (real Javalin app in the -Xmx1g JVM)",
        "endpoint", "clients", "requests/s", "p50 ms", "p99 ms", "errors");
    List<String> profiles = new ArrayList<>();
    for (String endpoint : ENDPOINTS) {
      for (int clients : CLIENTS) {
        log.printf("bench: web %s with %d clients%n", endpoint, clients);
        drive(http, port, endpoint, w, clients, Math.min(1, seconds / 2)); // warm-up
        long t0 = System.nanoTime();
        StackSampler stacks = clients == 1 ? new StackSampler() : null;
        Drive d = drive(http, port, endpoint, w, clients, seconds);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (stacks != null) {
          stacks.close();
          profiles.add(endpoint + ", 1 client: " + String.join(", ", stacks.top(8)));
        }
        t.row(endpoint.equals("/") ? "search page /?q=..." : "/api/search?q=...", clients,
            d.latencies.count() / elapsed, d.latencies.percentileMs(50), d.latencies.percentileMs(99),
            d.errors.get());
      }
    }
    t.note("Each request is a one-word query (a word in 0.3..5% of the articles) with the app's defaults: 10 hits, "
        + "snippets, all facets, histogram, stories collapsed. Client and server share the machine's cores.");
    profiles.forEach(p -> t.note("Where the time goes, " + p + " (sampled stacks, server and client threads)"));
    return new RunResult(List.of(), List.of(t.build()));
  }

  private record Drive(Latencies latencies, AtomicLong errors) {}

  private static Drive drive(HttpClient http, int port, String endpoint, QueryWorkload w, int clients,
      double seconds) throws InterruptedException {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    Latencies all = new Latencies();
    AtomicLong errors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
        Latencies mine = new Latencies();
        for (int i = client * 1_000; System.nanoTime() < end; i++) {
          String q = URLEncoder.encode(at(w.middle(), i), StandardCharsets.UTF_8);
          HttpRequest request = HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + endpoint + "?q=" + q)).timeout(Duration.ofSeconds(60)).build();
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            mine.add(System.nanoTime() - t0);
            if (response.statusCode() != 200) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        all.addAll(mine);
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new Drive(all, errors);
  }
}
