package io.konversio.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void substitutesKnownPlaceholdersAndKeepsUnknownOnes() {
        assertThat(MessageTemplate.render("Hi {{contact.name}}, ticket #{{ conversation.id }} {{agent.name}}",
                Map.of("contact.name", "Ada", "conversation.id", "42")))
                .isEqualTo("Hi Ada, ticket #42 {{agent.name}}");
    }

    @Test
    void valuesAreInsertedLiterallyAndNotExpandedAgain() {
        for (String hostile : HostileCorpus.values()) {
            String value = hostile + "{{contact.name}}$1\\";
            assertThat(MessageTemplate.render("<{{contact.name}}>", Map.of("contact.name", value)))
                    .isEqualTo("<" + value + ">");
        }
    }
}
