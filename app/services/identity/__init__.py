"""Identity: users and their roles and space assignments, logging in (tokens), API keys, passwords.

Open `users.py` first, then `auth.py` (tokens, refresh, API key lookup), `api_keys.py` and
`passwords.py` (the password policy)."""
