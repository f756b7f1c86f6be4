package io.konversio.core.internal;

import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.TeamId;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mentions in a private note. The syntax is Chatwoot's markdown link: {@code [@Alice](mention://user/12/Alice)}
 * mentions agent 12 and {@code [@Billing](mention://team/3/Billing)} mentions every member of team 3. The text in
 * brackets and the name after the id are for display only.
 */
public final class Mentions {
  private static final Pattern LINK = Pattern.compile("\\(mention://(user|team)/(\\d{1,18})(?:/[^)]*)?\\)");

  final Set<AgentId> agents = new LinkedHashSet<>();
  final Set<TeamId> teams = new LinkedHashSet<>();

  static Mentions parse(String content) {
    Mentions result = new Mentions();
    Matcher m = LINK.matcher(content);
    while (m.find()) {
      long id = Long.parseLong(m.group(2));
      if (id <= 0) {
        continue;
      }
      if (m.group(1).equals("user")) {
        result.agents.add(AgentId.of(id));
      } else {
        result.teams.add(TeamId.of(id));
      }
    }
    return result;
  }
}
