//! A number as a newsroom writes it: value, precision, qualifier and unit.
//!
//! Values are fixed-point integers in millionths, so "1.5 billion" and "1,500 million" are the
//! same integer and rounding to a story's precision is exact.

use crate::lexicon::{lexicon, Bound, Per};

/// Millionths per unit.
pub const MICRO: i128 = 1_000_000;

/// What a number counts.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    Count,
    /// Money in a currency code from `rules/numbers.yaml` ("USD", "GBP").
    Money(String),
    /// Money in a part of a currency written without its country ("cents", "centimes"): a
    /// part of any currency of the family whose code it holds ("USD": U.S., Taiwan or Canadian
    /// cents), as copy that has named a currency writes its cents bare ("the Taiwan dollar rose
    /// two to five cents"). A country named on both sides still has to agree.
    UnnamedMoney(String),
    Percent,
    /// A unit of measure's dimension from `rules/units.yaml` ("length", "mass", "time").
    Measure(String),
    /// A tally: two whole counts of two sides, a match's result, a vote or odds ("3-1",
    /// "312 to 70", "eight to one"), held as `low` and `high` whichever side is written first.
    /// It is of no other kind: a single number or a range is never a tally's count.
    Tally,
}

impl Kind {
    /// Whether two numbers are of one kind: equal kinds, or money in an unnamed part of a
    /// currency against money of a currency of its family.
    pub fn is(&self, other: &Kind) -> bool {
        match (self, other) {
            (Kind::UnnamedMoney(family), Kind::Money(code)) | (Kind::Money(code), Kind::UnnamedMoney(family)) => {
                in_family(family, code)
            }
            _ => self == other,
        }
    }

    pub fn is_money(&self) -> bool {
        matches!(self, Kind::Money(_) | Kind::UnnamedMoney(_))
    }

    /// Whether a number of this kind, as written in a story, may be tied to a figure of kind
    /// `figure`: the same kind, or a physical measure for a count whose unit the facts leave
    /// out (`474,000` for "474,000 bpd"). A span of time is never a count ("nine months").
    pub fn ties_to(&self, figure: &Kind) -> bool {
        match (self, figure) {
            (Kind::Measure(dimension), Kind::Count) => {
                let lex = lexicon();
                !lex.separate_dimensions.contains(dimension) && !lex.uncounted_dimensions.contains(dimension)
            }
            _ => self.is(figure),
        }
    }

    /// Whether a number of this kind may be the figure's quantity written in the wrong unit or
    /// currency: money for money, a physical measure for a physical measure, a percentage
    /// for percentage points and back.
    pub fn may_be_miswritten(&self, figure: &Kind) -> bool {
        let lex = lexicon();
        let separate = |d: &str| lex.separate_dimensions.contains(d);
        match (self, figure) {
            (a, b) if a.is_money() && b.is_money() => true,
            (Kind::Measure(a), Kind::Measure(b)) => !separate(a) && !separate(b),
            (Kind::Percent, Kind::Measure(d)) | (Kind::Measure(d), Kind::Percent) => lex.percent_dimensions.contains(d),
            _ => false,
        }
    }
}

