fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let story = factlint::story::Story::from_text(std::path::Path::new(&path), text).unwrap();
    let doc = factlint::text::Doc::new(&story.checkable);
    for s in &doc.sentences {
        println!("S: {}", doc.words(s.clone()));
    }
    for m in factlint::extract::numbers::extract_numbers(&doc) {
        println!("N: {} {:?}", doc.words(m.tokens.clone()), m.quantity);
    }
    for m in factlint::extract::dates::extract_dates(&doc) {
        println!("D: {} {:?} future={}", doc.words(m.tokens.clone()), m.expr, m.future);
    }
}
