from accord.config import DEFAULT_MODEL, Settings


def test_defaults(tmp_path, monkeypatch):
    monkeypatch.delenv("ACCORD_DB", raising=False)
    monkeypatch.delenv("ACCORD_MODEL", raising=False)
    settings = Settings.load(config_file=tmp_path / "missing.toml")
    assert settings.model == DEFAULT_MODEL
    assert settings.db == "sqlite:///accord.db"


def test_cli_beats_env_beats_toml(tmp_path, monkeypatch):
    config = tmp_path / "accord.toml"
    config.write_text('[accord]\ndb = "sqlite:///toml.db"\nmodel = "toml_model"\nbatch_size = 8\n')
    monkeypatch.delenv("ACCORD_MODEL", raising=False)
    monkeypatch.setenv("ACCORD_DB", "sqlite:///env.db")
    settings = Settings.load(config_file=config)
    assert settings.db == "sqlite:///env.db"
    assert settings.model == "toml_model"
    assert settings.batch_size == 8
    assert Settings.load(config_file=config, db="sqlite:///cli.db").db == "sqlite:///cli.db"


def test_switches_read_from_toml_and_environment(tmp_path, monkeypatch):
    config = tmp_path / "accord.toml"
    config.write_text("[accord]\nunnamed_doers = false\n")
    monkeypatch.delenv("ACCORD_UNNAMED_DOERS", raising=False)
    assert Settings.load(config_file=tmp_path / "missing.toml").unnamed_doers is True
    assert Settings.load(config_file=config).unnamed_doers is False
    monkeypatch.setenv("ACCORD_UNNAMED_DOERS", "yes")
    assert Settings.load(config_file=config).unnamed_doers is True
