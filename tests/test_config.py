"""Settings: env prefix, .env, secrets masked in `coach config`."""

import json

from click.testing import CliRunner

from assistant.cli import main
from assistant.settings import Settings


def test_env_prefix_and_openai_aliases(monkeypatch, tmp_path):
    monkeypatch.setenv("COACH_INDEX_DIR", str(tmp_path / "idx"))
    monkeypatch.setenv("COACH_LLM", "auto")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-1234567890")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    settings = Settings()
    assert settings.index_dir == tmp_path / "idx"
    assert settings.openai_api_key.get_secret_value() == "sk-test-1234567890"
    assert settings.openai_base_url == "http://127.0.0.1:9/v1"
    assert settings.llm_mode == "openai"
    monkeypatch.delenv("OPENAI_API_KEY")
    assert Settings().llm_mode == "offline"


def test_dotenv_is_read(monkeypatch, tmp_path):
    (tmp_path / ".env").write_text("COACH_MAX_INPUT_CHARS=1234\nCOACH_CHROMA_HOST=127.0.0.1\n")
    monkeypatch.chdir(tmp_path)
    settings = Settings()
    assert settings.max_input_chars == 1234
    assert settings.chroma_host == "127.0.0.1"


def test_coach_config_masks_secrets(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-abcdef123456")
    monkeypatch.setenv("COACH_AUTH", "admin:hunter22")
    result = CliRunner().invoke(main, ["config", "--json"])
    assert result.exit_code == 0, result.output
    values = json.loads(result.output)
    assert values["openai_api_key"] == "sk-…(masked)"
    assert values["auth"] == "adm…(masked)"
    assert "secret" not in result.output and "hunter22" not in result.output
    assert values["llm_mode"] == "offline"  # the test guard sets COACH_LLM=offline


def test_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(main, ["nope"])
    assert result.exit_code == 2


def test_coach_config_names_what_an_unset_setting_means(monkeypatch):
    """The terminal listing says "unset" and what that means, never a bare Python "None"."""
    for name in ("COACH_ANALYZER_WORKERS", "COACH_MODEL_CACHE_DIR", "COACH_EMBEDDING_THREADS", "COACH_CHROMA_HOST"):
        monkeypatch.delenv(name, raising=False)
    result = CliRunner().invoke(main, ["config"])
    assert result.exit_code == 0, result.output
    values = dict(line.split(None, 1) for line in result.output.splitlines())
    assert values["analyzer_workers"] == "unset (2, or 1 on a single core)"
    assert values["model_cache_dir"] == "unset ($XDG_CACHE_HOME/performance-coach/models)"
    assert values["chroma_host"] == "unset"
    assert "None" not in values.values()
    assert json.loads(CliRunner().invoke(main, ["config", "--json"]).output)["analyzer_workers"] is None


def test_sizes_that_cannot_work_are_refused_in_one_line(monkeypatch):
    """COACH_MAX_INPUT_CHARS=-5 used to refuse every text ("text is 1 characters; the limit is -5")."""
    for name, value, field in [("COACH_MAX_INPUT_CHARS", "-5", "max_input_chars"), ("COACH_MAX_UPLOAD_MB", "0", "max_upload_mb")]:
        monkeypatch.setenv(name, value)
        result = CliRunner().invoke(main, ["bias", "x"])
        monkeypatch.delenv(name)
        assert result.exit_code == 2, result.output
        assert result.stderr == f"error: invalid setting {field}: Input should be greater than or equal to 1\n"
