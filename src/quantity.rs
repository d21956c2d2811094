//! A number as a newsroom writes it: value, precision, qualifier and unit.
//!
//! Values are fixed-point integers in millionths, so "1.5 billion" and "1,500 million" are the
//! same integer and rounding to a story's precision is exact.

use crate::lexicon::Bound;

/// Millionths per unit.
pub const MICRO: i128 = 1_000_000;

/// What a number counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Count,
    /// Money in a currency code from `rules/numbers.yaml` ("USD", "GBP").
    Money(String),
    Percent,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quantity {
    /// Lowest value written, in millionths.
    pub low: i128,
    /// Highest value written (equal to `low` unless a range such as "110 to 130").
    pub high: i128,
    /// The written precision: the number is exact to 10^exponent ("43,000" -> 3, "2.5" -> -1).
    pub exponent: i32,
    pub bound: Option<Bound>,
    pub kind: Kind,
}

impl Quantity {
    /// One unit of the written precision, in millionths.
    fn step(&self) -> i128 {
        10i128.pow((self.exponent + 6).max(0) as u32)
    }

    /// The interval of true values this written number stands for, in millionths, closed at
    /// both ends: "at least 40,000" covers [40,000, 50,000), "about 1,200" [1,150, 1,250).
    fn covers(&self) -> (i128, i128) {
        let step = self.step();
        match self.bound {
            Some(Bound::Lower) if self.low == self.high => (self.low, self.low + step - 1),
            Some(Bound::Upper) if self.low == self.high => (self.low - step + 1, self.high),
            _ => (self.low - step / 2, self.high + (step - 1) / 2),
        }
    }

    /// Whether this number, as written in a story, agrees with a reference figure: the
    /// reference rounded to the story's precision in the qualifier's direction equals it, the
    /// kinds match, and the qualifiers do not contradict each other.
    pub fn agrees_with(&self, reference: &Quantity) -> bool {
        if self.kind != reference.kind || self.contradicts(reference) {
            return false;
        }
        let (lo, hi) = self.covers();
        reference.low <= hi && reference.high >= lo
    }

    fn contradicts(&self, reference: &Quantity) -> bool {
        matches!(
            (self.bound, reference.bound),
            (Some(Bound::Lower), Some(Bound::Upper)) | (Some(Bound::Upper), Some(Bound::Lower))
        )
    }

    /// Orders of magnitude between two values (0 for equal, 3 for "mln" against "bln").
    pub fn magnitude_gap(&self, other: &Quantity) -> f64 {
        let mid = |q: &Quantity| ((q.low + q.high) as f64 / 2.0).abs().max(1.0);
        (mid(self).log10() - mid(other).log10()).abs()
    }

    /// Whether two written numbers can stand for the same value (each within the other's
    /// precision), used to tell a conflict from a restatement.
    pub fn consistent_with(&self, other: &Quantity) -> bool {
        self.agrees_with(other) || other.agrees_with(self)
    }
}

/// Formats millionths as a plain number with thousands separators: 1200000000 -> "1,200".
pub fn format_value(micro: i128) -> String {
    let whole = micro / MICRO;
    let frac = (micro % MICRO).abs();
    let digits = whole.abs().to_string();
    let mut grouped = String::new();
    for (k, ch) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if micro < 0 { "-" } else { "" };
    if frac == 0 {
        format!("{sign}{grouped}")
    } else {
        let f = format!("{frac:06}");
        format!("{sign}{grouped}.{}", f.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(value: f64, exponent: i32, bound: Option<Bound>) -> Quantity {
        let micro = (value * MICRO as f64).round() as i128;
        Quantity {
            low: micro,
            high: micro,
            exponent,
            bound,
            kind: Kind::Count,
        }
    }

    #[test]
    fn spec_examples_of_agreement() {
        // "over 250" agrees with 251
        assert!(q(250.0, 1, Some(Bound::Lower)).agrees_with(&q(251.0, 0, None)));
        // "at least 40,000" agrees with 43,000
        assert!(q(40000.0, 4, Some(Bound::Lower)).agrees_with(&q(43000.0, 3, None)));
        // "43,000" agrees with "at least 43,000"
        assert!(q(43000.0, 3, None).agrees_with(&q(43000.0, 3, Some(Bound::Lower))));
        // "around 1,200" agrees with "about 1,200"
        assert!(q(1200.0, 2, Some(Bound::Approximate)).agrees_with(&q(1200.0, 2, Some(Bound::Approximate))));
    }

    #[test]
    fn spec_examples_of_disagreement() {
        assert!(!q(34000.0, 3, None).agrees_with(&q(43000.0, 3, Some(Bound::Lower))));
        assert!(!q(758000.0, 3, Some(Bound::Lower)).agrees_with(&q(785000.0, 3, Some(Bound::Lower))));
        // "over" against a reference "under"
        assert!(!q(250.0, 1, Some(Bound::Lower)).agrees_with(&q(250.0, 1, Some(Bound::Upper))));
    }

    #[test]
    fn rounding_up_under_upper_bounds() {
        assert!(q(300.0, 2, Some(Bound::Upper)).agrees_with(&q(251.0, 0, None)));
        assert!(!q(200.0, 2, Some(Bound::Upper)).agrees_with(&q(251.0, 0, None)));
    }

    #[test]
    fn a_number_inside_a_reference_range_agrees() {
        let mut range = q(110.0, 1, None);
        range.high = 130 * MICRO;
        assert!(q(120.0, 1, None).agrees_with(&range));
        assert!(!q(140.0, 1, None).agrees_with(&range));
    }

    #[test]
    fn kinds_must_match() {
        let mut money = q(2.5e9, 8, None);
        money.kind = Kind::Money("USD".into());
        assert!(!q(2.5e9, 8, None).agrees_with(&money));
    }

    #[test]
    fn formats_values_for_messages() {
        assert_eq!(format_value(1_200 * MICRO), "1,200");
        assert_eq!(format_value(2_500_000), "2.5");
        assert_eq!(format_value(43_000_000 * MICRO), "43,000,000");
    }
}
