"""Transport retries: 429 (honouring Retry-After), 5xx, timeouts and dropped connections.

These are kept apart from validation re-asks (instructor's job): tenacity retries one
HTTP request here, and instructor sees either a reply or a final error. The openai
client's own retries are switched off (``max_retries=0``) so nothing retries twice.
Other 4xx errors are not retried: the same request would fail the same way.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import openai
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_after_delay,
    stop_before_delay,
    wait_exponential_jitter,
)

from extractor.backends.llm.errors import (
    LLMError,
    ModelRefused,
    OutputTruncated,
    RequestRejected,
    TransportError,
)
from extractor.backends.llm.usage import UsageMeter


@dataclass(frozen=True)
class RetryPolicy:
    """How transport failures are retried: bounded in attempts and in total time."""

    max_attempts: int = 5
    max_total_seconds: float = 180.0
    initial_wait: float = 1.0
    max_wait: float = 30.0
    jitter: float = 1.0
    max_retry_after: float = 60.0  # a longer Retry-After is capped to this
    # Injectable so tests can record the waits instead of sleeping through them.
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep)


def is_transient(error: BaseException) -> bool:
    """429, 408, 5xx, timeouts and connection errors are worth another try."""
    if isinstance(error, openai.APIConnectionError):  # APITimeoutError is a subclass
        return True
    if isinstance(error, openai.APIStatusError):
        return error.status_code in (408, 429) or error.status_code >= 500
    return False


def retry_after_seconds(error: BaseException) -> float | None:
    """The server's Retry-After (seconds, HTTP date, or OpenAI's retry-after-ms), if any."""
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)


def _wait(policy: RetryPolicy) -> Callable[[RetryCallState], float]:
    backoff = wait_exponential_jitter(
        multiplier=policy.initial_wait, max=policy.max_wait, jitter=policy.jitter
    )

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        server_says = retry_after_seconds(error) if error is not None else None
        if server_says is not None:
            return min(server_says, policy.max_retry_after)
        return backoff(state)

    return wait


def _retry_kwargs(policy: RetryPolicy) -> dict[str, Any]:
    return {
        # stop_before_delay: do not start a wait that would overrun the total time.
        "stop": stop_after_attempt(max(policy.max_attempts, 1))
        | stop_after_delay(policy.max_total_seconds)
        | stop_before_delay(policy.max_total_seconds),
        "wait": _wait(policy),
        "retry": retry_if_exception(is_transient),
        "reraise": True,
    }


def check_completion(completion: Any, meter: UsageMeter) -> None:
    """Recognise a cut-off output and a refusal before anything tries to parse them."""
    choices = getattr(completion, "choices", None) or []
    if not choices:
        return
    choice = choices[0]
    refusal = getattr(choice.message, "refusal", None)
    if refusal or choice.finish_reason == "content_filter":
        reason = refusal or "the endpoint's content filter stopped the answer"
        raise ModelRefused(f"the model refused to extract: {reason}", usage=meter.usage, attempts=0)
    if choice.finish_reason == "length":
        used = getattr(getattr(completion, "usage", None), "completion_tokens", None)
        spent = f" after {used} output tokens" if used else ""
        raise OutputTruncated(
            f"the model's output was cut off at its token limit{spent} (finish_reason "
            "'length'); raise --option max_tokens=N, or lower --option chunk_chars=N so "
            "each request covers less text",
            usage=meter.usage,
        )


def describe_failure(error: BaseException, attempts: int, where: str) -> str:
    """One line for the user: what failed, how often it was tried, what to change."""
    tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}"
    if isinstance(error, openai.APITimeoutError):
        return f"no answer from {where} in time {tries}; raise --option timeout=SECONDS"
    if isinstance(error, openai.APIConnectionError):
        return (
            f"cannot reach {where} {tries}: {error.__cause__ or error}; check OPENAI_BASE_URL "
            "(or AZURE_OPENAI_ENDPOINT) and that the server is running"
        )
    if isinstance(error, openai.APIStatusError):
        detail = _error_message(error)
        status = error.status_code
        if status == 429:
            return f"rate-limited by {where} (429) {tries}: {detail}"
        if status >= 500 or status == 408:
            return f"server error {status} from {where} {tries}: {detail}"
        if status == 401:
            return f"{where} rejected the API key (401): check the key in the environment"
        if status == 404:
            return (
                f"{where} does not know this model or deployment (404): {detail}; "
                "check --model (the deployment name on Azure)"
            )
        return (
            f"{where} rejected the request ({status}): {detail}; if the server does not "
            "support this structured-output mode, try --option mode=json"
        )
    return f"request to {where} failed {tries}: {error}"


def _error_message(error: openai.APIStatusError) -> str:
    body = error.body
    if isinstance(body, dict):
        message = body.get("message") or body.get("error", {})
        if isinstance(message, dict):
            message = message.get("message")
        if message:
            return str(message)
    return error.message


def _as_backend_error(
    error: BaseException, attempts: int, meter: UsageMeter, where: str
) -> LLMError:
    message = describe_failure(error, attempts, where)
    kind = (
        TransportError
        if is_transient(error) or isinstance(error, openai.APIConnectionError)
        else RequestRejected
    )
    return kind(message, usage=meter.usage, attempts=attempts)


def retrying_create(
    create: Callable[..., Any], policy: RetryPolicy, meter: UsageMeter, where: str
) -> Callable[..., Any]:
    """Wrap ``client.chat.completions.create`` with transport retries and accounting."""

    def send(**kwargs: Any) -> Any:
        meter.check_budget()
        attempts = 0
        retrying = Retrying(**_retry_kwargs(policy), sleep=policy.sleep)
        try:
            for attempt in retrying:
                with attempt:
                    attempts += 1
                    try:
                        completion = create(**kwargs)
                    except openai.APIError:
                        meter.record_failed_request()
                        raise
        except openai.APIError as error:
            raise _as_backend_error(error, attempts, meter, where) from error
        meter.record_completion(completion)
        check_completion(completion, meter)
        return completion

    return send


def async_retrying_create(
    create: Callable[..., Awaitable[Any]], policy: RetryPolicy, meter: UsageMeter, where: str
) -> Callable[..., Awaitable[Any]]:
    """The async twin of :func:`retrying_create`."""

    async def send(**kwargs: Any) -> Any:
        meter.check_budget()
        attempts = 0
        retrying = AsyncRetrying(**_retry_kwargs(policy), sleep=policy.async_sleep)
        try:
            async for attempt in retrying:
                with attempt:
                    attempts += 1
                    try:
                        completion = await create(**kwargs)
                    except openai.APIError:
                        meter.record_failed_request()
                        raise
        except openai.APIError as error:
            raise _as_backend_error(error, attempts, meter, where) from error
        meter.record_completion(completion)
        check_completion(completion, meter)
        return completion

    return send
