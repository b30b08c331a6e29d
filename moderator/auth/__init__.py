"""Signing in to the platforms: OAuth flows, token storage, refresh and account discovery.

``flow`` runs the authorization request (system browser + loopback redirect with PKCE and
``state``, RFC 8252; or Meta's fixed success page caught by an embedded browser or pasted
back), ``vault`` keeps token sets in the OS keyring, ``provider`` hands connectors a
token that is refreshed before it expires, ``discover`` lists what a login gives access to,
and ``connect`` ties these together for the CLI and the app.
"""
