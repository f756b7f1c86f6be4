package io.konversio.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs work on several threads that start together, and rethrows the first failure. */
public final class Concurrently {
  private static final long TIMEOUT_SECONDS = 60;

  /** Work of one thread: {@code thread} is its number, {@code round} counts from 0 to the rounds per thread. */
  @FunctionalInterface
  public interface Round {
    void run(int thread, int round) throws Exception;
  }

  private Concurrently() {
  }

  /** Runs {@code rounds} rounds of {@code work} on each of {@code threads} threads and waits for all of them. */
  public static void run(int threads, int rounds, Round work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Callable<Void> task = () -> {
          start.await();
          for (int round = 0; round < rounds; round++) {
            work.run(thread, round);
          }
          return null;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
    } catch (ExecutionException e) {
      throw new AssertionError("a worker failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (TimeoutException e) {
      throw new AssertionError("workers did not finish within " + TIMEOUT_SECONDS + " s", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
