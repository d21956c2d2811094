//! `factlint lsp`: a language server over stdin and stdout. Stories open in an editor are
//! checked as `factlint check` checks files (closest `factlint.yaml`, front matter `facts:`),
//! findings become diagnostics with quick fixes and hovers, and a change to the facts or the
//! config on disk re-checks every open story.
//!
//! A synchronous loop over a crossbeam channel (with `lsp-server`'s message types), which fits
//! a checker that is synchronous (rayon inside) and needs no async runtime; the framing on
//! stdin and stdout is `transport.rs`.

mod convert;
mod documents;
pub mod transport;

use documents::Document;
use factlint_core::error::InputError;
use factlint_core::render::{Report, Unit};
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument,
    Notification as _, PublishDiagnostics,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, RegisterCapability, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability, Diagnostic,
    DidChangeTextDocumentParams, DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, FileSystemWatcher, GlobPattern, HoverParams,
    HoverProviderCapability, InitializeParams, InitializeResult, PositionEncodingKind, PublishDiagnosticsParams,
    Registration, RegistrationParams, ServerCapabilities, ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Url,
};
use serde_json::Value;
use std::collections::HashMap;
use std::error::Error;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};
use transport::{body_of, Frame, Incoming, Transport};

type Failure = Box<dyn Error + Send + Sync>;

/// Quiet time after a keystroke before the story is checked again: checking takes a few
/// milliseconds, but diagnostics that jump on every letter are noise.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// How the server checks an open story as `factlint check` would check the saved file: the
/// command line finds its config and facts on disk and keeps them loaded between checks.
pub trait Workspace {
    /// Checks `text` as the story at `path`.
    fn check(&mut self, path: &Path, text: String) -> Result<Report, InputError>;
    /// Forgets the facts and configs whose files changed on disk since they were read, and
    /// says whether there were any: the open stories then need checking again.
    fn forget_changed(&mut self) -> bool;
}

/// Serves one client until it shuts the server down and says `exit` (`Ok`), or goes away
/// without doing so, or sends what cannot be read (`Err`, naming what went wrong).
pub fn serve(workspace: &mut dyn Workspace) -> Result<(), Failure> {
    let transport = Transport::stdio();
    let served = initialize(&transport).and_then(|(id, params)| serve_initialized(&transport, workspace, id, params));
    // what was answered last (to `shutdown`, or an error) is written before the process ends
    transport.finish();
    served
}

fn serve_initialized(
    transport: &Transport,
    workspace: &mut dyn Workspace,
    id: RequestId,
    params: Value,
) -> Result<(), Failure> {
    // a client's capabilities we cannot read are taken as none: the defaults still work
    let params: InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let general = params.capabilities.general.as_ref();
    let encoding = convert::negotiate(general.and_then(|g| g.position_encodings.as_deref()));
    let result = InitializeResult {
        capabilities: capabilities(encoding.clone()),
        server_info: Some(ServerInfo {
            name: "factlint".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    transport.send(body_of(&Response::new_ok(id, result).into()));
    let server = Server {
        unit: convert::unit_of(&encoding),
        debounce: debounce(&params),
        look_at_disk: look_at_disk(&params),
        transport,
        documents: HashMap::new(),
        workspace,
        due: None,
        shut_down: false,
    };
    let watches = params
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files);
    if watches.and_then(|w| w.dynamic_registration) == Some(true) {
        server.watch_yaml_files();
    }
    server.run()
}

/// Waits for `initialize`: other requests are answered "not initialized", notifications
/// dropped, as the protocol asks.
fn initialize(transport: &Transport) -> Result<(RequestId, Value), Failure> {
    loop {
        let incoming = transport.receiver.recv().map_err(|_| gone())?;
        match incoming {
            Incoming::Frame(Frame::Message(Message::Request(r))) if r.method == "initialize" => {
                return Ok((r.id, r.params))
            }
            Incoming::Frame(Frame::Message(Message::Request(r))) => transport.send(body_of(
                &Response::new_err(
                    r.id,
                    ErrorCode::ServerNotInitialized as i32,
                    "the server is not initialized yet".into(),
                )
                .into(),
            )),
            Incoming::Frame(Frame::Message(Message::Notification(n))) if n.method == "exit" => {
                return Err("exit before initialize".into())
            }
            Incoming::Frame(Frame::Message(_)) => {}
            Incoming::Frame(Frame::Malformed(reply)) => answer_malformed(transport, reply),
            Incoming::Broken(reason) => return Err(reason.into()),
        }
    }
}

fn gone() -> Failure {
    Failure::from("the client closed the connection without shutting the server down")
}

/// Answers a message that could not be read, and says so in the client's log.
fn answer_malformed(transport: &Transport, reply: Value) {
    let reason = reply["error"]["message"].as_str().unwrap_or_default();
    let _ = writeln!(std::io::stderr(), "factlint lsp: ignored a message: {reason}");
    transport.send(reply);
}

fn capabilities(encoding: PositionEncodingKind) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            // a saved facts file or config re-checks the open stories
            save: Some(TextDocumentSyncSaveOptions::Supported(true)),
            ..TextDocumentSyncOptions::default()
        })),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    }
}