/// Whether currency `code` is of the family of the plain currency `family`: the plain one, a
/// listed country's ("TWD" of "USD" for "Taiwan dlrs"), or an unlisted country's, which is
/// read as that country's word and the family's own word ("zimbabwe dlrs").
fn in_family(family: &str, code: &str) -> bool {
    let lex = lexicon();
    let listed = || {
        lex.currency_countries
            .get(family)
            .is_some_and(|countries| countries.iter().any(|(_, c)| c == code))
    };
    let unlisted = || {
        code.rsplit_once(' ')
            .is_some_and(|(_, word)| lex.currency_words.get(word).is_some_and(|f| f == family))
    };
    code == family || listed() || unlisted()
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Quantity {
    /// Lowest value written, in millionths.
    pub low: i128,
    /// Highest value written (equal to `low` unless a range such as "110 to 130").
    pub high: i128,
    /// The written precision: the number is exact to 10^exponent ("43,000" -> 3, "2.5" -> -1).
    pub exponent: i32,
    pub bound: Option<Bound>,
    pub kind: Kind,
    /// How many of the dimension's base unit one written unit is ("km" is 1,000 metres), or
    /// of its currency's unit ("cts" is 0.01 dlrs); 1 for counts and percentages.
    pub factor: f64,
    /// The rate written after it: "an hour", "a share".
    pub per: Option<Per>,
    /// Another reading of the same words, compared only with numbers of its own kind: "4.88m"
    /// with no currency is 4.88 million, or 4.88 metres beside a length.
    pub also: Option<Box<Quantity>>,
    /// A fraction written as one ("one-tenth", "a third", "one in six", "nine out of 10"): a
    /// proportion, exact against another written so.
    #[serde(default)]
    pub fraction: bool,
}

impl Quantity {
    /// A plain number of `kind` from `low` to `high` millionths at precision `exponent`.
    pub fn plain(low: i128, high: i128, exponent: i32, kind: Kind) -> Quantity {
        Quantity {
            low,
            high,
            exponent,
            bound: None,
            kind,
            factor: 1.0,
            per: None,
            also: None,
            fraction: false,
        }
    }

    /// A tally of the counts `a` and `b` in either order ("3-1", "1-3").
    pub fn tally(a: u64, b: u64) -> Quantity {
        let (a, b) = (i128::from(a) * MICRO, i128::from(b) * MICRO);
        Quantity::plain(a.min(b), a.max(b), 0, Kind::Tally)
    }

    /// The pairs of readings of this number and `other` that may be compared: the two as read,
    /// and another reading against one of its own kind.
    fn reading_pairs<'a>(&'a self, other: &'a Quantity) -> impl Iterator<Item = (&'a Quantity, &'a Quantity)> {
        let mine = std::iter::once(self).chain(self.also.as_deref());
        mine.flat_map(move |a| std::iter::once(other).chain(other.also.as_deref()).map(move |b| (a, b)))
            .filter(move |(a, b)| (std::ptr::eq(*a, self) && std::ptr::eq(*b, other)) || a.kind.is(&b.kind))
    }

    /// Whether this number, as written in a story, may be tied to a figure of value `figure`
    /// (see [`Kind::ties_to`]), in any of their readings.
    pub fn ties_to(&self, figure: &Quantity) -> bool {
        self.reading_pairs(figure).any(|(a, b)| a.kind.ties_to(&b.kind))
    }

    /// One unit of the written precision, in millionths.
    fn step(&self) -> i128 {
        10i128.pow((self.exponent + 6).max(0) as u32)
    }

    /// The interval of true values this written number stands for, in millionths, closed at
    /// both ends: "at least 40,000" covers [40,000, 50,000), "about 1,200" [1,150, 1,250).
    /// A number that is not a round one at its precision (a fraction in words: "up to
    /// three-quarters" is 75 to the nearest ten) reaches only half a step past its bound.
    /// `same_unit`: compared with a value in its own unit, where a small whole number is
    /// counted exactly.
    fn covers(&self, same_unit: bool) -> (i128, i128) {
        // a plain whole number under a hundred is written as counted, not rounded: "10
        // months" is not twelve, nor "10 tonnes" 6.2 (a qualifier rounds it, "about 40", and
        // a share in words is a percentage to the nearest ten, "half"); in another unit it is
        // a conversion, rounded as any other ("a 90-day probe" is three months)
        let counted = same_unit
            && self.bound.is_none()
            && self.low == self.high
            && self.low.abs() < 100 * MICRO
            && self.kind != Kind::Percent;
        let step = if counted { self.step().min(MICRO) } else { self.step() };
        let reach = if self.low % step == 0 { step - 1 } else { step / 2 };
        match self.bound {
            Some(Bound::Lower) if self.low == self.high => (self.low, self.low + reach),
            // a round power of ten reaches down to half itself, as a number of two in its first
            // digit does, not to nothing: "up to 100,000 songs" is not `up to 10,000 songs`
            Some(Bound::Upper) if self.low == self.high => (self.low - reach.min(self.low.abs() / 2), self.high),
            // a plain number does not stand for the value half-way below it: a writer who
            // rounds 25,000 keeps it, so "30,000" is another number ("about 30,000" may be it)
            None => (self.low - (step - 1) / 2, self.high + (step - 1) / 2),
            _ => (self.low - step / 2, self.high + (step - 1) / 2),
        }
    }

    /// Whether this number, as written in a story, agrees with a reference figure: the
    /// reference rounded to the story's precision in the qualifier's direction equals it, the
    /// kinds, units and rates match, and the qualifiers do not contradict each other. A range
    /// in the story agrees only when it lies within the reference.
    pub fn agrees_with(&self, reference: &Quantity) -> bool {
        self.reading_pairs(reference).any(|(own, theirs)| {
            own.agrees_as_read(theirs) || own.with_rate_left_out(theirs).is_some_and(|r| r.agrees_as_read(theirs))
        })
    }

    /// This volume or length with the rate of time of `reference`, a flow or speed in the same
    /// unit per a span of time ("18.3 mln barrels" for `18.3 mln barrels a day`): the copy has
    /// left the rate out, as a sentence that gives it once for two amounts does ("16.6 mln
    /// barrels per day in the third quarter and 18.3 mln barrels in the fourth"). `None` in
    /// another unit ("18.3 mln litres") or when the copy gives a rate of its own.
    fn with_rate_left_out(&self, reference: &Quantity) -> Option<Quantity> {
        let lex = lexicon();
        let (Kind::Measure(own), Kind::Measure(theirs)) = (&self.kind, &reference.kind) else {
            return None;
        };
        if self.per.is_some() || lex.per_time.get(own) != Some(theirs) {
            return None;
        }
        // the reference's unit is this one per `seconds`, one of the rates of time
        let seconds = self.factor / reference.factor;
        let is_rate = |per: &Per| matches!(per, Per::Seconds(s) if (s - seconds).abs() <= s * 1e-9);
        lex.rates.iter().any(|(_, per)| is_rate(per)).then(|| Quantity {
            kind: reference.kind.clone(),
            factor: reference.factor,
            ..self.clone()
        })
    }

    /// [`Quantity::agrees_with`] for one reading of each.
    fn agrees_as_read(&self, reference: &Quantity) -> bool {
        // a tally is two exact counts, in either order: which side a sentence writes first
        // depends on whose side it takes ("lost 1-2" is the `2-1` it lost), and no count of
        // it rounds or stands for another
        if self.kind == Kind::Tally || reference.kind == Kind::Tally {
            return self.kind == reference.kind && (self.low, self.high) == (reference.low, reference.high);
        }
        if !self.kind.ties_to(&reference.kind) || self.contradicts(reference) {
            return false;
        }
        if let Some(equal) = self.equals_as_fraction(reference) {
            return equal;
        }
        let Some((own, theirs)) = self.conversions(reference) else {
            return false;
        };
        // "almost 100 pct a month" for `nearly 100 pct a year`: the figure's own number in
        // another unit or rate is that slip, whatever room a qualifier gives the number
        let rescaled = (own.apply(MICRO) / theirs.apply(MICRO) - 1.0).abs() > 1e-9;
        if rescaled && self.bound.is_some() && (self.low, self.high) == (reference.low, reference.high) {
            return false;
        }
        let same_unit = self.kind.is(&reference.kind) && self.factor == reference.factor;
        let (lo, hi) = self.covers(same_unit);
        if self.low != self.high {
            let (ref_lo, ref_hi) = reference.covers(same_unit);
            return own.apply(self.low) >= theirs.apply(ref_lo) && own.apply(self.high) <= theirs.apply(ref_hi);
        }
        theirs.apply(reference.low) <= own.apply(hi) && theirs.apply(reference.high) >= own.apply(lo)
    }

    /// How to bring this number and the reference to one scale: by their units' factors when
    /// both have one, and by their rates of time when both give one. `None` when the rates
    /// cannot be compared ("a share" against "an ounce").
    fn conversions(&self, reference: &Quantity) -> Option<(Scale, Scale)> {
        // a count in the facts has no unit to convert: compare the numbers as written
        let units = self.kind.is(&reference.kind);
        // a percentage the facts give with no rate is a yearly one against a story's rate of
        // time: "three per cent monthly" is not `three per cent`
        let period = &lexicon().percent_rate_period;
        let their_rate = match (&self.per, &reference.per) {
            (Some(Per::Seconds(_)), None) if self.kind == Kind::Percent && reference.kind == Kind::Percent => {
                Some(period)
            }
            _ => reference.per.as_ref(),
        };
        let (own_per, their_per) = match (&self.per, their_rate) {
            (Some(Per::Seconds(a)), Some(Per::Seconds(b))) => (*a, *b),
            (Some(a), Some(b)) if a != b => per_counts(a, b)?,
            _ => (1.0, 1.0),
        };
        let scale = |q: &Quantity, per: f64| Scale {
            factor: if units { q.factor } else { 1.0 },
            per,
        };
        Some((scale(self, own_per), scale(reference, their_per)))
    }

    /// "around one-tenth" for `one-twentieth`, "one in six" for `a fifth`: two fractions written
    /// as fractions are exact proportions, so they agree only when equal (the ten points a
    /// fraction reaches are the rounding of a percentage written against it). `None` unless
    /// both are such fractions and the story gives its own plainly or with "about": a bound
    /// keeps the reach past it that it has against a percentage.
    fn equals_as_fraction(&self, reference: &Quantity) -> Option<bool> {
        // the same proportion read by two ways of writing it ("a third", "one in three")
        // differs by no more than this, in millionths of a point
        const SAME_PROPORTION: i128 = 1_000;
        let plain = matches!(self.bound, None | Some(Bound::Approximate));
        (self.fraction && reference.fraction && plain)
            .then(|| self.low >= reference.low - SAME_PROPORTION && self.high <= reference.high + SAME_PROPORTION)
    }

    fn contradicts(&self, reference: &Quantity) -> bool {
        let direction = |q: &Quantity| q.bound.map_or(0, Bound::direction);
        direction(self) * direction(reference) < 0
    }

    /// Orders of magnitude between two values (0 for equal, 3 for "mln" against "bln"), in the
    /// base unit when both are measures of one dimension.
    fn magnitude_gap(&self, other: &Quantity) -> f64 {
        let units = self.kind.is(&other.kind);
        let mid = |q: &Quantity| {
            let factor = if units { q.factor } else { 1.0 };
            ((q.low + q.high) as f64 / 2.0 * factor).abs().max(1.0)
        };
        (mid(self).log10() - mid(other).log10()).abs()
    }

    /// How far this number is from a figure, to choose between figures that share a cue:
    /// orders of magnitude apart, and one more when it is written in another unit
    /// ("113.5bn ounces" is closer to `113.5m ounces` than to `3,217 tonnes`). In another unit
    /// the number as written counts too: "3,217 kilograms" is `3,217 tonnes` in the wrong
    /// unit rather than `113.5m ounces`. A number in another unit that is not the figure's own
    /// number either is one more slip away: "about 900m euros" is `800m euros` with its
    /// number changed before it is `$1bn` in another currency, and "6.00 percentage points" is
    /// `6.00 pct` in the wrong unit, not `5.50 pct`.
    pub fn distance_to(&self, figure: &Quantity) -> f64 {
        self.reading_pairs(figure)
            .map(|(own, theirs)| own.distance_as_read(theirs))
            .fold(f64::INFINITY, f64::min)
    }

    /// [`Quantity::distance_to`] for one reading of each.
    fn distance_as_read(&self, figure: &Quantity) -> f64 {
        let other_unit = !self.kind.is(&figure.kind) || self.factor != figure.factor;
        if !other_unit {
            // "five billion dlrs" for `five mln dlrs`: the figure with another scale word, a
            // slip as near as another unit
            let gap = self.magnitude_gap(figure);
            return if self.scaled_by_thousands(figure) {
                gap.min(1.0)
            } else {
                gap
            };
        }
        let as_written = |q: &Quantity| Quantity {
            factor: 1.0,
            ..q.clone()
        };
        let written_gap = as_written(self).magnitude_gap(&as_written(figure));
        let gap = self.magnitude_gap(figure).min(written_gap);
        let in_its_unit = Quantity {
            kind: figure.kind.clone(),
            factor: figure.factor,
            per: figure.per.clone(),
            also: None,
            ..self.clone()
        };
        let number_slip = gap > 0.0 && !in_its_unit.agrees_as_read(figure);
        gap + if number_slip { 2.0 } else { 1.0 }
    }

    /// Whether this number is the figure times or over a power of a thousand ("five billion"
    /// and `five mln`, "5,000" and `5`).
    fn scaled_by_thousands(&self, figure: &Quantity) -> bool {
        let times = |a: &Quantity, b: &Quantity| {
            (1..=4).any(|k| {
                let r = 1000_i128.pow(k);
                a.low != 0 && a.low.checked_mul(r) == Some(b.low) && a.high.checked_mul(r) == Some(b.high)
            })
        };
        times(self, figure) || times(figure, self)
    }

    /// Whether two written numbers can stand for the same value (each within the other's
    /// precision), used to tell a conflict from a restatement.
    pub fn consistent_with(&self, other: &Quantity) -> bool {
        self.agrees_with(other) || other.agrees_with(self)
    }
}

