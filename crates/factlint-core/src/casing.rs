//! Copy written in one case (wire copy in CAPITALS, or all in lower case) given back the
//! capitals the facts write, so names, titles and organisations are read as in ordinary copy.
//!
//! Readers of names and titles lean on capitals: a name is capitalised, a title run is made of
//! capitalised or title words. In a paragraph in capitals ("NIGERIAN OIL MINISTER RILWANU
//! LUKMAN SAID") every word looks like a name; in lower-case copy none does. Such text is
//! re-cased word by word: a word the facts write (a name, a title word, an organisation's word)
//! takes the facts' capitals, a word one letter from a name's word beside a name or before a
//! reporting verb is capitalised (it may be a slip: "LUKMANN"), a sentence's first word is
//! capitalised, and every other word in a capitals paragraph goes to lower case. Only ASCII
//! words change, so every byte keeps its place and spans stay true.

use crate::extract::people::{is_lower_case_copy, strip_possessive, LONG_WORD};
use crate::facts::Facts;
use crate::lexicon::lexicon;
use crate::text::Doc;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A paragraph of at least this many words, none with a lower-case letter, is in capitals (a
/// shorter one may be a heading or a run of acronyms).
const MIN_CAPITALS_WORDS: usize = 5;

/// The facts' words with their capitals, and the names' words by their one-letter deletions.
#[derive(Default, serde::Serialize, serde::Deserialize)]
pub struct Casing {
    /// Lower-case word -> as the facts write it (names, aliases, titles, organisations).
    written: HashMap<String, String>,
    /// The words of names (people's and organisations'), lower case, of four letters or more.
    name_words: HashSet<String>,
    /// Each name word and each of its one-letter deletions -> the name words it comes from.
    near: HashMap<String, Vec<u32>>,
    /// The name words in the order `near` numbers them.
    near_words: Vec<String>,
    /// A name word (lower case) -> the long words that follow it in a name ("manuel" ->
    /// "azpurua"): a word two letters from one of them, after it, may be that name misspelt.
    followers: HashMap<String, Vec<String>>,
}

/// The paragraphs of a story written in one case, and whether the whole copy is in lower case.
pub struct OneCase {
    regions: Vec<std::ops::Range<usize>>,
    lower_case_copy: bool,
}

/// Where `doc` is written in one case, or `None` when no part is: most copy, which then never
/// needs the tables (a cached who's-who leaves them encoded).
pub fn one_case(doc: &Doc) -> Option<OneCase> {
    let lower_case_copy = is_lower_case_copy(doc);
    let regions: Vec<_> = doc
        .paragraphs
        .iter()
        .filter(|p| lower_case_copy || in_capitals(doc, p))
        .cloned()
        .collect();
    (!regions.is_empty()).then_some(OneCase {
        regions,
        lower_case_copy,
    })
}

impl OneCase {
    /// Whether the whole copy is in lower case (not only some paragraphs in capitals).
    pub fn is_lower_case_copy(&self) -> bool {
        self.lower_case_copy
    }
}

/// The re-cased text of lower-case copy with its paragraphs in capitals given back as written,
/// for reading organisations: a word in capitals (a wire headline's "BRUNSWIG CORP") is never
/// read as a slip of one, while lower-case copy's names are ("world bnak").
pub fn with_capitals_as_written(doc: &Doc, recased: &str) -> String {
    let mut bytes = recased.as_bytes().to_vec();
    for paragraph in doc.paragraphs.iter().filter(|p| in_capitals(doc, p)) {
        let (Some(first), Some(last)) = (
            doc.tokens.get(paragraph.start),
            doc.tokens.get(paragraph.end.wrapping_sub(1)),
        ) else {
            continue;
        };
        let span = doc.start_of(first)..doc.end_of(last);
        bytes[span.clone()].copy_from_slice(&doc.text.as_bytes()[span]);
    }
    String::from_utf8(bytes).unwrap_or_else(|_| recased.to_string())
}

impl Casing {
    /// Indexes the words of every name, alias, title form and organisation in `facts`.
    pub fn new(facts: &Facts) -> Casing {
        let mut casing = Casing::default();
        for p in &facts.people {
            for name in std::iter::once(&p.name).chain(&p.aliases) {
                casing.add(name, true);
            }
            for title in &p.titles {
                casing.add(&title.text, false);
            }
        }
        for org in &facts.organisations {
            for (form, _) in org.forms() {
                casing.add(form, true);
            }
        }
        casing
    }

    fn add(&mut self, text: &str, is_name: bool) {
        let lex = lexicon();
        let mut previous: Option<String> = None;
        for t in crate::text::tokens(text).iter().filter(|t| t.is_word()) {
            let lower = t.text().to_lowercase();
            let long = lower.chars().count() >= LONG_WORD;
            if let Some(previous) = previous.replace(lower.clone()).filter(|_| is_name && long) {
                let followers = self.followers.entry(previous).or_default();
                if !followers.contains(&lower) {
                    followers.push(lower.clone());
                }
            }
            // "Under Secretary": a small word of a title keeps its lower case in running text
            // ("under President Alan Garcia"), where a capital would join it to a title
            let small = [&lex.connectors, &lex.stop_words, &lex.prepositions]
                .iter()
                .any(|words| words.contains(&lower));
            if !is_name && small {
                continue;
            }
            let cased = t.text().chars().any(char::is_uppercase);
            let entry = self
                .written
                .entry(lower.clone())
                .or_insert_with(|| t.text().to_string());
            if cased && !entry.chars().any(char::is_uppercase) {
                *entry = t.text().to_string();
            }
            if is_name && cased && lower.chars().count() >= 4 && self.name_words.insert(lower.clone()) {
                let id = self.near_words.len() as u32;
                for key in std::iter::once(lower.clone()).chain(deletions(&lower)) {
                    self.near.entry(key).or_default().push(id);
                }
                self.near_words.push(lower);
            }
        }
    }

    /// The text of `doc` re-cased in the parts `one_case` found.
    pub fn recase(&self, doc: &Doc, one_case: OneCase) -> Option<String> {
        let OneCase {
            regions,
            lower_case_copy,
        } = one_case;
        let mut bytes = doc.text.as_bytes().to_vec();
        for paragraph in regions {
            for i in paragraph.clone() {
                let t = &doc.tokens[i];
                if !t.is_word() || !t.text().is_ascii() {
                    continue;
                }
                let first = i == paragraph.start || ends_a_sentence(doc, i);
                self.recase_word(
                    doc,
                    i,
                    first,
                    lower_case_copy,
                    &mut bytes[doc.start_of(t)..doc.end_of(t)],
                );
            }
        }
        String::from_utf8(bytes).ok()
    }

    /// Writes the ASCII word at `i` as it reads once re-cased over `word`, its bytes in the
    /// copy (case only changes, so in place: no word is made a string of its own).
    fn recase_word(&self, doc: &Doc, i: usize, sentence_start: bool, lower_case_copy: bool, word: &mut [u8]) {
        let lower = doc.lower_at(i);
        let (stem, mark) = split_possessive(lower);
        if let Some(written) = self.written.get(stem).filter(|w| w.len() == stem.len()) {
            let (stem_bytes, mark_bytes) = word.split_at_mut(stem.len());
            stem_bytes.copy_from_slice(written.as_bytes());
            mark_bytes.copy_from_slice(mark.as_bytes());
        } else if sentence_start || self.may_be_a_slip(doc, i, stem) {
            word.copy_from_slice(lower.as_bytes());
            word[0] = word[0].to_ascii_uppercase();
        } else if !lower_case_copy {
            word.copy_from_slice(lower.as_bytes());
        }
        // lower-case copy otherwise keeps the word as written, as `word` already holds it
    }

    /// A word one letter from a name's word, beside a word of a name or before a reporting
    /// verb, or two letters from a long word that follows the word before it in a name
    /// ("manuel aspuria" for "manuel azpurua"): it may be that name misspelt, so it keeps a
    /// capital for the name reader to judge.
    fn may_be_a_slip(&self, doc: &Doc, i: usize, stem: &str) -> bool {
        self.may_be_a_slip_of_one_letter(doc, i, stem) || self.may_be_a_slip_after_a_name_word(doc, i, stem)
    }

    fn may_be_a_slip_after_a_name_word(&self, doc: &Doc, i: usize, stem: &str) -> bool {
        let letters = stem.chars().count();
        if i == 0 || letters + 2 < LONG_WORD || !doc.tokens[i - 1].is_word() {
            return false;
        }
        let followers = self.followers.get(split_possessive(doc.lower_at(i - 1)).0);
        followers
            .into_iter()
            .flatten()
            .any(|known| known.chars().count().abs_diff(letters) <= 2 && strsim::osa_distance(stem, known) <= 2)
    }

    fn may_be_a_slip_of_one_letter(&self, doc: &Doc, i: usize, stem: &str) -> bool {
        if stem.len() < 4 {
            return false;
        }
        let is_name_word = |k: usize| {
            doc.tokens.get(k).is_some_and(|t| t.is_word())
                && self.name_words.contains(split_possessive(doc.lower_at(k)).0)
        };
        let speaks = lexicon().reporting_verbs.contains(doc.lower_at(i + 1));
        // the context first: three lookups, where the near words are one per letter
        (speaks || is_name_word(i + 1) || (i > 0 && is_name_word(i - 1))) && self.is_near_a_name_word(stem)
    }

    fn is_near_a_name_word(&self, word: &str) -> bool {
        std::iter::once(word.to_string())
            .chain(deletions(word))
            .filter_map(|key| self.near.get(&key))
            .flatten()
            .any(|&id| strsim::osa_distance(word, &self.near_words[id as usize]) == 1)
    }
}

/// Every string `word` gives with one letter taken out.
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices()
        .map(move |(at, c)| format!("{}{}", &word[..at], &word[at + c.len_utf8()..]))
}

