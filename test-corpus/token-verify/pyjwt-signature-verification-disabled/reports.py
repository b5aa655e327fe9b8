"""Report export helpers: not PyJWT."""
import base64
import json


class ReportCodec:
    def decode(self, blob, options=None):
        return json.loads(base64.b64decode(blob))


codec = ReportCodec()


def read_report(blob):
    # ok: an unrelated decode method with an options dict, no JWT library in this file
    return codec.decode(blob, options={"verify_signature": False})
