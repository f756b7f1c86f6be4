/** The quickstart demo: a short support day on Konversio's embedded defaults. */
@NullMarked
package io.konversio.examples.quickstart;

import org.jspecify.annotations.NullMarked;