/// "lukman's" -> ("lukman", "'s").
fn split_possessive(lower: &str) -> (&str, &str) {
    let stem = strip_possessive(lower);
    (stem, &lower[stem.len()..])
}

/// Whether token `i` follows the end of a sentence ("." "!" "?", perhaps with a closing quote).
fn ends_a_sentence(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    while k > 0 && matches!(doc.tokens[k - 1].text(), "\"" | "'" | "”" | "’" | ")") {
        k -= 1;
    }
    k > 0 && matches!(doc.tokens[k - 1].text(), "." | "!" | "?")
}

/// A paragraph of enough words, every one without a lower-case letter.
fn in_capitals(doc: &Doc, paragraph: &std::ops::Range<usize>) -> bool {
    let mut words = 0;
    for t in doc.tokens[paragraph.clone()].iter().filter(|t| t.is_word()) {
        if t.text().chars().any(char::is_lowercase) {
            return false;
        }
        words += usize::from(t.text().chars().any(char::is_alphabetic));
    }
    words >= MIN_CAPITALS_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(yaml: &str) -> Facts {
        let mut f = Facts::default();
        f.add_file(std::path::Path::new("f.yaml"), yaml.to_string())
            .expect("facts load");
        f
    }

    fn recase(yaml: &str, text: &str) -> Option<String> {
        let doc = Doc::new(text);
        one_case(&doc).and_then(|one_case| Casing::new(&facts(yaml)).recase(&doc, one_case))
    }

    const LUKMAN: &str = "people:\n  - name: Rilwanu Lukman\n    aliases: [Lukman]\n    title: Oil Minister\n    also: [Nigerian Oil Minister, Under Secretary For Oil]\n";

    #[test]
    fn a_paragraph_in_capitals_takes_the_facts_capitals() {
        let text = "NIGERIAN OIL MINSTER RILWANU LUKMAN SAID TODAY GOVERNMENT SUBSIDY HAD RISEN.\n    THE NAIRA HAS FALLEN. LUKMAN TOLD REPORTERS IT WOULD END.";
        assert_eq!(
            recase(LUKMAN, text).unwrap(),
            "Nigerian Oil minster Rilwanu Lukman said today government subsidy had risen.\n    The naira has fallen. Lukman told reporters it would end."
        );
    }

    #[test]
    fn a_word_one_letter_from_a_name_keeps_a_capital_beside_a_name_or_a_reporting_verb() {
        let text = "OIL MINISTER RILWANU LUKMANN SAID IT. LUKMAM TOLD REPORTERS THE LUKMAM PLAN WAS OFF UNDER IT.";
        assert_eq!(
            recase(LUKMAN, text).unwrap(),
            "Oil Minister Rilwanu Lukmann said it. Lukmam told reporters the lukmam plan was off under it.",
            "a title's small words stay in lower case"
        );
    }

    #[test]
    fn a_fix_in_copy_in_capitals_is_in_capitals() {
        let fixes = |text: &str| -> Vec<(Option<String>, Option<String>)> {
            crate::check::check_yaml(LUKMAN, text, &Default::default())
                .into_iter()
                .map(|f| (f.replacement, f.help))
                .collect()
        };
        assert_eq!(
            fixes("NIGERIAN FINANCE MINISTER RILWANU LUKMAN SAID TODAY THE SUBSIDY HAD RISEN."),
            [(
                Some("NIGERIAN OIL MINISTER".into()),
                Some("write `NIGERIAN OIL MINISTER`: NIGERIAN [-FINANCE-] [+OIL+] MINISTER".into())
            )]
        );
        assert_eq!(
            fixes("Nigerian Finance Minister Rilwanu Lukman said today the subsidy had risen."),
            [(
                Some("Nigerian Oil Minister".into()),
                Some("write `Nigerian Oil Minister`: Nigerian [-Finance-] [+Oil+] Minister".into())
            )]
        );
        // reuters21578/11535, copy all in lower case (40 words or more): the fix in lower case too
        let more = " the rise came as prices of crude oil on world markets fell again and the \
                    government had to find more money to keep the price of fuel at home where it was.";
        assert_eq!(
            fixes(&format!(
                "nigerian finance minister rilwanu lukman said today the subsidy had risen.{more}"
            )),
            [(
                Some("nigerian oil minister".into()),
                Some("write `nigerian oil minister`: nigerian [-finance-] [+oil+] minister".into())
            )]
        );
    }

    #[test]
    fn mixed_case_copy_and_short_capitals_are_left_alone() {
        assert_eq!(
            recase(LUKMAN, "NIGERIA PUTS OIL\n\nOil Minister Rilwanu Lukman said so."),
            None
        );
        let lower = "caracas, feb 26 - venezuela is seeking a flexible attitude from its creditor banks in current \
                     talks to reschedule foreign debt, oil minister rilwanu lukman told a press conference. he \
                     declined to comment on meetings this week in new york between the directors and the \
                     committee, lukman said.";
        let recased = recase(LUKMAN, lower).unwrap();
        assert!(recased.contains("Oil Minister Rilwanu Lukman told"), "{recased}");
        assert!(recased.contains("committee, Lukman said."), "{recased}");
        assert!(recased.starts_with("Caracas, feb 26"), "{recased}");
    }
}
