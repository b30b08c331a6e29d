"""team mode you can trust: a moderator is a database login; row-level security limits each
login to its scope until its end date; audit entries are appended by the database itself;
replies by external moderators wait for approval; named assignment

Revision ID: 8e2f4a6c1b3d
Revises: 3f9b6c2d8e41
Create Date: 2026-12-02 05:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = "8e2f4a6c1b3d"
down_revision = "3f9b6c2d8e41"
branch_labels = None
depends_on = None

# Tables whose rows belong to one account (policy on account_id) and those whose rows
# belong to one item (policy: the item is visible, which applies the items policy).
ACCOUNT_TABLES = ("items", "threads", "outbox", "item_counts", "cursors")
ITEM_TABLES = ("item_history", "scores", "flags", "actions", "notes")
_AUDIT_COLUMNS = ("seq", "at", "moderator", "role", "action", "item_ref", "account_id",
                  "rule_id", "ruleset_version", "detail", "content_digest", "prev_hash", "hash")


def upgrade() -> None:
    with op.batch_alter_table("moderators", schema=None) as b:
        b.add_column(sa.Column("until", sa.DateTime(timezone=True), nullable=True))
        b.add_column(sa.Column("disabled", sa.Boolean(), nullable=False,
                               server_default=sa.false()))
    with op.batch_alter_table("outbox", schema=None) as b:
        b.add_column(sa.Column("needs_approval", sa.Boolean(), nullable=False,
                               server_default=sa.false()))
        b.add_column(sa.Column("approved_by", sa.Integer(), nullable=True))
        b.add_column(sa.Column("review_note", sa.Text(), nullable=True))
    op.add_column("items", sa.Column("assigned_to", sa.Integer(), nullable=True))
    op.add_column("items", sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True))
    op.create_index("ix_items_assigned_to", "items", ["assigned_to"],
                    sqlite_where=sa.text("assigned_to IS NOT NULL"),
                    postgresql_where=sa.text("assigned_to IS NOT NULL"))
    if op.get_bind().dialect.name == "postgresql":
        _postgres()
    else:
        _sqlite()


def _sqlite() -> None:
    # Append-only: a retention purge may blank ``content``; every other column stays.
    same = " AND ".join(f"new.{c} IS old.{c}" for c in _AUDIT_COLUMNS)
    op.execute("DROP TRIGGER IF EXISTS audit_no_update")
    op.execute(f"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entries "
               f"WHEN NOT (new.content IS NULL AND {same}) "
               f"BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END")


def _postgres() -> None:
    same = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in _AUDIT_COLUMNS)
    op.execute(f"""
        CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger AS $$
        BEGIN
          -- A retention purge may blank personal content; nothing else may change.
          IF TG_OP = 'UPDATE' AND NEW.content IS NULL AND {same} THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
            USING ERRCODE = 'insufficient_privilege';
        END $$ LANGUAGE plpgsql
    """)
    # Who is asking: the login's moderator row. SECURITY DEFINER so the policies can read
    # moderators and accounts without recursing into their own policies.
    op.execute("""
        CREATE FUNCTION mod_me() RETURNS moderators
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT m FROM moderators m WHERE m.name = session_user::text
        $$
    """)
    # The accounts the login may see; NULL means every account (team leads, unscoped
    # community managers, the workspace owner). Disabled or past its end date: none.
    op.execute("""
        CREATE FUNCTION mod_visible_accounts() RETURNS integer[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE m moderators;
        BEGIN
          SELECT * INTO m FROM moderators WHERE name = session_user::text;
          IF NOT FOUND THEN
            IF mod_is_owner() THEN RETURN NULL; END IF;
            RETURN '{}';
          END IF;
          IF m.disabled OR (m.until IS NOT NULL AND m.until <= now()) THEN RETURN '{}'; END IF;
          IF m.role <> 'external_moderator' AND json_array_length(m.scope) = 0 THEN
            RETURN NULL;
          END IF;
          RETURN ARRAY(SELECT a.id FROM accounts a, json_array_elements_text(m.scope) s
                       WHERE s = a.name OR s = 'project:' || a.project
                          OR s = 'account:' || a.name OR s = 'account:' || a.id::text);
        END $$
    """)
    op.execute("""
        CREATE FUNCTION mod_is_owner() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user
                         AND (r.rolsuper OR r.oid = (SELECT relowner FROM pg_class
                                                      WHERE oid = 'public.items'::regclass)))
        $$
    """)
    op.execute("""
        CREATE FUNCTION mod_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
          SELECT COALESCE((SELECT CASE WHEN m.disabled OR m.until <= now() THEN 'none'
                                       ELSE m.role END
                           FROM moderators m WHERE m.name = session_user::text),
                          CASE WHEN mod_is_owner() THEN 'team_lead' ELSE 'none' END)
        $$
    """)
    visible = ("((SELECT mod_visible_accounts()) IS NULL "
               "OR {col} = ANY (CAST((SELECT mod_visible_accounts()) AS integer[])))")
    for table in ACCOUNT_TABLES:
        _policy(table, visible.format(col="account_id"))
    _policy("accounts", visible.format(col="id"))
    for table in ITEM_TABLES:
        _policy(table, "EXISTS (SELECT 1 FROM items i WHERE i.id = item_id)")
    # External moderators see themselves only (another's scope would name other projects)
    # and their own log entries; the rest of the team sees the whole log.
    _policy("moderators", "(SELECT mod_role()) IN ('team_lead', 'community_manager') "
                          "OR name = session_user::text")
    _policy("audit_entries", "(SELECT mod_role()) IN ('team_lead', 'community_manager') "
                             "OR moderator = session_user::text")
    # Triggers that keep derived tables run for every login that changes an item.
    for fn in ("item_counts_keep()", "item_changes_log()", "item_changes_trim()",
               "item_changes_notify()"):
        op.execute(f"ALTER FUNCTION {fn} SECURITY DEFINER SET search_path = public, pg_temp")
    _audit_append()
    _approvals()
    _privileges()
    # The recorded head moves only inside audit_append (which runs as the owner).
    op.execute("""
        CREATE FUNCTION settings_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (CASE TG_OP WHEN 'DELETE' THEN OLD.key ELSE NEW.key END) = 'audit_head'
             AND NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_user
                   AND (r.rolsuper OR r.oid = (SELECT relowner FROM pg_class
                                               WHERE oid = 'public.settings'::regclass))) THEN
            RAISE EXCEPTION 'the audit head moves only with a new entry'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
        END $$
    """)
    op.execute("CREATE TRIGGER settings_guard BEFORE INSERT OR UPDATE OR DELETE ON settings "
               "FOR EACH ROW EXECUTE FUNCTION settings_guard()")
    op.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    op.execute("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC")
    for fn in ("mod_me()", "mod_visible_accounts()", "mod_is_owner()", "mod_role()",
               "mod_set_privileges(text)",
               "audit_append(text, text, integer, text, text, text, text, text, text, text)"):
        op.execute(f"GRANT EXECUTE ON FUNCTION {fn} TO PUBLIC")


def _policy(table: str, using: str) -> None:
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"CREATE POLICY scope ON {table} USING ({using}) WITH CHECK ({using})")


_READ = ("accounts, threads, items, item_history, scores, flags, actions, notes, outbox, "
         "item_counts, moderators, rulesets, settings, audit_entries, cursors, alembic_version, "
         "item_changes")
_TRIAGE_ITEM_COLUMNS = "status, is_open, claimed_by, claim_expires_at, assigned_to, assigned_at"
_REVIEW_OUTBOX_COLUMNS = "state, approved_by, review_note, text, updated_at, not_before"


def _privileges() -> None:
    """Least privileges per role, granted by the owner (SECURITY DEFINER), so that changing
    one moderator never takes away what another was granted (PostgreSQL revokes privileges
    granted by a role along with that role's own). A team lead (or the owner) calls it
    after saving the moderator's row; the row's role and state decide."""
    op.execute(f"""
        CREATE FUNCTION mod_set_privileges(p_name text) RETURNS void
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE m moderators; r text := quote_ident(p_name);
        BEGIN
          IF NOT (mod_is_owner() OR mod_role() = 'team_lead') THEN
            RAISE EXCEPTION 'alleen een teamleider beheert moderatoren'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          SELECT * INTO m FROM moderators WHERE name = p_name;
          IF NOT FOUND OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name AND (rolsuper
              OR oid = (SELECT relowner FROM pg_class WHERE oid = 'public.items'::regclass)))
          THEN
            RAISE EXCEPTION 'geen moderator-login: %', p_name
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ' || r;
          EXECUTE 'REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ' || r;
          IF m.disabled THEN RETURN; END IF;
          EXECUTE 'GRANT SELECT ON {_READ} TO ' || r;
          IF m.role = 'team_lead' THEN
            EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ' || r;
            EXECUTE 'REVOKE INSERT, UPDATE, DELETE ON audit_entries FROM ' || r;
            EXECUTE 'GRANT UPDATE (content) ON audit_entries TO ' || r;
            EXECUTE 'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ' || r;
            RETURN;
          END IF;
          EXECUTE 'GRANT INSERT ON actions, notes, outbox TO ' || r;
          EXECUTE 'GRANT UPDATE ({_TRIAGE_ITEM_COLUMNS}) ON items TO ' || r;
          EXECUTE 'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ' || r;
          IF m.role = 'community_manager' THEN
            EXECUTE 'GRANT UPDATE ({_REVIEW_OUTBOX_COLUMNS}) ON outbox TO ' || r;
          END IF;
        END $$
    """)


def _audit_append() -> None:
    """The one way a login adds to the log: the database names the moderator, numbers the
    entry and computes the same hash chain ``moderator.audit.chain`` recomputes (the compact
    JSON array of the fields, SHA-256, lower-case hex)."""
    op.execute("""
        CREATE FUNCTION audit_append(p_action text, p_item_ref text, p_account_id integer,
                                     p_rule_id text, p_ruleset_version text, p_detail text,
                                     p_content text, p_moderator text, p_role text,
                                     p_at text)
        RETURNS audit_entries
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
          head json; e audit_entries; who text := session_user::text; r text;
        BEGIN
          r := mod_role();
          -- Only the owning login (superuser or table owner: it could rewrite the table
          -- anyway) may write for a named moderator: the demo and test harnesses do.
          IF mod_is_owner() AND COALESCE(p_moderator, '') <> '' THEN
            who := p_moderator; r := COALESCE(NULLIF(p_role, ''), r);
          END IF;
          e.at := to_char(clock_timestamp() AT TIME ZONE 'UTC',
                          'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00';
          IF mod_is_owner() AND COALESCE(p_at, '') <> '' THEN
            e.at := p_at;  -- the owner's harnesses (demo, tests) bring their own clock
          END IF;
          IF r = 'none' THEN
            RAISE EXCEPTION 'geen moderator in deze werkruimte: %', who
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          INSERT INTO settings(key, value)
            VALUES ('audit_head', json_build_object('seq', 0, 'hash', repeat('0', 64)))
            ON CONFLICT (key) DO NOTHING;
          SELECT value INTO head FROM settings WHERE key = 'audit_head' FOR UPDATE;
          e.seq := (head->>'seq')::integer + 1;
          e.prev_hash := head->>'hash';
          e.moderator := who; e.role := r; e.action := p_action;
          e.item_ref := COALESCE(p_item_ref, ''); e.account_id := p_account_id;
          e.rule_id := COALESCE(p_rule_id, '');
          e.ruleset_version := COALESCE(p_ruleset_version, '');
          e.detail := COALESCE(p_detail, ''); e.content := NULLIF(p_content, '');
          e.content_digest := CASE WHEN e.content IS NULL THEN ''
            ELSE encode(sha256(convert_to(e.content, 'UTF8')), 'hex') END;
          e.hash := encode(sha256(convert_to(
            '[' || e.seq || ',' || to_json(e.at) || ',' || to_json(e.moderator) || ','
            || to_json(e.role) || ',' || to_json(e.action) || ',' || to_json(e.item_ref) || ','
            || COALESCE(e.account_id::text, 'null') || ',' || to_json(e.rule_id) || ','
            || to_json(e.ruleset_version) || ',' || to_json(e.detail) || ','
            || to_json(e.content_digest) || ',' || to_json(e.prev_hash) || ']',
            'UTF8')), 'hex');
          INSERT INTO audit_entries SELECT e.*;
          UPDATE settings SET value = json_build_object('seq', e.seq, 'hash', e.hash)
            WHERE key = 'audit_head';
          RETURN e;
        END $$
    """)


def _approvals() -> None:
    """Four eyes: a reply, DM reply or warning by an external moderator waits for a
    community manager or team lead other than its author; the database refuses to let it
    leave the queue without one."""
    op.execute("""
        ALTER TABLE outbox ADD CONSTRAINT ck_outbox_approved CHECK (
          NOT needs_approval OR approved_by IS NOT NULL
          OR state IN ('awaiting', 'rejected'))
    """)
    op.execute("""
        CREATE FUNCTION outbox_four_eyes() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE me moderators; author integer;
        BEGIN
          me := mod_me();
          IF TG_OP = 'INSERT' THEN
            IF mod_role() = 'external_moderator'
               AND NEW.kind IN ('reply', 'dm_reply', 'warn') THEN
              NEW.needs_approval := true;
            END IF;
            IF NEW.needs_approval THEN
              NEW.state := 'awaiting'; NEW.approved_by := NULL;
            END IF;
            RETURN NEW;
          END IF;
          IF OLD.needs_approval AND NOT NEW.needs_approval THEN
            RAISE EXCEPTION 'goedkeuring is verplicht voor dit bericht'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          IF NEW.approved_by IS DISTINCT FROM OLD.approved_by
             OR (OLD.state = 'awaiting' AND NEW.state <> OLD.state) THEN
            SELECT moderator_id INTO author FROM actions WHERE id = NEW.action_id;
            -- A community manager or team lead, not the author, and (unless the owner's
            -- login acts for a named moderator) the approver is the login itself.
            IF mod_role() NOT IN ('team_lead', 'community_manager')
               OR NEW.approved_by IS NOT DISTINCT FROM author
               OR (NEW.approved_by IS NOT NULL AND NOT mod_is_owner()
                   AND NEW.approved_by IS DISTINCT FROM me.id) THEN
              RAISE EXCEPTION 'alleen een andere communitymanager of teamleider mag dit goedkeuren'
                USING ERRCODE = 'insufficient_privilege';
            END IF;
          END IF;
          RETURN NEW;
        END $$
    """)
    op.execute("CREATE TRIGGER outbox_four_eyes BEFORE INSERT OR UPDATE ON outbox "
               "FOR EACH ROW EXECUTE FUNCTION outbox_four_eyes()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS mod_set_privileges(text)")
        op.execute("DROP TRIGGER IF EXISTS settings_guard ON settings")
        op.execute("DROP FUNCTION IF EXISTS settings_guard()")
        op.execute("DROP TRIGGER IF EXISTS outbox_four_eyes ON outbox")
        op.execute("DROP FUNCTION IF EXISTS outbox_four_eyes()")
        op.execute("ALTER TABLE outbox DROP CONSTRAINT IF EXISTS ck_outbox_approved")
        op.execute("DROP FUNCTION IF EXISTS audit_append(text, text, integer, text, text, "
                   "text, text, text, text, text)")
        for table in (*ACCOUNT_TABLES, "accounts", *ITEM_TABLES, "moderators",
                      "audit_entries"):
            op.execute(f"DROP POLICY IF EXISTS scope ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for fn in ("item_counts_keep()", "item_changes_log()", "item_changes_trim()",
                   "item_changes_notify()"):
            op.execute(f"ALTER FUNCTION {fn} SECURITY INVOKER")
        for fn in ("mod_visible_accounts()", "mod_role()", "mod_me()", "mod_is_owner()"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
    op.drop_index("ix_items_assigned_to", "items")
    op.drop_column("items", "assigned_at")
    op.drop_column("items", "assigned_to")
    with op.batch_alter_table("outbox", schema=None) as b:
        b.drop_column("review_note")
        b.drop_column("approved_by")
        b.drop_column("needs_approval")
    with op.batch_alter_table("moderators", schema=None) as b:
        b.drop_column("disabled")
        b.drop_column("until")
