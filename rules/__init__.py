"""House-rule engine (spelregels): pure Python, imports nothing from the project."""
