"""Write tests/batch/cassettes/batch_api_flow.yaml.

Run from the checkout: ``PYTHONPATH=. .venv/bin/python tests/batch/record_batch_cassettes.py``.

No endpoint is contacted: batch_wire.FakeBatchAPI answers in OpenAI's wire format
through a mock HTTP transport, and vcrpy records the real requests the openai client
sends (file upload, batch create and retrieve, file content) with those answers. The
test replays the cassette with record mode "none".
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1]), str(HERE.parents[0] / "llm")]

import httpx2  # noqa: E402
import openai  # noqa: E402
from batch_flow import ENV, answer, make_articles, run_flow  # noqa: E402
from batch_wire import FakeBatchAPI  # noqa: E402
from llm_cassettes import make_vcr  # noqa: E402

CASSETTES = HERE / "cassettes"


def main() -> None:
    os.environ.update(ENV)
    CASSETTES.mkdir(exist_ok=True)
    path = CASSETTES / "batch_api_flow.yaml"
    path.unlink(missing_ok=True)
    fake = FakeBatchAPI(answer)
    client = openai.OpenAI(api_key=ENV["OPENAI_API_KEY"], max_retries=0,
                           http_client=httpx2.Client(transport=fake.transport()))  # fmt: skip
    recorder = make_vcr("all")
    recorder.cassette_library_dir = str(CASSETTES)
    with tempfile.TemporaryDirectory() as temp, recorder.use_cassette(path.name):
        folder = make_articles(Path(temp) / "articles")
        for printed in run_flow(folder, Path(temp) / "results.sqlite", client):
            print(printed)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
