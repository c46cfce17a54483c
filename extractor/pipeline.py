"""One article through the stages: backend -> grounding -> de-duplication -> Extraction."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from extractor import __version__
from extractor.backends.base import Backend, BackendOutput
from extractor.errors import BackendError, ExtractorError
from extractor.grounding import ground_claims
from schemas import Article, Claim, Extraction, Provenance, RejectedClaim, RejectionReason


def claim_identity(claim: Claim) -> tuple[object, ...]:
    """Two claims with the same identity say the same thing (a repeated figure)."""
    return (*claim.match_key(), claim.subgroup, claim.scope, claim.as_of, claim.claimant)


def drop_repeats(claims: list[Claim]) -> tuple[list[Claim], list[RejectedClaim]]:
    """Keep the first of each repeated figure; the rest are rejected as duplicates."""
    seen: dict[tuple[object, ...], Claim] = {}
    kept: list[Claim] = []
    repeats: list[RejectedClaim] = []
    for claim in claims:
        identity = claim_identity(claim)
        if identity in seen:
            first = seen[identity]
            repeats.append(
                RejectedClaim(
                    claim=claim,
                    reason=RejectionReason.DUPLICATE,
                    detail=f"repeats the claim at characters {first.start}-{first.end}",
                )
            )
            continue
        seen[identity] = claim
        kept.append(claim)
    return kept, repeats


def build_extraction(
    article: Article,
    backend_name: str,
    output: BackendOutput,
    started_at: datetime,
    extract_ms: float,
) -> Extraction:
    """Ground and de-duplicate a backend's output into the article's Extraction."""
    ground_start = time.perf_counter()
    grounded, rejected = ground_claims(article.text, output.claims)
    grounded.sort(key=lambda c: (c.start or 0, c.end or 0))
    kept, repeats = drop_repeats(grounded)
    ground_ms = (time.perf_counter() - ground_start) * 1000
    timings = {**output.timings_ms, "extract": round(extract_ms, 3), "ground": round(ground_ms, 3),
               "total": round(extract_ms + ground_ms, 3)}  # fmt: skip
    return Extraction(
        article_id=article.id,
        article=article.meta(),
        claims=kept,
        rejected=rejected + repeats,
        provenance=Provenance(
            backend=backend_name,
            model=output.model,
            prompt=output.prompt,
            extractor_version=__version__,
            started_at=started_at,
            timings_ms=timings,
            usage=output.usage,
            cached=output.cached,
        ),
    )


def extract_article(article: Article, backend: Backend) -> Extraction:
    """Run ``backend`` on ``article`` and return the grounded Extraction."""
    started_at = datetime.now(UTC)
    start = time.perf_counter()
    try:
        output = backend.extract(article)
    except ExtractorError:
        raise
    except Exception as error:  # a backend bug must not end a run over many articles
        raise BackendError(
            f"the {backend.name} backend failed on this article ({type(error).__name__}: {error})"
        ) from error
    extract_ms = (time.perf_counter() - start) * 1000
    return build_extraction(article, backend.name, output, started_at, extract_ms)
