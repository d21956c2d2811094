//! `path:line:column: severity[code]: message`, one line per finding, for editors and grep.

use super::{with_findings, LineIndex, Report};
use std::io::{self, Write};

/// A line per finding: `path:line:column: severity[code] message`.
pub fn render_short(reports: &[Report], out: &mut dyn Write) -> io::Result<()> {
    for report in with_findings(reports) {
        let lines = LineIndex::new(&report.story.text);
        for f in &report.findings {
            let (line, column) = lines.line_column(f.span.start);
            writeln!(
                out,
                "{}:{line}:{column}: {}[{}]: {}",
                report.story.path.display(),
                f.severity.as_str(),
                f.code,
                f.message
            )?;
        }
    }
    Ok(())
}