/// How often, while stories are open, the facts files and configs they were checked against
/// are looked at on disk (a few `stat`s): clients that watch no files for the server, or a
/// facts file changed by another program or a `git pull`, still get the stories re-checked.
const LOOK_AT_DISK_EVERY: Duration = Duration::from_secs(1);

/// `initializationOptions: {"debounceMs": N}` changes the quiet time.
fn debounce(params: &InitializeParams) -> Duration {
    option_ms(params, "debounceMs").unwrap_or(DEBOUNCE)
}

/// `initializationOptions: {"lookAtDiskMs": N}` changes how often facts and configs are looked
/// at on disk; 0 never (for clients that watch files, or folders where `stat` is slow).
fn look_at_disk(params: &InitializeParams) -> Option<Duration> {
    match option_ms(params, "lookAtDiskMs") {
        Some(Duration::ZERO) => None,
        every => Some(every.unwrap_or(LOOK_AT_DISK_EVERY)),
    }
}

fn option_ms(params: &InitializeParams, key: &str) -> Option<Duration> {
    let ms = params.initialization_options.as_ref()?.get(key)?.as_u64()?;
    Some(Duration::from_millis(ms))
}

struct Server<'t> {
    transport: &'t Transport,
    unit: Unit,
    debounce: Duration,
    /// How often open stories' facts and configs are looked at on disk, if at all.
    look_at_disk: Option<Duration>,
    documents: HashMap<Url, Open>,
    workspace: &'t mut dyn Workspace,
    /// When the documents waiting for a check are checked.
    due: Option<Instant>,
    /// `shutdown` was answered: only `exit` is expected now.
    shut_down: bool,
}

struct Open {
    document: Document,
    /// The check of the current text; `None` while one is due.
    checked: Option<Result<Report, InputError>>,
}

