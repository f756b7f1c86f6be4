package io.konversio.core;

/**
 * The root of every exception Konversio throws: unchecked, abstract, with a subclass per failure in the
 * package of its feature. Instances are immutable and safe to share between threads.
 */
public abstract class KonversioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected KonversioException(String message) {
    super(message);
  }

  protected KonversioException(String message, Throwable cause) {
    super(message, cause);
  }
}
