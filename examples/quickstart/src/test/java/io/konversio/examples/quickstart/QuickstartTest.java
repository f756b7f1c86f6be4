package io.konversio.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickstartTest {
  @Test
  void theSupportDayPlaysThroughAndSurvivesARestart(@TempDir Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Quickstart(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir.resolve("konversio")).run();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("auto-assigned to Alice")
        .contains("auto-assigned to Bob")
        .contains("Ada sees 2 messages; agents see 3")
        .contains("conversation_mention")
        .contains("due work ran 1 item(s)")
        .contains("is open again")
        .contains("bulk snooze until 14:00: 2 succeeded, 1 failed [a conversation cannot move from resolved to snoozed]")
        .contains("search 'INVOICE' finds [#1]")
        .contains("took in 3 e-mails with postAll")
        .contains("Bob's saved filter 'My open billing' finds [#1]")
        .contains("automation: loaded 4 rules from rules.json: [Live Chat to the front desk, Label refund requests, "
            + "Welcome on Live Chat, Out-of-hours reply]")
        .contains("[rule] #1 'Label refund requests': add_label [billing]")
        .contains("#1 is labelled [billing]")
        .contains("[rule] #3 'Live Chat to the front desk': assign_team [2]")
        .contains("[rule] #3 'Welcome on Live Chat': send_message")
        .doesNotContain("[rule] #3 'Out-of-hours reply'")
        .contains("[rule] #7 'Out-of-hours reply': send_message")
        .contains("Wes got: [\"Hi Wes, welcome to Live Chat! Someone will be with you shortly.\", \"We're closed right "
            + "now (open weekdays 09:00-17:00 UTC); we'll reply on the next business day.\"]")
        .doesNotContain("FAILED")
        .contains("end of the day")
        .contains("still there: account 'Acme Inc.', 2 inboxes, 3 agents; #1 is open, labelled [billing], "
            + "assigned to Bob, 4 messages")
        .contains("automation rules still there: [Live Chat to the front desk, Label refund requests, "
            + "Welcome on Live Chat, Out-of-hours reply]")
        .contains("Bob's saved filter 'My open billing' still finds [#1]");
  }
}
