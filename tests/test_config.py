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
