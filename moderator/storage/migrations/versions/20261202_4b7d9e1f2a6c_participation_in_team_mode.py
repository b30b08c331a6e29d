"""participation work in team mode: the register and polls are scoped like the items they
are about, community managers keep them, external moderators read their own projects'

Before this, only team leads (who may touch every table) could open the register or the polls
of a team workspace: every other login was refused by the database.

Revision ID: 4b7d9e1f2a6c
Revises: 8e2f4a6c1b3d
Create Date: 2026-12-02 08:30:00
"""
from alembic import op

revision = "4b7d9e1f2a6c"
down_revision = "8e2f4a6c1b3d"
branch_labels = None
depends_on = None

# Each row's scope: the item it is about (items' own policy applies in the subquery), the
# entry or poll it belongs to, or for a topic an account of its project.
_SCOPES = {
    "register_inputs": "EXISTS (SELECT 1 FROM items i WHERE i.id = item_id)",
    "polls": "EXISTS (SELECT 1 FROM items i WHERE i.id = item_id)",
    "register_input_topics": "EXISTS (SELECT 1 FROM register_inputs r WHERE r.id = input_id)",
    "poll_threads": "EXISTS (SELECT 1 FROM polls p WHERE p.id = poll_id)",
    "register_topics": "EXISTS (SELECT 1 FROM accounts a WHERE a.project = "
                       "register_topics.project)",
}
_READ = ", ".join(_SCOPES)
_KEPT = "register_inputs, register_input_topics, polls, poll_threads"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # one OS user owns an embedded workspace: nothing to scope
    for table, scope in _SCOPES.items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY scope ON {table} USING ({scope}) WITH CHECK ({scope})")
    # The privileges of 8e2f4a6c1b3d stay as they are, under another name, and this adds the
    # participation tables after them; the app keeps calling mod_set_privileges.
    op.execute("ALTER FUNCTION mod_set_privileges(text) RENAME TO mod_set_core_privileges")
    op.execute("REVOKE ALL ON FUNCTION mod_set_core_privileges(text) FROM PUBLIC")
    op.execute(f"""
        CREATE FUNCTION mod_set_privileges(p_name text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE m moderators; r text := quote_ident(p_name);
        BEGIN
          PERFORM mod_set_core_privileges(p_name);  -- checks who asks; revokes, then grants
          SELECT * INTO m FROM moderators WHERE name = p_name;
          IF m.disabled OR m.role = 'team_lead' THEN
            RETURN;  -- nothing, or every table already
          END IF;
          EXECUTE 'GRANT SELECT ON {_READ} TO ' || r;
          IF m.role = 'community_manager' THEN
            EXECUTE 'GRANT INSERT, UPDATE, DELETE ON {_KEPT} TO ' || r;
            EXECUTE 'GRANT INSERT ON register_topics TO ' || r;
          END IF;
        END $$
    """)
    op.execute("GRANT EXECUTE ON FUNCTION mod_set_privileges(text) TO PUBLIC")
    _regrant()


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION mod_set_privileges(text)")
    op.execute("ALTER FUNCTION mod_set_core_privileges(text) RENAME TO mod_set_privileges")
    op.execute("GRANT EXECUTE ON FUNCTION mod_set_privileges(text) TO PUBLIC")
    for table in _SCOPES:
        op.execute(f"DROP POLICY IF EXISTS scope ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    _regrant()


def _regrant() -> None:
    """Give every existing moderator login the privileges its row now calls for."""
    op.execute("""
        DO $$
        DECLARE n text;
        BEGIN
          FOR n IN SELECT m.name FROM moderators m JOIN pg_roles r ON r.rolname = m.name
                   WHERE NOT r.rolsuper AND r.oid <> (SELECT relowner FROM pg_class
                                                      WHERE oid = 'public.items'::regclass)
          LOOP
            PERFORM mod_set_privileges(n);
          END LOOP;
        END $$
    """)
