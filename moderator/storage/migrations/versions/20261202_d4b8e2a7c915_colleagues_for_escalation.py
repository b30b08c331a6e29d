"""colleagues for escalation: every login may ask which active colleagues can see an item it
sees itself (name and role), so an external moderator can escalate to a named colleague

An external moderator's login reads only its own row of ``moderators`` (8e2f4a6c1b3d), so
before this it could neither list colleagues nor have a named escalation checked. The
function answers nothing for an item outside the calling login's own scope (or for a login
that is disabled or past its end date), and only moderator logins may call it:
``mod_set_privileges`` grants EXECUTE with the rest of a login's privileges and takes it
away when the moderator is disabled.

Revision ID: d4b8e2a7c915
Revises: 7c1e5a9d3b20
Create Date: 2026-12-02 13:00:00
"""
from alembic import op

revision = "d4b8e2a7c915"
down_revision = "7c1e5a9d3b20"
branch_labels = None
depends_on = None

_FUNCTION = "mod_colleagues(bigint)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # one OS user owns an embedded workspace: the app answers from the table
    # The item must be visible to the caller (mod_visible_accounts reads session_user, which
    # SECURITY DEFINER leaves alone); a colleague must be active and have the item's account
    # in scope, by the same rules as mod_visible_accounts.
    op.execute("""
        CREATE FUNCTION mod_colleagues(p_item bigint)
        RETURNS TABLE (moderator_id integer, name text, role text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT m.id, m.name::text, m.role::text
          FROM items i JOIN accounts a ON a.id = i.account_id, moderators m
          WHERE i.id = p_item
            AND ((SELECT mod_visible_accounts()) IS NULL
                 OR i.account_id = ANY (CAST((SELECT mod_visible_accounts()) AS integer[])))
            AND NOT m.disabled AND (m.until IS NULL OR m.until > now())
            AND ((m.role <> 'external_moderator'
                  AND COALESCE(json_array_length(m.scope), 0) = 0)
                 OR EXISTS (SELECT 1 FROM json_array_elements_text(m.scope) s
                            WHERE s = a.name OR s = 'project:' || a.project
                               OR s = 'account:' || a.name OR s = 'account:' || a.id::text))
          ORDER BY m.name
        $$
    """)
    op.execute(f"REVOKE ALL ON FUNCTION {_FUNCTION} FROM PUBLIC")
    # The privileges so far stay as they are, under another name; this grants the function
    # after them, so the app keeps calling mod_set_privileges.
    op.execute("ALTER FUNCTION mod_set_privileges(text) RENAME TO mod_set_table_privileges")
    op.execute("REVOKE ALL ON FUNCTION mod_set_table_privileges(text) FROM PUBLIC")
    op.execute(f"""
        CREATE FUNCTION mod_set_privileges(p_name text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE m moderators; r text := quote_ident(p_name);
        BEGIN
          PERFORM mod_set_table_privileges(p_name);  -- checks who asks; revokes, then grants
          SELECT * INTO m FROM moderators WHERE name = p_name;
          EXECUTE 'REVOKE ALL ON FUNCTION {_FUNCTION} FROM ' || r;
          IF NOT m.disabled THEN
            EXECUTE 'GRANT EXECUTE ON FUNCTION {_FUNCTION} TO ' || r;
          END IF;
        END $$
    """)
    op.execute("GRANT EXECUTE ON FUNCTION mod_set_privileges(text) TO PUBLIC")
    _regrant()


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION mod_set_privileges(text)")
    op.execute("ALTER FUNCTION mod_set_table_privileges(text) RENAME TO mod_set_privileges")
    op.execute("GRANT EXECUTE ON FUNCTION mod_set_privileges(text) TO PUBLIC")
    op.execute(f"DROP FUNCTION {_FUNCTION}")  # its grants go with it


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
