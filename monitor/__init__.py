"""Border-strike news monitor: feeds -> bodies -> stories -> strike events -> alerts, in SQLite."""
