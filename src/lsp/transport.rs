//! JSON-RPC framing (`Content-Length` headers) over byte streams. Reading never fails on bad
//! input: a frame without a usable header or with a body that is not a JSON-RPC message
//! becomes a [`Frame::Malformed`] the server answers or skips, and the reader finds the next
//! `Content-Length` header even when garbage precedes it on the same line.

use std::io::{self, BufRead, Read, Write};

use lsp_server::Message;
use serde_json::Value;

/// Bodies larger than this are skipped unread (an editor buffer is far smaller).
const MAX_BODY: usize = 64 << 20;

/// JSON-RPC error codes.
pub const PARSE_ERROR: i32 = -32700;
pub const INVALID_REQUEST: i32 = -32600;

#[derive(Debug)]
pub enum Frame {
    Message(Message),
    /// Not a message: answered with an error when `id` is known (or the body was not JSON,
    /// answered with a `null` id as JSON-RPC asks), otherwise only logged.
    Malformed {
        id: Option<Value>,
        code: i32,
        reason: String,
    },
}

/// The next frame; `None` at the end of input.
pub fn read_frame(r: &mut impl BufRead) -> io::Result<Option<Frame>> {
    let mut length: Option<usize> = None;
    let mut bad_header: Option<String> = None;
    let mut saw_header = false;
    let mut line = Vec::new();
    loop {
        line.clear();
        if r.read_until(b'\n', &mut line)? == 0 {
            return Ok(None);
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        // Garbage before a header on the same line (a body shorter than its length, bytes
        // that are no frame at all) does not lose the header.
        let lower = text.to_ascii_lowercase();
        if let Some(at) = lower.find("content-length:") {
            let value = text[at + "content-length:".len()..].trim();
            match value.parse::<usize>() {
                Ok(n) => {
                    length = Some(n);
                    bad_header = None;
                }
                Err(_) => bad_header = Some(format!("bad Content-Length `{value}`")),
            }
        } else if !text.contains(':') && length.is_none() {
            bad_header = Some(format!("malformed header line `{}`", clip(text)));
        }
    }
    let Some(length) = length else {
        let reason = bad_header.unwrap_or_else(|| "no Content-Length header".into());
        return Ok(Some(Frame::Malformed {
            id: None,
            code: PARSE_ERROR,
            reason,
        }));
    };
    if length > MAX_BODY {
        let skipped = io::copy(&mut r.by_ref().take(length as u64), &mut io::sink())?;
        if (skipped as usize) < length {
            return Ok(None);
        }
        return Ok(Some(Frame::Malformed {
            id: None,
            code: INVALID_REQUEST,
            reason: format!("message of {length} bytes is over the {MAX_BODY} byte limit"),
        }));
    }
    let mut body = vec![0; length];
    if let Err(e) = r.read_exact(&mut body) {
        return if e.kind() == io::ErrorKind::UnexpectedEof {
            Ok(None)
        } else {
            Err(e)
        };
    }
    Ok(Some(parse_body(&body)))
}

fn parse_body(body: &[u8]) -> Frame {
    let value: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => {
            return Frame::Malformed {
                id: Some(Value::Null),
                code: PARSE_ERROR,
                reason: format!("body is not JSON: {e}"),
            }
        }
    };
    let id = value.get("id").cloned();
    // lsp-server's reading accepts any object with an `id` as a response: be stricter.
    let shape = match &value {
        Value::Object(o) => match o.get("method") {
            Some(Value::String(_)) => Ok(()),
            Some(_) => Err("`method` is not a string"),
            None if o.contains_key("result") || o.contains_key("error") => Ok(()),
            None => Err("neither a request, a notification nor a response"),
        },
        _ => Err("not a JSON object"),
    };
    if let Err(why) = shape {
        return Frame::Malformed {
            id: id.filter(|v| v.is_number() || v.is_string()),
            code: INVALID_REQUEST,
            reason: format!("not a JSON-RPC message: {why}"),
        };
    }
    match serde_json::from_value::<Message>(value) {
        Ok(message) => Frame::Message(message),
        Err(e) => Frame::Malformed {
            // Only an id the client can match (number or string) is echoed.
            id: id.filter(|v| v.is_number() || v.is_string()),
            code: INVALID_REQUEST,
            reason: format!("not a JSON-RPC message: {e}"),
        },
    }
}

fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

pub fn write_message(w: &mut impl Write, message: Message) -> io::Result<()> {
    message.write(w)
}

/// An error response for a frame that is no message (its id may be `null`).
pub fn write_error(w: &mut impl Write, id: Value, code: i32, message: &str) -> io::Result<()> {
    let body = serde_json::json!({
        "jsonrpc": "2.0",
        "id": id,
        "error": { "code": code, "message": message },
    })
    .to_string();
    write!(w, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &str) -> Vec<Frame> {
        let mut r = io::Cursor::new(input.as_bytes().to_vec());
        let mut out = Vec::new();
        while let Some(f) = read_frame(&mut r).expect("reading a cursor") {
            out.push(f);
        }
        out
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn reads_messages_and_survives_garbage() {
        let good = framed(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
        let input = format!(
            "{good}Content-Lenght: 5\r\n\r\nhello{}{}{}{good}",
            framed("{not json"),
            framed(r#"{"id":7}"#),
            "Content-Length: x\r\n\r\n",
        );
        let got = frames(&input);
        assert!(matches!(got[0], Frame::Message(_)));
        assert!(matches!(got[1], Frame::Malformed { id: None, .. }));
        // `hello` runs into the next header line: the header is still found.
        assert!(
            matches!(&got[2], Frame::Malformed { id: Some(Value::Null), code, .. } if *code == PARSE_ERROR)
        );
        assert!(
            matches!(&got[3], Frame::Malformed { id: Some(id), code, .. } if *id == 7 && *code == INVALID_REQUEST)
        );
        assert!(matches!(got[4], Frame::Malformed { id: None, .. }));
        assert!(matches!(got[5], Frame::Message(_)));
        assert_eq!(got.len(), 6);
    }

    #[test]
    fn a_truncated_body_is_the_end() {
        assert!(frames("Content-Length: 50\r\n\r\n{}").is_empty());
    }
}
