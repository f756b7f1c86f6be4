package io.konversio.rules.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The receiver snippet in docs/webhooks.md is the code {@link WebhookDeliveryTest} verifies signatures with. */
class DocsSnippetTest {

    @Test
    void theDocumentedReceiverSnippetIsTheTestedOne() throws IOException {
        String source = Files.readString(
                Path.of("src/test/java/io/konversio/rules/webhook/WebhookReceiverSnippet.java"), StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// snippet:verify") + "// snippet:verify".length(),
                source.indexOf("    // end snippet"));
        String docs = Files.readString(Path.of("../docs/webhooks.md"), StandardCharsets.UTF_8);
        assertThat(docs).contains(snippet.stripTrailing().stripIndent().strip());
    }
}
