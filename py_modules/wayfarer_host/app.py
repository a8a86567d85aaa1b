"""The static host: serves ``web/`` with the right types, strict headers and precompressed files.

A request for ``file?v=<hash>`` whose hash matches the file's content is cacheable for a year: the
service worker asks for every precached file that way, so a new version never reuses a stale copy.
Everything else revalidates (``no-cache`` plus ETag).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.routing import Route

from wayfarer_host.headers import IMMUTABLE, MIME_TYPES, REVALIDATE, SECURITY_HEADERS

DEFAULT_WEB_ROOT = Path(__file__).resolve().parents[2] / "web"
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


@dataclass(frozen=True, slots=True)
class _Stamp:
    mtime_ns: int
    size: int
    hash16: str


class StaticSite:
    def __init__(self, web_root: Path) -> None:
        self.web_root = web_root.resolve()
        self._hashes: dict[Path, _Stamp] = {}

    def locate(self, url_path: str) -> Path | None:
        relative = url_path.lstrip("/") or "index.html"
        candidate = (self.web_root / relative).resolve()
        if not candidate.is_relative_to(self.web_root):
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if not candidate.is_file() or candidate.name.startswith("."):
            return None
        if candidate.suffix in {".br", ".gz", ".sha256", ".tmp"}:
            return None
        return candidate

    def content_hash(self, path: Path) -> str:
        stat = path.stat()
        stamp = self._hashes.get(path)
        if stamp is None or stamp.mtime_ns != stat.st_mtime_ns or stamp.size != stat.st_size:
            stamp = _Stamp(stat.st_mtime_ns, stat.st_size, hashlib.sha256(path.read_bytes()).hexdigest()[:16])
            self._hashes[path] = stamp
        return stamp.hash16

    async def handle(self, request: Request) -> Response:
        if request.method not in {"GET", "HEAD"}:
            return self._with_headers(PlainTextResponse("Method not allowed", status_code=405))
        path = self.locate(request.url.path)
        if path is None:
            return self._with_headers(PlainTextResponse("Not found", status_code=404))
        media_type = MIME_TYPES.get(path.suffix, "application/octet-stream")
        accepted = request.headers.get("accept-encoding", "")
        served, encoding = path, None
        for name, suffix in ENCODINGS:
            compressed = path.with_name(path.name + suffix)
            if (
                name in accepted
                and compressed.is_file()
                and compressed.stat().st_mtime_ns >= path.stat().st_mtime_ns
            ):
                served, encoding = compressed, name
                break
        response = FileResponse(served, media_type=media_type)
        if encoding is not None:
            response.headers["Content-Encoding"] = encoding
        response.headers["Vary"] = "Accept-Encoding"
        version = request.query_params.get("v")
        immutable = version is not None and version == self.content_hash(path)
        response.headers["Cache-Control"] = IMMUTABLE if immutable else REVALIDATE
        return self._with_headers(response)

    @staticmethod
    def _with_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response


def create_app(web_root: Path = DEFAULT_WEB_ROOT) -> Starlette:
    site = StaticSite(web_root)
    return Starlette(routes=[Route("/{path:path}", site.handle, methods=["GET", "HEAD"])])
