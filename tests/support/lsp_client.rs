//! A minimal LSP client for driving `factlint lsp` as a process: JSON-RPC with Content-Length
//! framing over the child's stdin and stdout, every wait bounded so a server bug fails a test
//! instead of hanging it. Shared by `tests/lsp.rs` and `examples/lsp_recheck.rs`.

use serde_json::{json, Value};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    /// Messages received while waiting for another, in order.
    backlog: VecDeque<Value>,
    next_id: i64,
    /// What `initialize` answered.
    pub initialized: Value,
    stderr: Arc<Mutex<String>>,
    /// The thread keeping `stderr`, which ends when the server's stderr closes.
    stderr_reader: Option<std::thread::JoinHandle<()>>,
}

impl Client {
    /// Starts `binary lsp` in `folder` and initializes it with the client `capabilities`.
    pub fn start(binary: &Path, folder: &Path, capabilities: Value, options: Value) -> Client {
        let mut child = Command::new(binary)
            .arg("lsp")
            .current_dir(folder)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().expect("stdin");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut server_stderr = BufReader::new(child.stderr.take().expect("stderr"));
        let kept = stderr.clone();
        let stderr_reader = std::thread::spawn(move || {
            let mut line = String::new();
            while server_stderr.read_line(&mut line).is_ok_and(|n| n > 0) {
                eprint!("{line}");
                kept.lock().expect("stderr buffer").push_str(&line);
                line.clear();
            }
        });
        let stdout = child.stdout.take().expect("stdout");
        let (send, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if send.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            messages,
            backlog: VecDeque::new(),
            next_id: 0,
            initialized: Value::Null,
            stderr,
            stderr_reader: Some(stderr_reader),
        };
        let init =
            json!({"processId": null, "rootUri": null, "capabilities": capabilities, "initializationOptions": options});
        client.initialized = client.request("initialize", init)["result"].clone();
        client.notify("initialized", json!({}));
        client
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(|m| m["id"] == id && m.get("method").is_none())
    }

    pub fn send(&mut self, message: &Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write to the server");
        self.stdin.flush().expect("flush");
    }

    /// The first message not yet taken that `wanted` accepts; the others are kept for later
    /// waits (and the server's own requests, such as a watch registration, answered `null`).
    pub fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(k) = self.backlog.iter().position(&wanted) {
            return self.backlog.remove(k).expect("found");
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = self
                .messages
                .recv_timeout(left)
                .expect("the server answered within the timeout");
            if message.get("method").is_some() && message.get("id").is_some() {
                let reply = json!({"jsonrpc": "2.0", "id": message["id"], "result": null});
                self.send(&reply);
            }
            if wanted(&message) {
                return message;
            }
            self.backlog.push_back(message);
        }
    }

    /// The diagnostics of the next publishDiagnostics for `uri`.
    pub fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        let message = self.wait_for(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri);
        message["params"]["diagnostics"].as_array().cloned().unwrap_or_default()
    }

    /// `shutdown`, then `exit`; the server's exit status.
    pub fn shutdown(mut self) -> ExitStatus {
        let answer = self.request("shutdown", Value::Null);
        assert!(answer.get("error").is_none(), "shutdown failed: {answer}");
        self.notify("exit", Value::Null);
        self.exit_status()
    }

    /// Sends bytes as they are, headers and all (for input a client should never send).
    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write to the server");
        self.stdin.flush().expect("flush");
    }

    /// The server's exit status once it ends of itself.
    pub fn exit_status(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait for the server") {
                // everything the server wrote on stderr before it exited is kept, however
                // late the reading thread gets to it
                if let Some(reader) = self.stderr_reader.take() {
                    let _ = reader.join();
                }
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// What the server wrote on stderr so far (it is echoed to the test's stderr as well).
    pub fn stderr(&self) -> String {
        self.stderr.lock().expect("stderr buffer").clone()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        // a failed test must not leave the server running
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            length = n.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

/// A `file://` URI for an absolute path.
pub fn uri_of(path: &Path) -> String {
    lsp_types::Url::from_file_path(path)
        .expect("an absolute path")
        .to_string()
}
