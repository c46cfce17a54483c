"""The openai backend's requests, prepared once per job: for the runner and the Batch API.

instructor rebuilds the tool schema of ``ClaimsResponse`` for every request (a few
milliseconds of CPU each), which caps a single event loop far below what a fast endpoint
allows. Here instructor prepares the request once, around placeholder messages; each
article's rendered prompt is then put in their place. Replies are parsed by instructor's
own parser for the mode (what ``process_response`` dispatches to) and re-asks built by its
``handle_reask_kwargs``, so validation
is exactly the backend's. Prompts, cache keys, the response cache, chunking, transport
retries and token accounting are the backend's own pieces (``extractor.backends.llm``).

``LeanLLMBackend`` wraps an ``OpenAIBackend`` and has the same name, model and prompt, so
its results are the same job; ``extract`` (sync) is the backend's own. Every HTTP request
it makes (chunks, re-asks, transport retries) first waits on the job's rate limiter. On
OpenAI-style endpoints it posts the prepared JSON itself and maps HTTP failures to the
openai library's exceptions, which the backend's retry policy understands; Azure goes
through the openai client.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import aiohttp
import httpx2
import openai
from instructor import Provider
from instructor.processing.response import (
    handle_reask_kwargs,
    handle_response_model,
    mode_registry,
    normalize_mode_for_provider,
    provider_from_mode,
)
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from extractor.backends.base import BackendOutput
from extractor.backends.llm.backend import OpenAIBackend
from extractor.backends.llm.chunking import Chunk
from extractor.backends.llm.errors import InvalidResponse
from extractor.backends.llm.transport import async_retrying_create
from extractor.backends.llm.usage import UsageMeter
from extractor.batch.limits import RateLimiter, estimate_tokens
from prompts import ChunkPosition, RenderedPrompt, render_prompt
from schemas import Article, Claim, ClaimsResponse

_SYSTEM_SLOT = "\x00system-slot\x00"
_USER_SLOT = "\x00user-slot\x00"
_SLOTS = re.compile(f"{_SYSTEM_SLOT}|{_USER_SLOT}")
# What a reply that cannot be parsed raises inside instructor's parsers.
PARSE_ERRORS = (ValidationError, ValueError, AttributeError, IndexError, TypeError)


class PreparedRequests:
    """Request bodies and reply parsing for one backend configuration."""

    def __init__(self, backend: OpenAIBackend) -> None:
        self.backend = backend
        self.mode = backend.config.mode
        self.max_attempts = max(backend.config.max_retries, 0) + 1
        placeholders = [
            {"role": "system", "content": _SYSTEM_SLOT},
            {"role": "user", "content": _USER_SLOT},
        ]
        self.response_model, template = handle_response_model(
            ClaimsResponse, mode=self.mode, messages=placeholders,
            **backend.config.generation_params(),
        )  # fmt: skip
        # process_response looks the mode's parser up (and scans the model for async
        # validators, and formats the reply for a debug log) on every call; the parser is
        # looked up once here and called directly.
        provider = provider_from_mode(self.mode, Provider.OPENAI)
        handlers = mode_registry.get_handlers(
            provider, normalize_mode_for_provider(self.mode, provider)
        )
        self._parser = handlers.response_parser
        contents = json.dumps(template.get("messages", []))
        # Reuse only when instructor kept both texts somewhere in the messages.
        self._template = template if all(
            json.dumps(slot)[1:-1] in contents for slot in (_SYSTEM_SLOT, _USER_SLOT)
        ) else None  # fmt: skip

    def body(self, prompt: RenderedPrompt) -> dict[str, Any]:
        """The chat-completions request body for one rendered prompt."""
        if self._template is None:
            return handle_response_model(
                ClaimsResponse, mode=self.mode, messages=prompt.messages(),
                **self.backend.config.generation_params(),
            )[1]  # fmt: skip
        texts = {_SYSTEM_SLOT: prompt.system, _USER_SLOT: prompt.user}
        messages = []
        for message in self._template["messages"]:
            content = message.get("content")
            if isinstance(content, str):
                message = {**message, "content": _SLOTS.sub(lambda m: texts[m.group(0)], content)}
            messages.append(message)
        return {**self._template, "messages": messages}

    def parse(self, completion: ChatCompletion) -> ClaimsResponse:
        """instructor's parsing and validation of a reply; raises what it raises."""
        parsed = self._parser(
            response=completion, response_model=self.response_model, validation_context=None,
            strict=False, stream=False, is_async=False,
        )  # fmt: skip
        if not isinstance(parsed, ClaimsResponse):
            raise ValueError(f"expected ClaimsResponse, got {type(parsed).__name__}")
        return parsed

    def reask(
        self, body: dict[str, Any], completion: ChatCompletion, error: Exception
    ) -> dict[str, Any]:
        """The next request after a reply failed validation: the error goes back to the model."""
        return handle_reask_kwargs(
            {**body, "messages": list(body["messages"])}, self.mode, completion, error
        )

    def invalid(self, error: Exception, attempts: int, meter: UsageMeter) -> InvalidResponse:
        lines = [line for line in str(error).splitlines() if line.strip()]
        detail = " ".join(lines[:3])[:300] if lines else type(error).__name__
        return InvalidResponse(
            f"the model's reply did not fit the claim schema in {attempts} attempt"
            f"{'s' if attempts != 1 else ''} (--max-retries {self.max_attempts - 1}): {detail}",
            usage=meter.usage,
            attempts=attempts,
        )


