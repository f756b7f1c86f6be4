package io.konversio.jdbc.internal;

import static io.konversio.jdbc.internal.schema.Tables.TEAM;
import static io.konversio.jdbc.internal.schema.Tables.TEAM_MEMBER;

import io.konversio.core.account.AccountId;
import io.konversio.core.agent.AgentId;
import io.konversio.core.agent.Team;
import io.konversio.core.agent.TeamId;
import io.konversio.core.spi.TeamStore;
import io.konversio.jdbc.internal.schema.tables.records.TeamRecord;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;

/** Teams, with their members in {@code team_member}. */
final class JooqTeamStore implements TeamStore {
  private final JooqTransaction tx;

  JooqTeamStore(JooqTransaction tx) {
    this.tx = tx;
  }

  @Override
  public void insert(Team team) {
    tx.insertUnique(tx.ctx.insertInto(TEAM).set(record(team)), "team " + team.id());
    insertMembers(team);
  }

  /** Replaces the stored team; throws {@link IllegalStateException} if the account has no such team. */
  @Override
  public void update(Team team) {
    tx.checkWritable();
    TeamRecord r = record(team);
    int updated = tx.ctx.update(TEAM).set(r)
        .where(TEAM.ID.eq(team.id().value()), TEAM.ACCOUNT_ID.eq(team.accountId().value())).execute();
    if (updated == 0) {
      throw JooqTransaction.missing("team", team.id(), team.accountId());
    }
    tx.ctx.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.TEAM_ID.eq(team.id().value())).execute();
    insertMembers(team);
  }

  private void insertMembers(Team team) {
    if (team.members().isEmpty()) {
      return;
    }
    var insert = tx.ctx.insertInto(TEAM_MEMBER, TEAM_MEMBER.ACCOUNT_ID, TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.AGENT_ID);
    for (AgentId agent : team.members()) {
      insert = insert.values(team.accountId().value(), team.id().value(), agent.value());
    }
    insert.execute();
  }

  private TeamRecord record(Team team) {
    TeamRecord r = tx.ctx.newRecord(TEAM);
    r.setId(team.id().value());
    r.setAccountId(team.accountId().value());
    r.setName(team.name());
    r.setDescription(team.description());
    return r;
  }

  @Override
  public Optional<Team> find(AccountId account, TeamId id) {
    return fetch(TEAM.ID.eq(id.value()).and(TEAM.ACCOUNT_ID.eq(account.value())), TEAM_MEMBER.TEAM_ID.eq(id.value()))
        .stream().findFirst();
  }

  @Override
  public List<Team> list(AccountId account) {
    return fetch(TEAM.ACCOUNT_ID.eq(account.value()), TEAM_MEMBER.ACCOUNT_ID.eq(account.value()));
  }

  private List<Team> fetch(Condition teams, Condition members) {
    List<TeamRecord> rows = tx.ctx.selectFrom(TEAM).where(teams).orderBy(TEAM.ID).fetch();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Set<AgentId>> byTeam = new HashMap<>();
    tx.ctx.select(TEAM_MEMBER.TEAM_ID, TEAM_MEMBER.AGENT_ID).from(TEAM_MEMBER).where(members)
        .forEach(r -> byTeam.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(AgentId.of(r.value2())));
    return rows.stream().map(r -> new Team(TeamId.of(r.getId()), AccountId.of(r.getAccountId()), r.getName(),
        r.getDescription(), byTeam.getOrDefault(r.getId(), Set.of()))).toList();
  }
}
