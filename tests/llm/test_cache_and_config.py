"""The cache's safety and keys, endpoint resolution, settings, and the cache CLI."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

from extractor.backends import BackendSettings, create_backend
from extractor.backends.llm.cache import ResponseCache, cache_key, default_cache_dir
from extractor.backends.llm.client import LOCAL_PLACEHOLDER_KEY, resolve_endpoint
from extractor.backends.llm.config import config_from_settings
from extractor.cli import main
from extractor.errors import UsageError

KEY_PARTS = {
    "text": "Russia lost 12 tanks.",
    "messages": [{"role": "user", "content": "x"}],
    "response_schema": {"type": "object"},
    "model": "gpt-4o-mini",
    "params": {"temperature": 0.0},
}


def test_cache_key_changes_with_every_part():
    base = cache_key(**KEY_PARTS)
    assert cache_key(**KEY_PARTS) == base
    changes = {
        "text": "Russia lost 13 tanks.",
        "messages": [{"role": "user", "content": "y"}],
        "response_schema": {"type": "array"},
        "model": "gpt-4o",
        "params": {"temperature": 0.5},
    }
    for part, value in changes.items():
        assert cache_key(**{**KEY_PARTS, part: value}) != base, part


def test_cache_stores_json_text_only(tmp_path: Path):
    cache = ResponseCache(tmp_path / "c")
    cache.put("k", {"response": {"claims": []}})
    assert cache.get("k") == {"response": {"claims": []}}
    with sqlite3.connect(tmp_path / "c" / "cache.db") as db:
        (_mode, value) = db.execute("SELECT mode, value FROM Cache WHERE key = 'k'").fetchone()
    assert value == '{"response": {"claims": []}}'  # plain JSON text in the database
    with pytest.raises(TypeError):
        cache._cache.set("k2", {"not": "text"})  # would be pickled by plain diskcache
    with pytest.raises(TypeError):
        cache._cache.set(("tuple", "key"), "{}")


class _Exploit:
    def __reduce__(self):
        return (Path("/tmp/should-not-exist-llm-cache").touch, ())


def test_a_planted_pickle_is_never_loaded(tmp_path: Path):
    cache = ResponseCache(tmp_path / "c")
    cache.put("k", {"ok": True})
    planted = pickle.dumps(_Exploit())
    with sqlite3.connect(tmp_path / "c" / "cache.db") as db:
        db.execute("UPDATE Cache SET mode = 4, value = ? WHERE key = 'k'", (planted,))
    assert cache.get("k") is None
    assert not Path("/tmp/should-not-exist-llm-cache").exists()


def test_default_cache_dir_honours_the_environment(tmp_path: Path):
    assert default_cache_dir({"EXTRACTOR_CACHE_DIR": str(tmp_path)}) == tmp_path
    xdg = default_cache_dir({"XDG_CACHE_HOME": str(tmp_path)})
    assert xdg == tmp_path / "claims-extractor" / "llm"


def test_endpoint_from_the_environment():
    openai = resolve_endpoint({}, {"OPENAI_API_KEY": "sk-test"})
    assert (openai.provider, openai.base_url, openai.where) == ("openai", None, "api.openai.com")
    local = resolve_endpoint({}, {"OPENAI_BASE_URL": "http://localhost:11434/v1"})
    assert local.api_key == LOCAL_PLACEHOLDER_KEY and local.where == "http://localhost:11434/v1"
    azure = resolve_endpoint(
        {},
        {"AZURE_OPENAI_ENDPOINT": "https://r.openai.azure.com", "AZURE_OPENAI_API_KEY": "secret-az",
         "OPENAI_API_VERSION": "2024-10-21"},
    )  # fmt: skip
    assert azure.provider == "azure" and azure.api_version == "2024-10-21"
    assert azure.api_key == "secret-az" and "secret-az" not in repr(azure)


@pytest.mark.parametrize(
    ("options", "env", "message"),
    [
        ({}, {}, "no API key: set OPENAI_API_KEY"),
        ({"provider": "azure"}, {"AZURE_OPENAI_API_KEY": "k"}, "AZURE_OPENAI_ENDPOINT"),
        ({"provider": "gemini"}, {"OPENAI_API_KEY": "k"}, "openai or azure"),
    ],
)
def test_missing_configuration_is_one_usage_error(options, env, message):
    with pytest.raises(UsageError, match=message):
        resolve_endpoint(options, env)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"mode": "xml"}, "mode must be one of"),
        ({"colour": "blue"}, "unknown --option colour"),
        ({"chunk_chars": "lots"}, "not a valid number"),
        ({"chunk_chars": "50"}, "at least 200"),
        ({"temperature": "-1"}, "must not be negative"),
    ],
)
def test_bad_options_are_usage_errors(options, message, tmp_path):
    with pytest.raises(UsageError, match=message):
        config_from_settings(BackendSettings(options=options, cache_dir=tmp_path), {})


def test_settings_reach_the_config(tmp_path: Path):
    config = config_from_settings(
        BackendSettings(
            model="llama3.1", prompt="claims/v1", max_retries=4, cache_dir=tmp_path,
            options={"mode": "json_schema", "temperature": "0.2", "token_budget": "0",
                     "chunk_chars": "5000", "max_tokens": "2048"},
        ),
        {},
    )  # fmt: skip
    assert (config.model, config.prompt.name, config.max_retries) == ("llama3.1", "claims/v1", 4)
    assert config.mode.value == "json_schema_mode" and config.token_budget is None
    assert config.generation_params() == {
        "model": "llama3.1", "temperature": 0.2, "max_tokens": 2048,
    }  # fmt: skip


def test_registry_builds_the_openai_backend(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    backend = create_backend("openai", BackendSettings(cache_dir=tmp_path / "c"))
    assert backend.name == "openai"
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("AZURE_OPENAI_ENDPOINT", raising=False)
    with pytest.raises(UsageError):
        create_backend("openai", BackendSettings(cache_dir=tmp_path / "c"))


def test_cli_without_a_key_prints_one_line_and_exits_2(tmp_path: Path, monkeypatch, capsys):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT"):
        monkeypatch.delenv(name, raising=False)
    article = tmp_path / "a.txt"
    article.write_text("Russia lost 12 tanks.\n")
    code = main(["extract", "--backend", "openai", "--cache-dir", str(tmp_path), str(article)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("error: no API key") and "\n" not in err


def test_cli_cache_stats_and_clear(tmp_path: Path, capsys):
    directory = tmp_path / "c"
    assert main(["cache", "stats", "--cache-dir", str(directory)]) == 0
    assert "no cache yet" in capsys.readouterr().out
    cache = ResponseCache(directory)
    cache.put("a", {"x": 1})
    cache.put("b", {"x": 2})
    cache.close()
    assert main(["cache", "stats", "--cache-dir", str(directory)]) == 0
    assert "entries: 2" in capsys.readouterr().out
    assert main(["cache", "clear", "--cache-dir", str(directory)]) == 0
    assert "removed 2 cached responses" in capsys.readouterr().out
    assert ResponseCache(directory).get("a") is None