class LeanLLMBackend:
    """The openai backend's async path with requests prepared once (see the module doc)."""

    def __init__(
        self,
        backend: OpenAIBackend,
        limiter: RateLimiter | None = None,
        pool_size: int | None = None,
    ) -> None:
        self.inner = backend
        self.name = backend.name
        self.config = backend.config
        self.requests = PreparedRequests(backend)
        self.limiter = limiter or RateLimiter()
        # Posting directly needs a plain OpenAI-style endpoint; the connection pool is
        # aiohttp's (a dependency of instructor), a fraction of httpx's cost per request.
        # ``pool_size`` None keeps every request on the openai client.
        self._direct = pool_size is not None and backend.endpoint.provider == "openai"
        self._pool_size = pool_size or 100
        self._sessions: dict[int, aiohttp.ClientSession] = {}
        base = (backend.endpoint.base_url or "https://api.openai.com/v1").rstrip("/")
        self._url = f"{base}/chat/completions"
        self._headers = {
            "Authorization": f"Bearer {backend.endpoint.api_key}",
            "Content-Type": "application/json",
            "Accept": "application/json",
        }

    def extract(self, article: Article) -> BackendOutput:
        return self.inner.extract(article)

    async def _post(self, **body: Any) -> ChatCompletion:
        content = json.dumps(body, ensure_ascii=False).encode("utf-8")
        reservation = None
        if self.limiter.active:
            tokens = estimate_tokens(content) if self.limiter.tpm is not None else 0
            reservation = await self.limiter.acquire(tokens)
        if not self._direct:
            client = self.inner._async_client()
            completion = await client.post("/chat/completions", body=body, cast_to=ChatCompletion)
        else:
            completion = await self._post_direct(content)
        if reservation is not None and completion.usage is not None:
            self.limiter.settle(reservation, completion.usage.total_tokens)
        return completion

    def _session(self) -> aiohttp.ClientSession:
        # A session belongs to the event loop that opened it: one per loop, as the backend.
        loop_id = id(asyncio.get_running_loop())
        session = self._sessions.get(loop_id)
        if session is None:
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            session = aiohttp.ClientSession(connector=connector)
            self._sessions = {loop_id: session}
        return session

    async def aclose(self) -> None:
        for session in self._sessions.values():
            await session.close()
        self._sessions = {}

    async def _post_direct(self, content: bytes) -> ChatCompletion:
        request = httpx2.Request("POST", self._url)  # what openai's exceptions describe
        try:
            async with self._session().post(
                self._url, data=content, headers=self._headers,
                timeout=aiohttp.ClientTimeout(total=self.config.timeout),
            ) as reply:  # fmt: skip
                status, payload, headers = reply.status, await reply.read(), dict(reply.headers)
        except TimeoutError as error:
            raise openai.APITimeoutError(request=request) from error
        except aiohttp.ClientError as error:
            raise openai.APIConnectionError(message=str(error), request=request) from error
        if status >= 400:
            response = httpx2.Response(status, headers=headers, content=payload, request=request)
            try:
                body: object = response.json()
            except ValueError:
                body = response.text
            detail = body.get("error", body) if isinstance(body, dict) else body
            message = detail.get("message") if isinstance(detail, dict) else None
            raise openai.APIStatusError(
                f"Error code: {status} - {message or body}", response=response, body=detail
            )
        return ChatCompletion.model_validate_json(payload)

    async def _chunk(
        self, article: Article, chunk: Chunk, position: ChunkPosition | None, meter: UsageMeter
    ) -> tuple[Chunk, list[Claim], bool]:
        backend = self.inner
        prompt = render_prompt(self.config.prompt, article, chunk.text, position)
        key = backend._cache_key(prompt, chunk) if backend.cache is not None else None
        cached = backend._from_cache(key) if key is not None else None
        if cached is not None:
            return chunk, cached, True
        send = async_retrying_create(
            self._post, backend.retry_policy, meter, backend.endpoint.where
        )
        body = self.requests.body(prompt)
        for attempt in range(1, self.requests.max_attempts + 1):
            completion = await send(**body)
            try:
                response = self.requests.parse(completion)
            except PARSE_ERRORS as error:
                if attempt == self.requests.max_attempts:
                    raise self.requests.invalid(error, attempt, meter) from error
                body = self.requests.reask(body, completion, error)
                continue
            if key is not None:
                backend._to_cache(key, response)
            return chunk, [Claim(**draft.model_dump()) for draft in response.claims], False
        raise AssertionError("unreachable")  # the loop returns or raises

    async def aextract(self, article: Article) -> BackendOutput:
        return await self.inner.aextract_chunks(article, self._chunk)
