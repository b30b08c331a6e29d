"""``moderator account connect`` and ``moderator account token``: sign in without the app.

``connect`` prints the authorization URL alone on one line (for a person to open when no
browser can be started here), waits up to five minutes for the platform to redirect to
its loopback listener, lets the user pick when the login reaches more than one page or
channel, stores the tokens in the keyring and exits 0. Meta only redirects to its fixed
success page: then the address of that page is pasted on stdin. Connecting a name that
exists renews that account in place (its items and log stay).
"""

from __future__ import annotations

import argparse
import sys
import webbrowser
from typing import TYPE_CHECKING, Any

from moderator.auth.connect import ConnectService, login_expiry, loopback_sign_in
from moderator.auth.endpoints import Redirect, spec_for
from moderator.auth.registration import AppRegistration, Registrations
from moderator.auth.tokens import TokenVault
from moderator.cli.support import open_workspace
from moderator.errors import UsageError
from moderator.items import Platform
from moderator.secrets import KeyringStore
from moderator.settings import WorkspaceSettings

if TYPE_CHECKING:
    from moderator.auth.discover import Connectable
    from moderator.auth.tokens import TokenSet
    from moderator.workspace import Workspace


def register(acc_sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``account connect`` and ``account token`` to the ``account`` subcommands."""
    con = acc_sub.add_parser("connect", parents=[common],
                             help="sign in on the platform and connect (or reconnect) "
                             "an account")
    con.add_argument("--platform", required=True, choices=[p.value for p in Platform])
    con.add_argument("--name", required=True,
                     help="account name in Moderator (an existing one is reconnected)")
    con.add_argument("--client-id", default="", help="the organisation's app registration "
                     "(default: the one entered in Instellingen)")
    con.add_argument("--client-secret-stdin", action="store_true",
                     help="read the app secret from the first line of stdin")
    con.add_argument("--auth-base", default="", help="authorization server base URL (tests)")
    con.add_argument("--api-base", default="", help="API base URL (version pin, tests)")
    con.add_argument("--project", default="")
    con.add_argument("--pick", default="", help="external id to connect when the login "
                     "reaches several pages or channels (otherwise asked)")
    con.add_argument("--port", type=int, default=None,
                     help="loopback port (default: the platform's registered one, or any)")
    con.add_argument("--timeout", type=float, default=300.0, help=argparse.SUPPRESS)
    con.add_argument("--no-browser", action="store_true", help="only print the URL")
    con.set_defaults(handler=_connect)
    tok = acc_sub.add_parser("token", parents=[common],
                             help="replace an account's token (read from stdin)")
    tok.add_argument("account")
    tok.add_argument("--token-stdin", action="store_true", required=True)
    tok.set_defaults(handler=_token)


def _services(ws: Workspace) -> tuple[ConnectService, Registrations]:
    store = KeyringStore()
    store.get("probe")  # fail before signing in when no keyring is usable
    vault = TokenVault(store)
    regs = Registrations(WorkspaceSettings(ws.db), vault)
    return ConnectService(ws.accounts, regs, vault), regs


def _connect(args: argparse.Namespace) -> int:
    platform = Platform(args.platform)
    secret = sys.stdin.readline().strip() if args.client_secret_stdin else None
    if args.client_secret_stdin and not secret:
        raise UsageError("no client secret on stdin")
    with open_workspace(args) as ws:
        service, regs = _services(ws)
        if args.client_id:
            regs.set(platform, args.client_id, secret)
        app = regs.get(platform)
        if secret is not None:
            app = AppRegistration(app.client_id, secret)
        existing = next((a for a in ws.accounts.list() if a.name == args.name), None)
        if existing is not None and existing.platform is not platform:
            raise UsageError(f"account {args.name!r} is on {existing.platform.value}")
        api_base = args.api_base or (existing.api_base if existing else "")
        flow = service.sign_in(platform, auth_base=args.auth_base, api_base=api_base, app=app)
        tokens = _sign_in(flow, args)
        choice = _choose(service.choices(platform, tokens, api_base), platform, args, existing)
        info = service.connect(choice, tokens, name=args.name, project=args.project,
                               api_base=api_base, account=existing)
    until = login_expiry(tokens if not choice.access_token else
                         tokens.with_access(choice.access_token, None))
    verb = "reconnected" if existing else "connected"
    print(f"account {info.id} {verb}: {platform.value}/{info.name} = {choice.name} "
          f"({choice.external_id}); login "
          + (f"valid until {until:%Y-%m-%d}" if until else "renews itself"), file=sys.stderr)
    return 0


def _show_url(url: str, args: argparse.Namespace) -> None:
    print(url, flush=True)
    if not args.no_browser:
        webbrowser.open(url)


def _sign_in(flow: Any, args: argparse.Namespace) -> TokenSet:
    if flow.spec.redirect is Redirect.LOOPBACK:
        print("Open this address, sign in and allow access (waiting up to "
              f"{args.timeout / 60:.0f} minutes):", file=sys.stderr)
        result: TokenSet = loopback_sign_in(flow, lambda url: _show_url(url, args),
                                            timeout=args.timeout, port=args.port)
        return result
    request = flow.start()
    print("Open this address and sign in; then paste the address of the page you land on "
          "(it starts with " + flow.meta_success_url() + "):", file=sys.stderr)
    _show_url(request.url, args)
    pasted = sys.stdin.readline().strip()
    if not pasted:
        raise UsageError("no address pasted")
    meta: TokenSet = flow.finish(request, pasted)
    return meta


def _choose(found: list[Connectable], platform: Platform, args: argparse.Namespace,
            existing: Any) -> Connectable:
    wanted = args.pick or (existing.external_id if existing else "")
    options = [c for c in found if c.platform is platform]
    if wanted:
        options = [c for c in options if c.external_id == wanted]
    if not options:
        what = f" with id {wanted}" if wanted else ""
        raise UsageError(f"this login gives no {spec_for(platform).platform.value} account"
                         f"{what}; sign in as someone who manages it")
    if len(options) == 1:
        return options[0]
    for n, c in enumerate(options, 1):
        print(f"{n}\t{c.external_id}\t{c.name}\t{c.detail}", file=sys.stderr)
    print("Which one? (number)", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip()
    if not answer.isdigit() or not 1 <= int(answer) <= len(options):
        raise UsageError("no valid choice; pass --pick EXTERNAL_ID")
    return options[int(answer) - 1]


def _token(args: argparse.Namespace) -> int:
    token = sys.stdin.readline().strip()
    if not token:
        raise UsageError("no token on stdin")
    with open_workspace(args) as ws:
        service, _regs = _services(ws)
        info = service.replace_token(ws.accounts.get(args.account), token)
    print(f"account {info.id} token replaced: {info.platform.value}/{info.name}")
    return 0