/// "3.18850 marks per 10" and `31.8850 marks per 100`, "$0.31 a share" and `$31 per 100
/// shares`: two rates per counts of the same things compare by their counts, a rate per one
/// thing being per a count of one; a count whose things are not written is of the other's
/// things ("marks per 100" for `marks per 100 francs`). `None` for other things ("per 100
/// shares" against "a barrel", "per 100" against "a barrel") or a rate not of things.
fn per_counts(a: &Per, b: &Per) -> Option<(f64, f64)> {
    let counted = |per: &Per| match per {
        Per::Thing(thing) => Some((1.0, thing.clone())),
        Per::Count(count, thing) => Some((*count, thing.clone())),
        Per::Seconds(_) => None,
    };
    let ((own, own_thing), (theirs, their_thing)) = (counted(a)?, counted(b)?);
    // only a count leaves its things unwritten: "a barrel" is no "per 100"
    let unwritten = own_thing.is_empty() || their_thing.is_empty();
    let same_things = own_thing == their_thing || (unwritten && matches!((a, b), (Per::Count(..), Per::Count(..))));
    same_things.then_some((own, theirs))
}

/// Multiplies a value into a common unit and rate; exact when there is nothing to convert.
#[derive(Clone, Copy)]
struct Scale {
    factor: f64,
    per: f64,
}

