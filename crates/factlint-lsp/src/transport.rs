//! The language server's framing: JSON-RPC messages behind `Content-Length` headers, on stdin
//! and stdout. Written here rather than taken from lsp-server, whose reader allocates whatever
//! length a header claims (a terabyte aborts the process) and stops at the first message that
//! does not parse.
//!
//! A body that is not JSON, or not a JSON-RPC message, is answered (-32700, -32600) and the
//! server reads on: its length was known, so the next message is where it should be. Headers
//! that cannot be read leave no way to find the next message, so they end the server with a
//! reason that names them.

use crossbeam_channel::{Receiver, Sender};
use lsp_server::{ErrorCode, Message};
use serde_json::{json, Value};
use std::io::{BufRead, Read, Write};

/// The largest message accepted: a story as big as the CLI reads, escaped as JSON, fits.
pub const MAX_MESSAGE_BYTES: usize = 64 << 20;
/// Headers are two short lines; this much is far more than any client sends.
const MAX_HEADER_LINE: usize = 4096;
const MAX_HEADERS: usize = 32;

/// One framed message as read.
#[derive(Debug)]
pub enum Frame {
    Message(Message),
    /// A body that is not a message: the error response to send (with the request's id where
    /// one could be read, else `null`), which also says what was wrong.
    Malformed(Value),
}

/// Reads the next message; `Ok(None)` when the input ends between messages, `Err` with the
/// reason when the headers cannot be read (nothing after them can be found then).
pub fn read_frame(input: &mut impl BufRead) -> Result<Option<Frame>, String> {
    let Some(length) = read_headers(input)? else {
        return Ok(None);
    };
    let mut body = Vec::new();
    input
        .take(length as u64)
        .read_to_end(&mut body)
        .map_err(|e| format!("cannot read the message: {e}"))?;
    if body.len() < length {
        return Err(format!(
            "the input ended inside a message: Content-Length said {length} bytes, {} came",
            body.len()
        ));
    }
    Ok(Some(parse_body(&body)))
}

/// The Content-Length of the next message, `None` at the end of input.
fn read_headers(input: &mut impl BufRead) -> Result<Option<usize>, String> {
    let mut length = None;
    for count in 0.. {
        if count == MAX_HEADERS {
            return Err(format!("more than {MAX_HEADERS} header lines before a message"));
        }
        let mut line = Vec::new();
        input
            .take(MAX_HEADER_LINE as u64)
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("cannot read a message header: {e}"))?;
        if line.is_empty() && count == 0 {
            return Ok(None);
        }
        if !line.ends_with(b"\n") {
            return Err(if line.len() >= MAX_HEADER_LINE {
                format!("a header line longer than {MAX_HEADER_LINE} bytes")
            } else {
                "the input ended inside a message's headers".to_string()
            });
        }
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            break;
        }
        let header = line.split_once(':').filter(|(name, _)| is_header_name(name));
        let Some((name, value)) = header else {
            return Err(format!(
                "malformed header line {line:?}, expected `Name: value` (a wrong Content-Length before it?)"
            ));
        };
        if name.trim().eq_ignore_ascii_case("Content-Length") {
            let value = value.trim();
            let n: u64 = value
                .parse()
                .map_err(|_| format!("Content-Length `{value}` is not a number of bytes"))?;
            if n > MAX_MESSAGE_BYTES as u64 {
                return Err(format!(
                    "a message of {n} bytes, more than the {MAX_MESSAGE_BYTES} the server accepts"
                ));
            }
            length = Some(n as usize);
        }
    }
    length
        .map(Some)
        .ok_or_else(|| "a message without a Content-Length header".to_string())
}

/// A header's name is a token: letters, digits and a few marks, no spaces or quotes.
fn is_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.!#$%&'*+^`|~".contains(&b))
}

fn parse_body(body: &[u8]) -> Frame {
    let Ok(text) = std::str::from_utf8(body) else {
        return Frame::Malformed(error_reply(
            Value::Null,
            ErrorCode::ParseError,
            "the message is not UTF-8 text",
        ));
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            let reason = format!("the message is not JSON: {e}");
            return Frame::Malformed(error_reply(Value::Null, ErrorCode::ParseError, &reason));
        }
    };
    let id = match value.get("id") {
        Some(id @ (Value::Number(_) | Value::String(_))) => id.clone(),
        _ => Value::Null,
    };
    match serde_json::from_value(value) {
        Ok(message) => Frame::Message(message),
        Err(e) => Frame::Malformed(error_reply(
            id,
            ErrorCode::InvalidRequest,
            &format!("not a JSON-RPC request, response or notification: {e}"),
        )),
    }
}

fn error_reply(id: Value, code: ErrorCode, message: &str) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code as i32, "message": message}})
}

/// A message as JSON-RPC 2.0 text.
pub fn body_of(message: &Message) -> Value {
    let mut value = serde_json::to_value(message).unwrap_or(Value::Null);
    if let Some(object) = value.as_object_mut() {
        object.insert("jsonrpc".into(), "2.0".into());
    }
    value
}

pub fn write_frame(out: &mut impl Write, body: &Value) -> std::io::Result<()> {
    let text = body.to_string();
    write!(out, "Content-Length: {}\r\n\r\n{text}", text.len())?;
    out.flush()
}

/// What the reading thread passes on.
pub enum Incoming {
    Frame(Frame),
    /// The input cannot be read on, and why.
    Broken(String),
}

