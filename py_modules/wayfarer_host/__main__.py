"""``python -m wayfarer_host``: serve the app on 127.0.0.1 (``PORT``, default 8000)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import uvicorn

from wayfarer_host.app import DEFAULT_WEB_ROOT, create_app


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve Wayfarer Health on this machine only.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--web-root", type=Path, default=DEFAULT_WEB_ROOT)
    args = parser.parse_args()
    if not (args.web_root / "vendor" / "precache-manifest.mjs").is_file():
        raise SystemExit(f"{args.web_root}/vendor is not built: run `npm start` (or `npm run build`) first")
    print(f"Wayfarer Health on http://{args.host}:{args.port}/", flush=True)
    uvicorn.run(create_app(args.web_root), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
