"""Token accounting for one article: every request counts, failed and re-asked ones too."""

from __future__ import annotations

import threading
from typing import Any

from extractor.backends.llm.errors import TokenBudgetExceeded
from schemas import TokenUsage


class UsageMeter:
    """Sums usage over every HTTP request made for one article and enforces its budget.

    One meter belongs to one ``extract`` call, so concurrent articles never share one;
    the lock only matters when chunks of the same article run in threads.
    """

    def __init__(self, token_budget: int | None = None) -> None:
        self.token_budget = token_budget
        self._usage = TokenUsage()
        self._lock = threading.Lock()

    @property
    def usage(self) -> TokenUsage:
        with self._lock:
            return self._usage.model_copy()

    def add(self, usage: TokenUsage) -> None:
        with self._lock:
            self._usage = self._usage + usage

    def record_completion(self, completion: Any) -> None:
        """Count a request that got a reply, with the tokens the reply reports."""
        reported = getattr(completion, "usage", None)
        prompt = int(getattr(reported, "prompt_tokens", 0) or 0)
        answer = int(getattr(reported, "completion_tokens", 0) or 0)
        total = int(getattr(reported, "total_tokens", 0) or 0) or prompt + answer
        self.add(
            TokenUsage(
                prompt_tokens=prompt, completion_tokens=answer, total_tokens=total, requests=1
            )
        )

    def record_failed_request(self) -> None:
        """Count a request that failed before a reply (429, 5xx, timeout, dropped)."""
        self.add(TokenUsage(requests=1))

    def check_budget(self) -> None:
        """Raise before sending another request once the budget is spent."""
        if self.token_budget is None:
            return
        usage = self.usage
        if usage.total_tokens >= self.token_budget:
            raise TokenBudgetExceeded(
                f"token budget of {self.token_budget} for this article is spent "
                f"({usage.total_tokens} tokens over {usage.requests} requests); raise it with "
                "--option token_budget=N or lower --max-retries",
                usage=usage,
                attempts=usage.requests,
            )