/// The server's ends of stdin and stdout, each served by a thread.
pub struct Transport {
    pub receiver: Receiver<Incoming>,
    sender: Sender<Value>,
    writer: std::thread::JoinHandle<()>,
}

impl Transport {
    pub fn stdio() -> Transport {
        let (incoming, receiver) = crossbeam_channel::bounded(0);
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin().lock();
            loop {
                let next = match read_frame(&mut stdin) {
                    Ok(Some(frame)) => Incoming::Frame(frame),
                    Ok(None) => break,
                    Err(reason) => Incoming::Broken(reason),
                };
                let last = matches!(&next, Incoming::Broken(_))
                    || matches!(&next, Incoming::Frame(Frame::Message(Message::Notification(n))) if n.method == "exit");
                if incoming.send(next).is_err() || last {
                    break;
                }
            }
        });
        let (sender, outgoing) = crossbeam_channel::unbounded::<Value>();
        let writer = std::thread::spawn(move || {
            let mut stdout = std::io::stdout().lock();
            for body in outgoing {
                if write_frame(&mut stdout, &body).is_err() {
                    break;
                }
            }
        });
        Transport {
            receiver,
            sender,
            writer,
        }
    }

    pub fn send(&self, body: Value) {
        // a closed channel means the writer stopped: the client is gone
        let _ = self.sender.send(body);
    }

    /// Stops writing once everything sent is written, so the last answer (to `shutdown`) is
    /// never lost. The reading thread is left: it may be waiting on an input that stays open.
    pub fn finish(self) {
        drop(self.sender);
        let _ = self.writer.join();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Result<Option<Frame>, String>> {
        let mut reader = std::io::BufReader::new(input);
        let mut out = Vec::new();
        loop {
            let next = read_frame(&mut reader);
            let done = !matches!(next, Ok(Some(_)));
            out.push(next);
            if done {
                return out;
            }
        }
    }

    fn framed(body: &[u8]) -> Vec<u8> {
        let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        out.extend_from_slice(body);
        out
    }

    const SHUTDOWN: &[u8] = br#"{"jsonrpc":"2.0","id":3,"method":"shutdown"}"#;

    fn error_code(frame: &Result<Option<Frame>, String>) -> (i64, Value) {
        match frame {
            Ok(Some(Frame::Malformed(reply))) => (reply["error"]["code"].as_i64().unwrap(), reply["id"].clone()),
            other => panic!("not a malformed frame: {other:?}"),
        }
    }

    #[test]
    fn bad_bodies_are_answered_and_the_next_message_is_read() {
        let mut input = framed(b"{not json");
        input.extend(framed(b"\xff\xfe{}"));
        input.extend(framed(br#"{"jsonrpc":"2.0","id":"7","method":5}"#));
        input.extend(framed(b"[]"));
        input.extend(framed(SHUTDOWN));
        let read = frames(&input);
        assert_eq!(error_code(&read[0]), (-32700, Value::Null));
        assert_eq!(error_code(&read[1]), (-32700, Value::Null));
        assert_eq!(error_code(&read[2]), (-32600, json!("7")));
        assert_eq!(error_code(&read[3]), (-32600, Value::Null));
        assert!(matches!(&read[4], Ok(Some(Frame::Message(Message::Request(r)))) if r.method == "shutdown"));
        assert!(matches!(read[5], Ok(None)));
    }

    #[test]
    fn headers_that_cannot_be_read_end_the_input_with_their_reason() {
        let broken = |input: &[u8]| match frames(input).pop() {
            Some(Err(reason)) => reason,
            other => panic!("not broken: {other:?}"),
        };
        let terabyte = b"Content-Length: 1099511627776\r\n\r\n{}";
        assert!(broken(terabyte).contains("a message of 1099511627776 bytes, more than"));
        assert!(broken(b"Content-Type: x\r\n\r\n{}").contains("without a Content-Length"));
        assert!(broken(b"Content-Length: lots\r\n\r\n").contains("`lots` is not a number"));
        assert!(broken(&[b'x'; 10_000]).contains("longer than 4096 bytes"));
        assert!(broken(b"Content-Length: 10\r\n\r\n{}").contains("said 10 bytes, 2 came"));
        assert!(broken(b"Content-Length: 2\r\n").contains("ended inside a message's headers"));
        // a Content-Length too short leaves the rest of the body where a header should be
        let mut short = b"Content-Length: 20\r\n\r\n".to_vec();
        short.extend(SHUTDOWN);
        short.extend(framed(SHUTDOWN));
        let read = frames(&short);
        assert_eq!(error_code(&read[0]).0, -32700);
        assert!(matches!(&read[1], Err(reason) if reason.contains("malformed header line")));
    }

    #[test]
    fn bare_newlines_and_header_case_are_accepted() {
        let mut input = format!("content-length: {}\n\n", SHUTDOWN.len()).into_bytes();
        input.extend(SHUTDOWN);
        assert!(matches!(&frames(&input)[0], Ok(Some(Frame::Message(_)))));
    }

    #[test]
    fn written_messages_carry_the_version_and_their_length() {
        let response = lsp_server::Response::new_ok(lsp_server::RequestId::from(1), ());
        let mut out = Vec::new();
        write_frame(&mut out, &body_of(&response.into())).unwrap();
        let text = String::from_utf8(out).unwrap();
        let (header, body) = text.split_once("\r\n\r\n").unwrap();
        assert_eq!(header, format!("Content-Length: {}", body.len()));
        let value: Value = serde_json::from_str(body).unwrap();
        assert_eq!(value, json!({"jsonrpc": "2.0", "id": 1, "result": null}));
    }
}