impl Scale {
    fn apply(self, micro: i128) -> f64 {
        micro as f64 * self.factor / self.per
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
            bound,
            ..Quantity::plain(micro, micro, exponent, Kind::Count)
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
    fn a_plain_number_does_not_round_the_value_half_way_below_it() {
        // "rise above the 30,000 mark" for a mark of 25,000
        assert!(!q(30000.0, 4, None).agrees_with(&q(25000.0, 3, None)));
        assert!(q(30000.0, 4, None).agrees_with(&q(25001.0, 0, None)));
        assert!(q(30000.0, 4, Some(Bound::Approximate)).agrees_with(&q(25000.0, 3, None)));
        assert!(!q(3.0, 0, None).agrees_with(&q(2.5, -1, None)));
    }

    #[test]
    fn a_plain_whole_number_under_a_hundred_is_counted_not_rounded() {
        assert!(!q(10.0, 1, None).agrees_with(&q(12.0, 0, None)), "10 months for 12");
        assert!(!q(40.0, 1, None).agrees_with(&q(43.0, 0, None)));
        assert!(
            q(40.0, 1, Some(Bound::Approximate)).agrees_with(&q(43.0, 0, None)),
            "about 40"
        );
        assert!(q(40.0, 1, Some(Bound::Lower)).agrees_with(&q(43.0, 0, None)), "over 40");
        assert!(q(1200.0, 2, None).agrees_with(&q(1234.0, 0, None)), "a round thousand");
        let half = Quantity::plain(50 * MICRO, 50 * MICRO, 1, Kind::Percent);
        assert!(half.agrees_with(&Quantity::plain(48 * MICRO, 48 * MICRO, 0, Kind::Percent)));
    }

    #[test]
    fn a_small_whole_number_in_another_unit_is_a_rounded_conversion() {
        // the exponent of a whole number is that of its last non-zero digit
        let time = |value: i128, exponent: i32, seconds: f64| Quantity {
            factor: seconds,
            ..Quantity::plain(value * MICRO, value * MICRO, exponent, Kind::Measure("time".into()))
        };
        let (day, month) = (86_400.0, 2_629_800.0);
        let three_months = time(3, 0, month);
        assert!(time(90, 1, day).agrees_with(&three_months), "a 90-day probe");
        assert!(!time(60, 1, day).agrees_with(&three_months));
        assert!(
            !time(10, 1, month).agrees_with(&time(12, 0, month)),
            "still counted in its own unit"
        );
    }

    #[test]
    fn rounding_up_under_upper_bounds() {
        assert!(q(300.0, 2, Some(Bound::Upper)).agrees_with(&q(251.0, 0, None)));
        assert!(!q(200.0, 2, Some(Bound::Upper)).agrees_with(&q(251.0, 0, None)));
        // bbc/tech/110: "can hold anything up to 10,000 songs", a zero added: a power of ten
        // under a bound reaches down to half itself, as 200 does, not to nothing
        let songs = q(10000.0, 4, Some(Bound::Upper));
        assert!(!q(100000.0, 5, Some(Bound::Upper)).agrees_with(&songs));
        assert!(q(100000.0, 5, Some(Bound::Upper)).agrees_with(&q(51000.0, 3, None)));
        assert!(!q(100000.0, 5, Some(Bound::Upper)).agrees_with(&q(40000.0, 4, None)));
        assert!(q(10000.0, 4, Some(Bound::Upper)).agrees_with(&songs));
    }

    #[test]
    fn a_number_inside_a_reference_range_agrees() {
        let mut range = q(110.0, 1, None);
        range.high = 130 * MICRO;
        assert!(q(120.0, 1, None).agrees_with(&range));
        assert!(!q(140.0, 1, None).agrees_with(&range));
    }

    #[test]
    fn a_volume_agrees_with_a_flow_in_its_unit_when_the_copy_leaves_the_rate_out() {
        let measure = |value: f64, dimension: &str, factor: f64| Quantity {
            factor,
            ..Quantity::plain(
                (value * MICRO as f64) as i128,
                (value * MICRO as f64) as i128,
                -1,
                Kind::Measure(dimension.into()),
            )
        };
        let barrel = 158.987294928;
        let a_day = measure(18.3e6, "flow", barrel / 86_400.0);
        assert!(measure(18.3e6, "volume", barrel).agrees_with(&a_day));
        assert!(!measure(18.8e6, "volume", barrel).agrees_with(&a_day));
        assert!(
            !measure(18.3e6, "volume", 1.0).agrees_with(&a_day),
            "litres for barrels a day"
        );
        let a_week = measure(18.3e6, "flow", barrel / 604_800.0);
        assert!(!a_week.agrees_with(&a_day), "a rate of the copy's own");
    }

    #[test]
    fn a_fraction_under_a_bound_reaches_half_a_step() {
        // reuters21578/03556: "Oil traditionally accounts for up to two-thirds of Ecuador's
        // total exports"; a fraction is a percentage to the nearest ten
        let fraction = |micro: i128, bound| Quantity {
            bound: Some(bound),
            ..Quantity::plain(micro, micro, 1, Kind::Percent)
        };
        let two_thirds = fraction(66_666_600, Bound::Upper);
        assert!(
            !fraction(75 * MICRO, Bound::Upper).agrees_with(&two_thirds),
            "up to three-quarters"
        );
        assert!(fraction(66_666_600, Bound::Upper).agrees_with(&two_thirds));
        let sixty_four = Quantity::plain(64 * MICRO, 64 * MICRO, 0, Kind::Percent);
        assert!(two_thirds.agrees_with(&sixty_four), "nearly two-thirds agrees with 64%");
        let seventy = Quantity {
            bound: Some(Bound::Upper),
            ..Quantity::plain(70 * MICRO, 70 * MICRO, 1, Kind::Percent)
        };
        assert!(seventy.agrees_with(&two_thirds), "up to 70% rounds two-thirds up");
    }

    #[test]
    fn points_and_percent_may_be_written_for_each_other_but_never_agree() {
        let points = Kind::Measure("points".into());
        assert!(Kind::Percent.may_be_miswritten(&points) && points.may_be_miswritten(&Kind::Percent));
        let four = |kind: Kind| Quantity::plain(4 * MICRO, 4 * MICRO, 0, kind);
        assert!(!four(Kind::Percent).agrees_with(&four(points)));
        assert!(!Kind::Count.may_be_miswritten(&Kind::Percent));
    }

    #[test]
    fn a_number_in_another_unit_is_nearest_the_figure_it_repeats() {
        // bbc/business/210: "The IMF has 3,217 tonnes of gold, or about 113.5m ounces."
        let mass = |value: i128, factor: f64| Quantity {
            factor,
            ..Quantity::plain(value * MICRO, value * MICRO, 0, Kind::Measure("mass".into()))
        };
        let (tonnes, ounces) = (mass(3_217, 1e6), mass(113_500_000, 28.349523125));
        let kilograms = mass(3_217, 1e3);
        assert!(kilograms.distance_to(&tonnes) + 1.0 <= kilograms.distance_to(&ounces));
        let billion_ounces = mass(113_500_000_000, 28.349523125);
        assert!(billion_ounces.distance_to(&ounces) + 1.0 <= billion_ounces.distance_to(&tonnes));
        // "about 900m euros" for `800m euros` (its number changed) or for `$1bn` (its number
        // and currency changed)
        let money =
            |value: i128, code: &str| Quantity::plain(value * MICRO, value * MICRO, 8, Kind::Money(code.into()));
        let story = money(900_000_000, "EUR");
        let (euros, dollars) = (money(800_000_000, "EUR"), money(1_000_000_000, "USD"));
        assert!(story.distance_to(&euros) + 1.0 <= story.distance_to(&dollars));
        assert_eq!(
            money(1_000_000_000, "EUR").distance_to(&dollars),
            1.0,
            "a currency slip alone"
        );
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
