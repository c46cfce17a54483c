"""The ``openai`` backend: an OpenAI-compatible chat model, driven through instructor.

Per article: split into chunks that fit the budget -> for each chunk, render the prompt,
look in the cache, else ask the model (transport retries inside, validation re-asks
around them) -> merge the chunks' claims. Grounding is the pipeline's job.

One backend object may serve many threads or asyncio tasks at once: every per-article
state (usage meter, retry loop, instructor wrapper) lives in the call, not the object.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx2
import instructor
from instructor.core.exceptions import InstructorRetryException
from pydantic import ValidationError

from extractor.backends.base import BackendOutput, BackendSettings
from extractor.backends.llm.cache import ResponseCache, cache_key, schema_digest
from extractor.backends.llm.chunking import Chunk, merge_chunk_claims, split_text
from extractor.backends.llm.client import Endpoint, async_client, resolve_endpoint, sync_client
from extractor.backends.llm.config import LLMConfig, config_from_settings
from extractor.backends.llm.errors import InvalidResponse, LLMError
from extractor.backends.llm.transport import RetryPolicy, async_retrying_create, retrying_create
from extractor.backends.llm.usage import UsageMeter
from prompts import ChunkPosition, RenderedPrompt, render_prompt
from schemas import Article, Claim, ClaimsResponse

# instructor logs every failed attempt at ERROR; without a handler Python would print
# those to stderr beside our one-line error. Applications that configure logging still
# receive them through propagation.
logging.getLogger("instructor").addHandler(logging.NullHandler())

CHUNK_CONCURRENCY = 4


class OpenAIBackend:
    """Claims from an OpenAI-compatible endpoint (OpenAI, Azure, Ollama, vLLM, proxies)."""

    name = "openai"

    def __init__(
        self,
        settings: BackendSettings | None = None,
        *,
        env: Mapping[str, str] | None = None,
        http_client: httpx2.Client | None = None,
        async_http_client: httpx2.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self.config: LLMConfig = config_from_settings(settings or BackendSettings(), env)
        self.endpoint: Endpoint = resolve_endpoint(
            (settings or BackendSettings()).options, env, timeout=self.config.timeout
        )
        self.retry_policy = retry_policy or self.config.retry_policy
        self._client = sync_client(self.endpoint, http_client)
        self._async_http_client = async_http_client
        self._async_clients: dict[int, Any] = {}
        self.cache = ResponseCache(self.config.cache_dir) if self.config.use_cache else None
        self._schema = ClaimsResponse.model_json_schema()
        self._schema_digest = schema_digest(self._schema)

    # -- one request -------------------------------------------------------------------

    def _cache_key(self, prompt: RenderedPrompt, chunk: Chunk) -> str:
        params = {
            **self.config.generation_params(),
            "mode": self.config.mode.value,
            "endpoint": self.endpoint.where,
            "prompt_sha256": prompt.ref.sha256,
        }
        return cache_key(
            chunk.text, prompt.messages(), self._schema_digest, self.config.model, params
        )

    def _request_kwargs(self, prompt: RenderedPrompt) -> dict[str, Any]:
        return {
            "response_model": ClaimsResponse,
            "messages": prompt.messages(),
            "max_retries": self.config.max_retries,
            # Lenient parsing: local models often write 960 as "960"; the models still
            # validate every field and the re-ask carries whatever fails.
            "strict": False,
            **self.config.generation_params(),
        }

    def _failure(self, error: Exception, meter: UsageMeter) -> LLMError:
        """Turn what instructor raised into one of our errors, with the full usage."""
        cause = error.__cause__ if isinstance(error, InstructorRetryException) else error
        if isinstance(cause, LLMError):
            cause.usage = meter.usage
            cause.attempts = cause.attempts or meter.usage.requests
            return cause
        if isinstance(error, InstructorRetryException):
            attempts = error.n_attempts
            detail = _first_line(cause or error)
            return InvalidResponse(
                f"the model's reply did not fit the claim schema in {attempts} attempt"
                f"{'s' if attempts != 1 else ''} (--max-retries {self.config.max_retries}): "
                f"{detail}",
                usage=meter.usage,
                attempts=attempts,
            )
        return InvalidResponse(f"unusable reply: {_first_line(error)}", usage=meter.usage)

    def _from_cache(self, key: str) -> list[Claim] | None:
        if self.cache is None:
            return None
        document = self.cache.get(key)
        if document is None:
            return None
        try:
            response = ClaimsResponse.model_validate(document.get("response"))
        except ValidationError:
            return None  # written by an older schema: ask again
        return [Claim(**draft.model_dump()) for draft in response.claims]

    def _to_cache(self, key: str, response: ClaimsResponse) -> None:
        if self.cache is not None:
            self.cache.put(key, {"model": self.config.model,
                                 "response": response.model_dump(mode="json")})  # fmt: skip

    # -- sync ----------------------------------------------------------------------------

    def _extract_chunk(
        self, article: Article, chunk: Chunk, position: ChunkPosition | None, meter: UsageMeter
    ) -> tuple[list[Claim], bool]:
        prompt = render_prompt(self.config.prompt, article, chunk.text, position)
        key = self._cache_key(prompt, chunk)
        cached = self._from_cache(key)
        if cached is not None:
            return cached, True
        send = retrying_create(
            self._client.chat.completions.create, self.retry_policy, meter, self.endpoint.where
        )
        create = instructor.patch(create=send, mode=self.config.mode)
        try:
            response = create(**self._request_kwargs(prompt))
        except (InstructorRetryException, LLMError, ValidationError) as error:
            raise self._failure(error, meter) from error
        self._to_cache(key, response)
        return [Claim(**draft.model_dump()) for draft in response.claims], False

    def _chunks(self, article: Article) -> list[tuple[Chunk, ChunkPosition | None]]:
        chunks = split_text(article.text, self.config.chunk_chars, self.config.chunk_overlap)
        if len(chunks) == 1:
            return [(chunks[0], None)]
        return [(c, ChunkPosition(i, len(chunks))) for i, c in enumerate(chunks, start=1)]

    def _output(
        self, results: list[tuple[Chunk, list[Claim], bool]], meter: UsageMeter, started: float
    ) -> BackendOutput:
        claims = merge_chunk_claims((chunk, found) for chunk, found, _ in results)
        return BackendOutput(
            claims=claims,
            model=self.config.model,
            prompt=self.config.prompt.ref(),
            usage=meter.usage,
            cached=all(hit for _, _, hit in results),
            timings_ms={"llm": round((time.perf_counter() - started) * 1000, 3)},
        )

    def extract(self, article: Article) -> BackendOutput:
        started = time.perf_counter()
        meter = UsageMeter(self.config.token_budget)
        results = []
        for chunk, position in self._chunks(article):
            found, hit = self._extract_chunk(article, chunk, position, meter)
            results.append((chunk, found, hit))
        return self._output(results, meter, started)

    # -- async ---------------------------------------------------------------------------

    def _async_client(self) -> Any:
        # An async HTTP pool belongs to the event loop that opened it: one client per loop.
        loop_id = id(asyncio.get_running_loop())
        client = self._async_clients.get(loop_id)
        if client is None:
            client = async_client(self.endpoint, self._async_http_client)
            self._async_clients = {loop_id: client}
        return client

    async def _aextract_chunk(
        self, article: Article, chunk: Chunk, position: ChunkPosition | None, meter: UsageMeter
    ) -> tuple[Chunk, list[Claim], bool]:
        prompt = render_prompt(self.config.prompt, article, chunk.text, position)
        key = self._cache_key(prompt, chunk)
        cached = self._from_cache(key)
        if cached is not None:
            return chunk, cached, True
        send = async_retrying_create(
            self._async_client().chat.completions.create,
            self.retry_policy,
            meter,
            self.endpoint.where,
        )
        create = instructor.patch(create=send, mode=self.config.mode)
        try:
            response = await create(**self._request_kwargs(prompt))
        except (InstructorRetryException, LLMError, ValidationError) as error:
            raise self._failure(error, meter) from error
        self._to_cache(key, response)
        return chunk, [Claim(**draft.model_dump()) for draft in response.claims], False

    async def aextract(self, article: Article) -> BackendOutput:
        return await self.aextract_chunks(article, self._aextract_chunk)

    async def aextract_chunks(
        self, article: Article, extract_chunk: Callable[..., Awaitable[Any]]
    ) -> BackendOutput:
        """Run ``extract_chunk(article, chunk, position, meter)`` over the article's chunks
        and merge their claims; the batch runner passes its own request path here.
        """
        started = time.perf_counter()
        meter = UsageMeter(self.config.token_budget)
        # Chunks of one article run side by side, a few at a time, so a very long
        # article does not fire dozens of requests into a rate limit at once.
        gate = asyncio.Semaphore(CHUNK_CONCURRENCY)

        async def one(chunk: Chunk, position: ChunkPosition | None) -> Any:
            async with gate:
                return await extract_chunk(article, chunk, position, meter)

        chunks = self._chunks(article)
        try:
            if len(chunks) == 1:  # most articles: no task to schedule, no extra loop turn
                results = [await extract_chunk(article, chunks[0][0], chunks[0][1], meter)]
            else:
                results = await asyncio.gather(*(one(c, p) for c, p in chunks))
        except LLMError as error:
            error.usage = meter.usage  # what every attempt of every chunk spent
            raise
        return self._output(list(results), meter, started)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    lines = [line for line in text.splitlines() if line.strip()]
    return " ".join(lines[:3])[:300] if lines else type(error).__name__
