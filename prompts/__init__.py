"""Versioned prompt templates: ``claims/v1``, ``claims/v2``, ... (Jinja2 files in this package).

Each template starts with a metadata comment::

    {#- meta
    description: what the template is for
    changes: what changed from the previous version
    -#}

and renders two parts, split by a marker the code passes in: the system instructions and
the user message that carries the article between delimiters. Enum values and category
codes are never written into a template by hand; they come from ``schemas``.

``PromptRef.sha256`` hashes everything that decides the rendered text apart from the
article: the template source, the sources of the templates it extends, and the static
context (vocabularies and few-shot examples). A changed template is never mistaken for
the old one, and a cache keyed on it misses.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, TemplateError

from extractor.errors import UsageError
from prompts.examples import few_shot_examples
from schemas import (
    EQUIPMENT_CATEGORIES,
    PEOPLE_CATEGORIES,
    Article,
    Category,
    ClaimantType,
    Population,
    PromptRef,
    Qualifier,
    Scope,
    Subject,
    content_id,
)

PROMPTS_DIR = Path(__file__).resolve().parent
DEFAULT_FAMILY = "claims"

_NAME = re.compile(r"^(?P<family>[a-z][a-z0-9_]*)/(?P<version>v\d+)$")
_META = re.compile(r"\{#-?\s*meta\s*\n(?P<body>.*?)-?#\}", re.DOTALL)
_EXTENDS = re.compile(r"""\{%-?\s*extends\s+["'](?P<parent>[^"']+)["']""")
# Splits system instructions from the user message; passed in so no template can misspell it.
_USER_MARKER = "\x00--- user message ---\x00"


@dataclass(frozen=True)
class PromptTemplate:
    """One template file and what its metadata block says about it."""

    name: str  # "claims/v2"
    family: str  # "claims"
    version: str  # "v2"
    description: str
    changes: str
    path: Path
    sha256: str

    @property
    def number(self) -> int:
        return int(self.version[1:])

    def ref(self) -> PromptRef:
        return PromptRef(name=self.name, version=self.version, sha256=self.sha256)


@dataclass(frozen=True)
class ChunkPosition:
    """Where a piece of a long article sits, so the model knows it sees only part of it."""

    index: int  # 1-based
    count: int


@dataclass(frozen=True)
class RenderedPrompt:
    """Exactly what is sent: a system message and a user message."""

    ref: PromptRef
    system: str
    user: str

    def messages(self) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system}, {"role": "user", "content": self.user}]

    def as_text(self) -> str:
        return f"=== system ===\n{self.system}\n\n=== user ===\n{self.user}\n"


def _environment() -> Environment:
    # autoescape off: the output is a prompt, not HTML. StrictUndefined: a renamed enum
    # member or a missing variable fails loudly instead of rendering as an empty string.
    return Environment(
        loader=FileSystemLoader(str(PROMPTS_DIR)),
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def static_context() -> dict[str, Any]:
    """Everything a template may use besides the article: vocabularies from ``schemas``."""
    return dict(_static_context())


@cache
def _static_context() -> dict[str, Any]:
    # Built once: batch jobs render thousands of prompts. Callers get a shallow copy.
    return {
        "Subject": Subject,
        "Population": Population,
        "Category": Category,
        "Qualifier": Qualifier,
        "Scope": Scope,
        "ClaimantType": ClaimantType,
        "subjects": [m.value for m in Subject],
        "populations": [m.value for m in Population],
        "qualifiers": [m.value for m in Qualifier],
        "scopes": [m.value for m in Scope],
        "claimant_types": [m.value for m in ClaimantType],
        "people_categories": [m.value for m in Category if m in PEOPLE_CATEGORIES],
        "equipment_categories": [m.value for m in Category if m in EQUIPMENT_CATEGORIES],
        "examples": few_shot_examples(),
    }


def _static_fingerprint() -> str:
    context = static_context()
    plain = {k: v for k, v in context.items() if isinstance(v, list)}
    plain["examples"] = [example.as_dict() for example in context["examples"]]
    return json.dumps(plain, sort_keys=True, ensure_ascii=False)


def _parse_meta(source: str, path: Path) -> dict[str, str]:
    match = _META.search(source)
    if match is None:
        raise UsageError(f"prompt template {path} has no '{{#- meta ... -#}}' block")
    meta: dict[str, str] = {}
    key = None
    for line in match.group("body").splitlines():
        if not line.strip():
            continue
        field, sep, value = line.partition(":")
        if sep and not line.startswith((" ", "\t")) and field.strip().isidentifier():
            key = field.strip()
            meta[key] = value.strip()
        elif key is not None:  # an indented continuation line
            meta[key] = f"{meta[key]} {line.strip()}".strip()
    return meta


def _source_chain(path: Path) -> list[str]:
    """The template's source and the sources of every template it extends."""
    sources = []
    seen: set[Path] = set()
    current: Path | None = path
    while current is not None and current not in seen:
        seen.add(current)
        source = current.read_text(encoding="utf-8")
        sources.append(source)
        parent = _EXTENDS.search(source)
        current = PROMPTS_DIR / parent.group("parent") if parent else None
    return sources


def _load(path: Path) -> PromptTemplate:
    relative = path.relative_to(PROMPTS_DIR).with_suffix("").as_posix()
    match = _NAME.match(relative)
    if match is None:
        raise UsageError(f"prompt template {path} is not named FAMILY/vN.j2")
    meta = _parse_meta(path.read_text(encoding="utf-8"), path)
    digest = hashlib.sha256()
    for source in _source_chain(path):
        digest.update(source.encode("utf-8"))
        digest.update(b"\x00")
    digest.update(_static_fingerprint().encode("utf-8"))
    return PromptTemplate(
        name=relative,
        family=match.group("family"),
        version=match.group("version"),
        description=meta.get("description", ""),
        changes=meta.get("changes", ""),
        path=path,
        sha256=digest.hexdigest(),
    )


def list_prompts() -> list[PromptTemplate]:
    """Every template, by family and then version number."""
    templates = [_load(path) for path in sorted(PROMPTS_DIR.glob("*/v*.j2"))]
    return sorted(templates, key=lambda t: (t.family, t.number))


def get_prompt(name: str | None = None) -> PromptTemplate:
    """``"claims/v1"``; a family name (``"claims"``) or None means that family's newest."""
    wanted = (name or DEFAULT_FAMILY).strip().removesuffix(".j2")
    templates = list_prompts()
    if "/" not in wanted:
        family = [t for t in templates if t.family == wanted]
        if family:
            return family[-1]
    for template in templates:
        if template.name == wanted:
            return template
    known = ", ".join(t.name for t in templates) or "none"
    raise UsageError(f"unknown prompt {wanted!r}; available: {known}")


@cache
def _compiled(name: str, sha256: str) -> Any:
    # Keyed on the hash too, so an edited template is recompiled in a long-lived process.
    return _environment().get_template(f"{name}.j2")


def render_prompt(
    template: PromptTemplate,
    article: Article,
    text: str | None = None,
    chunk: ChunkPosition | None = None,
) -> RenderedPrompt:
    """Render ``template`` for ``article`` (or for ``text``, one piece of it)."""
    body = article.text if text is None else text
    published: date | None = article.published
    context = {
        **static_context(),
        "user_marker": _USER_MARKER,
        "title": article.title,
        "outlet": article.outlet,
        "published": published.isoformat() if published else None,
        "text": body,
        "text_id": content_id(body),
        "chunk": chunk,
    }
    try:
        rendered = _compiled(template.name, template.sha256).render(context)
    except TemplateError as error:
        raise UsageError(f"prompt {template.name} does not render: {error}") from None
    system, marker, user = rendered.partition(_USER_MARKER)
    if not marker:
        raise UsageError(f"prompt {template.name} does not print {{{{ user_marker }}}}")
    return RenderedPrompt(ref=template.ref(), system=system.strip(), user=user.strip())


__all__ = [
    "DEFAULT_FAMILY",
    "ChunkPosition",
    "PromptTemplate",
    "RenderedPrompt",
    "get_prompt",
    "list_prompts",
    "render_prompt",
    "static_context",
]
