package io.konversio.core;

/** The abstract unchecked root of every exception Konversio throws; immutable and thread-safe once constructed. */
public abstract class KonversioException extends RuntimeException {
    protected KonversioException(String message) {
        super(message);
    }

    protected KonversioException(String message, Throwable cause) {
        super(message, cause);
    }
}
