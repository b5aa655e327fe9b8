"""Drives `sessionlint lsp` with pygls's LanguageClient (a third-party LSP client): opens a
flawed JavaScript file in a temporary workspace, waits for publishDiagnostics and checks the
rule id and the exact range (UTF-16 columns), then fixes the buffer, shuts down and checks the
exit code. Exits non-zero on any failure.

Usage: python lsp_client_test.py path/to/sessionlint
"""

import asyncio
import pathlib
import sys
import tempfile

from lsprotocol import types
from pygls.lsp.client import LanguageClient

RULE = "hardcoded-secret/express-session-secret"
# `😀` is two UTF-16 units: the literal starts at UTF-16 column 36 of line 2 (0-based).
FLAWED = (
    "// café\n"
    'const session = require("express-session");\n'
    '/* ☕😀 */ app.use(session({ secret: "keyboard cat" }));\n'
)
FIXED = FLAWED.replace('"keyboard cat"', "process.env.SESSION_SECRET")
WAIT = 60


class Client(LanguageClient):
    """Records how the server ended and whether it sent anything malformed."""

    def __init__(self) -> None:
        super().__init__("sessionlint-ci", "1")
        self.exited: asyncio.Future = asyncio.get_running_loop().create_future()
        self.errors: list = []

    async def server_exit(self, server) -> None:
        if not self.exited.done():
            self.exited.set_result(server.returncode)

    def report_server_error(self, error, source) -> None:
        self.errors.append(f"{source.__name__}: {error}")


async def main(binary: str) -> int:
    workspace = pathlib.Path(tempfile.mkdtemp(prefix="sessionlint-lsp-")).resolve()
    app = workspace / "app.js"
    app.write_text(FIXED, encoding="utf-8")
    uri = app.as_uri()

    client = Client()
    published: asyncio.Queue = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        published.put_nowait(params)

    async def diagnostics_of(target: str) -> list:
        while True:
            params = await asyncio.wait_for(published.get(), WAIT)
            if params.uri == target:
                return params.diagnostics

    await client.start_io(binary, "lsp")
    result = await asyncio.wait_for(
        client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=workspace.as_uri(),
                workspace_folders=[
                    types.WorkspaceFolder(uri=workspace.as_uri(), name="ws")
                ],
            )
        ),
        WAIT,
    )
    encoding = result.capabilities.position_encoding
    assert encoding in (None, types.PositionEncodingKind.Utf16), encoding
    client.initialized(types.InitializedParams())

    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="javascript", version=1, text=FLAWED
            )
        )
    )
    diagnostics = await diagnostics_of(uri)
    ours = [d for d in diagnostics if d.code == RULE]
    print(f"pygls received {len(diagnostics)} diagnostics for app.js:")
    for d in diagnostics:
        r = d.range
        print(
            f"  {d.code} {r.start.line}:{r.start.character}-{r.end.line}:{r.end.character}"
            f" severity={d.severity} source={d.source}"
        )
    assert len(ours) == 1, diagnostics
    d = ours[0]
    expected = types.Range(
        start=types.Position(line=2, character=36),
        end=types.Position(line=2, character=50),
    )
    assert d.range == expected, d.range
    assert d.source == "sessionlint", d.source
    assert d.severity == types.DiagnosticSeverity.Error, d.severity

    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=FIXED)],
        )
    )
    after = await diagnostics_of(uri)
    assert not [d for d in after if d.code == RULE], after
    print(f"after the fix: no {RULE}")

    await asyncio.wait_for(client.shutdown_async(None), WAIT)
    client.exit(None)
    code = await asyncio.wait_for(client.exited, WAIT)
    await client.stop()
    assert code == 0, f"exit code {code}"
    assert not client.errors, client.errors
    print("sessionlint lsp: pygls client test passed (exit code 0)")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1])))
