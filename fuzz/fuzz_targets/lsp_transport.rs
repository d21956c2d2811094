//! Any bytes as what a client sends the language server: every frame is a message, an answer
//! to a malformed one, the end, or a reason to stop; never a panic or an allocation of what a
//! header merely claims.
#![no_main]
use factlint::lsp::transport::{read_frame, Frame};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut input = std::io::BufReader::new(data);
    // each frame consumes at least a header line's worth of input, so this ends
    while let Ok(Some(frame)) = read_frame(&mut input) {
        if let Frame::Malformed(reply) = frame {
            let code = reply["error"]["code"].as_i64().expect("an error code");
            assert!(code == -32700 || code == -32600, "{reply}");
        }
    }
});