impl Server<'_> {
    fn run(mut self) -> Result<(), Failure> {
        loop {
            // with stories open, wake up now and then to look at their facts and configs
            let look_at_disk = self
                .look_at_disk
                .filter(|_| !self.documents.is_empty())
                .map(|every| Instant::now() + every);
            let received = match self.due.or(look_at_disk) {
                Some(wake) => self.transport.receiver.recv_deadline(wake).map_err(|e| e.is_timeout()),
                None => self.transport.receiver.recv().map_err(|_| false),
            };
            let message = match received {
                Ok(Incoming::Frame(Frame::Message(message))) => message,
                Ok(Incoming::Frame(Frame::Malformed(reply))) => {
                    answer_malformed(self.transport, reply);
                    continue;
                }
                Ok(Incoming::Broken(reason)) => return Err(reason.into()),
                Err(true) => {
                    self.on_timer();
                    continue;
                }
                // after `shutdown`, a client that goes away without `exit` has still ended it
                Err(false) if self.shut_down => return Ok(()),
                Err(false) => return Err(gone()),
            };
            match message {
                Message::Request(request) if self.shut_down => self.send(
                    Response::new_err(
                        request.id,
                        ErrorCode::InvalidRequest as i32,
                        format!("`{}` after shutdown: only `exit` is accepted now", request.method),
                    )
                    .into(),
                ),
                Message::Request(request) if request.method == "shutdown" => self.shut_down(request.id),
                Message::Request(request) => self.on_request(request),
                Message::Notification(n) if n.method == "exit" => {
                    return if self.shut_down {
                        Ok(())
                    } else {
                        Err("exit before shutdown".into())
                    }
                }
                Message::Notification(_) if self.shut_down => {}
                Message::Notification(n) => self.on_notification(n),
                // the client's answer to the watch registration: nothing to do either way
                Message::Response(_) => {}
            }
        }
    }

    /// Answers `shutdown`: nothing is checked or published any more.
    fn shut_down(&mut self, id: RequestId) {
        self.shut_down = true;
        self.documents.clear();
        self.due = None;
        self.send(Response::new_ok(id, ()).into());
    }

    fn on_request(&mut self, request: Request) {
        let response = match request.method.as_str() {
            CodeActionRequest::METHOD => self.answer(request, Self::code_actions),
            HoverRequest::METHOD => self.answer(request, Self::hover),
            _ => Response::new_err(
                request.id,
                ErrorCode::MethodNotFound as i32,
                format!("factlint does not handle `{}`", request.method),
            ),
        };
        self.send(response.into());
    }

    /// Runs a request's handler on its parameters, or says they are not what the method takes.
    fn answer<P, R>(&mut self, request: Request, handler: fn(&mut Self, P) -> R) -> Response
    where
        P: serde::de::DeserializeOwned,
        R: serde::Serialize,
    {
        match serde_json::from_value(request.params) {
            Ok(params) => Response::new_ok(request.id, handler(self, params)),
            Err(e) => Response::new_err(
                request.id,
                ErrorCode::InvalidParams as i32,
                format!("invalid `{}` parameters: {e}", request.method),
            ),
        }
    }

    fn on_notification(&mut self, n: Notification) {
        let now = Instant::now();
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Some(DidOpenTextDocumentParams { text_document: doc }) = params(n) else {
                    return;
                };
                // facts files and configs may be open in the same editor; they are not stories
                if !is_yaml(&doc.uri) {
                    let document = Document::new(&doc.uri, doc.version, doc.text);
                    self.documents.insert(
                        doc.uri,
                        Open {
                            document,
                            checked: None,
                        },
                    );
                    self.due = Some(now);
                }
            }
            DidChangeTextDocument::METHOD => {
                let Some(DidChangeTextDocumentParams {
                    text_document,
                    content_changes,
                }) = params(n)
                else {
                    return;
                };
                if let Some(open) = self.documents.get_mut(&text_document.uri) {
                    open.document.apply(text_document.version, content_changes, self.unit);
                    open.checked = None;
                    self.due = Some(now + self.debounce);
                }
            }
            DidCloseTextDocument::METHOD => {
                let Some(DidCloseTextDocumentParams { text_document }) = params(n) else {
                    return;
                };
                if self.documents.remove(&text_document.uri).is_some() {
                    self.publish(text_document.uri, Vec::new(), None);
                }
            }
            DidSaveTextDocument::METHOD => {
                let Some(DidSaveTextDocumentParams { text_document, .. }) = params(n) else {
                    return;
                };
                if is_yaml(&text_document.uri) {
                    self.recheck_all(now);
                }
            }
            // the registration asks for YAML files only; a client may send more, and a
            // re-check costs little since unchanged facts stay loaded
            DidChangeWatchedFiles::METHOD => self.recheck_all(now),
            _ => {}
        }
    }

    fn on_timer(&mut self) {
        if self.due.is_some() {
            self.check_due();
        } else if self.workspace.forget_changed() {
            self.recheck_all(Instant::now());
        }
    }

    fn recheck_all(&mut self, at: Instant) {
        self.documents.values_mut().for_each(|open| open.checked = None);
        self.due = Some(at);
    }

    fn check_due(&mut self) {
        self.due = None;
        let due: Vec<Url> = self
            .documents
            .iter()
            .filter(|(_, open)| open.checked.is_none())
            .map(|(uri, _)| uri.clone())
            .collect();
        due.iter().for_each(|uri| self.check(uri));
    }

    /// Checks a document's current text and publishes what was found.
    fn check(&mut self, uri: &Url) {
        let Some(open) = self.documents.get_mut(uri) else {
            return;
        };
        let document = &open.document;
        let checked = self.workspace.check(&document.path, document.text.clone());
        let diagnostics = match &checked {
            Ok(report) => convert::diagnostics(report, uri, self.unit),
            Err(e) => vec![convert::error_diagnostic(e, &document.path, self.unit)],
        };
        let version = document.version;
        open.checked = Some(checked);
        self.publish(uri.clone(), diagnostics, Some(version));
    }

    /// The findings of a document's current text, checking it now if a check is due (a quick
    /// fix must not be offered for text that has changed under it).
    fn report(&mut self, uri: &Url) -> Option<&Report> {
        if self.documents.get(uri)?.checked.is_none() {
            self.check(uri);
        }
        self.documents.get(uri)?.checked.as_ref()?.as_ref().ok()
    }

    fn code_actions(&mut self, params: CodeActionParams) -> Vec<lsp_types::CodeAction> {
        let (uri, unit) = (params.text_document.uri, self.unit);
        self.report(&uri)
            .map(|report| convert::code_actions(report, &uri, &params.range, unit))
            .unwrap_or_default()
    }

    fn hover(&mut self, params: HoverParams) -> Option<lsp_types::Hover> {
        let at = params.text_document_position_params;
        let unit = self.unit;
        convert::hover(self.report(&at.text_document.uri)?, at.position, unit)
    }

    fn publish(&self, uri: Url, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams::new(uri, diagnostics, version);
        self.send(Notification::new(PublishDiagnostics::METHOD.into(), params).into());
    }

    /// Asks the client to report changes to YAML files (facts and `factlint.yaml`).
    fn watch_yaml_files(&self) {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String("**/*.{yaml,yml}".into()),
                kind: None,
            }],
        };
        let registration = Registration {
            id: "factlint-watch-yaml".into(),
            method: DidChangeWatchedFiles::METHOD.into(),
            register_options: serde_json::to_value(options).ok(),
        };
        let request = Request::new(
            RequestId::from("factlint-watch-yaml".to_string()),
            RegisterCapability::METHOD.into(),
            RegistrationParams {
                registrations: vec![registration],
            },
        );
        self.send(request.into());
    }

    fn send(&self, message: Message) {
        self.transport.send(body_of(&message));
    }
}

/// A notification's parameters; ones that do not parse are noted on stderr (the client's
/// log) and the notification is dropped, since a notification has no reply to carry an error.
fn params<P: serde::de::DeserializeOwned>(n: Notification) -> Option<P> {
    serde_json::from_value(n.params)
        .map_err(|e| {
            let _ = writeln!(
                std::io::stderr(),
                "factlint lsp: ignored `{}`: invalid parameters: {e}",
                n.method
            );
        })
        .ok()
}

fn is_yaml(uri: &Url) -> bool {
    uri.path().ends_with(".yaml") || uri.path().ends_with(".yml")
}
