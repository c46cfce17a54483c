"""OpenAI chat-completions replies in their wire format, for building cassettes.

Shapes follow https://platform.openai.com/docs/api-reference/chat/object: an id, an
object "chat.completion", created, model, choices (index, message, logprobs,
finish_reason) and usage. Tool calls carry the arguments as a JSON *string*.
"""

from __future__ import annotations

import json
from typing import Any

MODEL = "gpt-4o-mini-2024-07-18"
CREATED = 1_717_000_000


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def _completion(
    message: dict[str, Any], finish_reason: str, tokens: tuple[int, int], number: int
) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-test{number:04d}",
        "object": "chat.completion",
        "created": CREATED + number,
        "model": MODEL,
        "choices": [
            {"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}
        ],
        "usage": usage(*tokens),
        "service_tier": "default",
        "system_fingerprint": "fp_test0001",
    }


def tool_reply(
    arguments: dict[str, Any] | str,
    tokens: tuple[int, int] = (900, 120),
    number: int = 1,
    finish_reason: str = "stop",
) -> dict[str, Any]:
    """The model calls the ClaimsResponse tool (instructor's tools mode)."""
    raw = arguments if isinstance(arguments, str) else json.dumps(arguments)
    message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": f"call_test{number:04d}",
                "type": "function",
                "function": {"name": "ClaimsResponse", "arguments": raw},
            }
        ],
        "refusal": None,
        "annotations": [],
    }
    return _completion(message, finish_reason, tokens, number)


def text_reply(
    content: str | None,
    tokens: tuple[int, int] = (900, 120),
    number: int = 1,
    finish_reason: str = "stop",
    refusal: str | None = None,
) -> dict[str, Any]:
    """A plain assistant message (json modes), or a refusal when ``refusal`` is set."""
    message = {"role": "assistant", "content": content, "refusal": refusal, "annotations": []}
    return _completion(message, finish_reason, tokens, number)


def error_body(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}
