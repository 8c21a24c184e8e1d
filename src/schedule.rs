//! Schedules: which accounts a build shows today, and when that changes.
//!
//! Takes the profile's `timezone` (an IANA name, default `Asia/Shanghai`), the `from` and
//! `until` dates of an account (`YYYY-MM-DD`, inclusive) and the build's "now" (the
//! instant of `SOURCE_DATE_EPOCH` when set, else the clock); gives today's date in that
//! zone, whether an account is shown on it, and the day its visibility next changes.
//!
//! The time zone database is bundled (jiff's `tzdb-bundle-always`), never the system's:
//! the same profile and the same `SOURCE_DATE_EPOCH` give the same site on every machine.
//! This module does not read the environment or the profile: callers pass the text in,
//! and attach the profile positions to its errors.

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::suggest;

/// The zone of a profile without `timezone`.
pub const DEFAULT_TIMEZONE: &str = "Asia/Shanghai";

/// A checked time zone, under its IANA name.
#[derive(Debug, Clone)]
pub struct Zone {
    name: String,
    tz: TimeZone,
}

impl Zone {
    /// The IANA name as the database spells it (`Asia/Shanghai`, whatever the case the
    /// profile used).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The date in this zone at `now`.
    pub fn today(&self, now: Timestamp) -> Date {
        self.tz.to_datetime(now).date()
    }

    /// The first instant of `date` in this zone (midnight, or the end of a clock
    /// change that skips it); `None` outside jiff's range.
    pub fn start_of(&self, date: Date) -> Option<Timestamp> {
        date.to_zoned_datetime(self.tz.clone())
            .ok()
            .map(|z| z.timestamp())
    }
}

/// What is wrong with a `timezone`, a date, a window or `SOURCE_DATE_EPOCH`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("`{name}` is not an IANA time zone")]
    UnknownZone {
        name: String,
        /// The closest known names, best first (may be empty).
        closest: Vec<String>,
    },
    #[error("`{0}` is not a date: write it as YYYY-MM-DD, for example 2026-11-01")]
    BadDate(String),
    #[error("{0} is not a day of the calendar")]
    NoSuchDay(String),
    #[error("`until` ({until}) is before `from` ({from})")]
    UntilBeforeFrom { from: Date, until: Date },
    #[error("SOURCE_DATE_EPOCH is `{0}`, not a number of seconds since 1970-01-01 UTC")]
    BadEpoch(String),
}

impl ScheduleError {
    /// How to fix it, when there is more to say than the message.
    pub fn hint(&self) -> Option<String> {
        match self {
            Self::UnknownZone { closest, .. } if !closest.is_empty() => {
                let names: Vec<&str> = closest.iter().map(String::as_str).collect();
                Some(format!("did you mean {}?", suggest::or_list(&names)))
            }
            Self::UnknownZone { .. } => Some(format!(
                "an IANA name such as `{DEFAULT_TIMEZONE}`, `Europe/London` or `UTC`"
            )),
            Self::UntilBeforeFrom { .. } => {
                Some("both days are included; for one day, give the same date twice".into())
            }
            _ => None,
        }
    }
}

/// Checks a `timezone`; `None` gives the default. Case does not matter (`asia/shanghai`);
/// an unknown name gets the closest known ones.
pub fn zone(name: Option<&str>) -> Result<Zone, ScheduleError> {
    let name = name.unwrap_or(DEFAULT_TIMEZONE);
    let db = jiff::tz::db();
    let found = db
        .get(name)
        .ok()
        .filter(|tz| !tz.is_unknown())
        .and_then(|tz| Some((tz.iana_name()?.to_owned(), tz)));
    match found {
        Some((name, tz)) => Ok(Zone { name, tz }),
        None => Err(ScheduleError::UnknownZone {
            name: name.to_owned(),
            closest: closest_zones(name),
        }),
    }
}

/// Up to three zone names close to `name`. China has one zone, which the database names
/// after Shanghai: `Asia/Beijing` and the like are pointed there.
fn closest_zones(name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    if ["beijing", "china", "prc", "北京", "中国"]
        .iter()
        .any(|w| lower.contains(w))
    {
        return vec![DEFAULT_TIMEZONE.to_owned()];
    }
    let names: Vec<String> = jiff::tz::db()
        .available()
        .map(|n| n.as_str().to_owned())
        .collect();
    let lowered: Vec<String> = names.iter().map(|n| n.to_lowercase()).collect();
    // A bare city (`Shanghai`) matches the part after the last `/`.
    let cities: Vec<&str> = lowered
        .iter()
        .map(|n| n.rsplit('/').next().unwrap_or(n))
        .collect();
    let mut found: Vec<String> = Vec::new();
    for candidate in suggest::closest(&lower, lowered.iter().map(String::as_str), 3)
        .into_iter()
        .chain(suggest::closest(&lower, cities.iter().copied(), 3))
    {
        let index = if candidate.contains('/') {
            lowered.iter().position(|n| n == candidate)
        } else {
            cities.iter().position(|c| *c == candidate)
        };
        if let Some(original) = index.map(|i| &names[i])
            && !found.contains(original)
        {
            found.push(original.clone());
        }
    }
    found.truncate(3);
    found
}

/// The build's "now": the instant of `SOURCE_DATE_EPOCH` (whole seconds since
/// 1970-01-01 UTC) when it is set and not empty, else the clock. Pass the variable's
/// value in: `schedule::now(std::env::var("SOURCE_DATE_EPOCH").ok().as_deref())`.
pub fn now(source_date_epoch: Option<&str>) -> Result<Timestamp, ScheduleError> {
    let Some(text) = source_date_epoch.filter(|t| !t.trim().is_empty()) else {
        return Ok(Timestamp::now());
    };
    let bad = || ScheduleError::BadEpoch(text.to_owned());
    let digits = text.trim();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let seconds: i64 = digits.parse().map_err(|_| bad())?;
    Timestamp::from_second(seconds).map_err(|_| bad())
}

/// Reads a `from` or `until` date: exactly `YYYY-MM-DD`, a day that exists.
pub fn date(text: &str) -> Result<Date, ScheduleError> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return Err(ScheduleError::BadDate(text.to_owned()));
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let (Ok(month), Ok(day)) = (i8::try_from(month), i8::try_from(day)) else {
        return Err(ScheduleError::NoSuchDay(text.to_owned()));
    };
    Date::new(year, month, day).map_err(|_| ScheduleError::NoSuchDay(text.to_owned()))
}

/// The days an account is shown: from `from` through `until`, both included; an open
/// end when a date is not given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    pub from: Option<Date>,
    pub until: Option<Date>,
}

/// When an account's visibility next changes: the first day it is shown, or the first
/// day it is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Shows(Date),
    Hides(Date),
}

impl Window {
    /// Checks that `until` is not before `from`.
    pub fn new(from: Option<Date>, until: Option<Date>) -> Result<Self, ScheduleError> {
        match (from, until) {
            (Some(from), Some(until)) if until < from => {
                Err(ScheduleError::UntilBeforeFrom { from, until })
            }
            _ => Ok(Self { from, until }),
        }
    }

    /// Whether the window has a date at all.
    pub fn is_scheduled(&self) -> bool {
        self.from.is_some() || self.until.is_some()
    }

    /// Whether the account is shown on `today`.
    pub fn is_shown(&self, today: Date) -> bool {
        self.from.is_none_or(|from| from <= today) && self.until.is_none_or(|until| today <= until)
    }

    /// The next change after `today`; `None` when there is none (no window, or it has
    /// ended, or it runs to the end of the calendar).
    pub fn next_change(&self, today: Date) -> Option<Change> {
        match self.from {
            Some(from) if today < from => Some(Change::Shows(from)),
            _ => {
                let until = self.until.filter(|&until| today <= until)?;
                until.tomorrow().ok().map(Change::Hides)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(seconds).unwrap()
    }

    fn day(text: &str) -> Date {
        date(text).unwrap()
    }

    /// Epochs worked out with GNU `date` and the system's zone files, a source
    /// independent of the bundled database.
    const SHANGHAI_NOV_1_START: i64 = 1_793_462_400; // 2026-11-01 00:00:00 +08
    const SHANGHAI_NOV_11_END: i64 = 1_794_412_799; // 2026-11-11 23:59:59 +08
    const LA_NOV_1_START: i64 = 1_793_516_400; // 2026-11-01 00:00:00 -07 (PDT)
    const LA_NOV_11_END: i64 = 1_794_470_399; // 2026-11-11 23:59:59 -08 (PST)

    #[test]
    fn the_window_edges_in_two_zones() {
        let window = Window::new(Some(day("2026-11-01")), Some(day("2026-11-11"))).unwrap();
        let shanghai = zone(None).unwrap();
        let la = zone(Some("America/Los_Angeles")).unwrap();
        let shown = |z: &Zone, s: i64| window.is_shown(z.today(at(s)));
        for (z, start, end) in [
            (&shanghai, SHANGHAI_NOV_1_START, SHANGHAI_NOV_11_END),
            (&la, LA_NOV_1_START, LA_NOV_11_END),
        ] {
            assert!(!shown(z, start - 1), "{} before the first day", z.name());
            assert!(shown(z, start), "{} first day", z.name());
            assert!(shown(z, end), "{} last second of the last day", z.name());
            assert!(!shown(z, end + 1), "{} the day after", z.name());
        }
        // The same instant is a different day in the two zones.
        assert!(shown(&shanghai, SHANGHAI_NOV_1_START));
        assert!(!shown(&la, SHANGHAI_NOV_1_START));
        assert_eq!(la.today(at(SHANGHAI_NOV_1_START)), day("2026-10-31"));
    }

    #[test]
    fn source_date_epoch_sets_now_and_bad_values_are_errors() {
        assert_eq!(now(Some("1793462400")).unwrap(), at(SHANGHAI_NOV_1_START));
        assert_eq!(
            zone(None).unwrap().today(now(Some("0")).unwrap()),
            day("1970-01-01")
        );
        for bad in ["-1", "1.5", "tomorrow", "99999999999999999999", "1e9"] {
            assert_eq!(
                now(Some(bad)),
                Err(ScheduleError::BadEpoch(bad.into())),
                "{bad}"
            );
        }
        // Unset or empty: the clock, which is past this code's writing.
        for unset in [None, Some(""), Some("  ")] {
            assert!(now(unset).unwrap() > at(SHANGHAI_NOV_1_START - 365 * 86_400));
        }
    }

    #[test]
    fn dates_are_strict() {
        assert_eq!(day("2026-02-28"), Date::new(2026, 2, 28).unwrap());
        assert_eq!(day("2028-02-29"), Date::new(2028, 2, 29).unwrap());
        for shape in [
            "2026-1-01",
            "2026/11/01",
            "20261101",
            " 2026-11-01",
            "2026-11-01T00",
            "",
            "２０２６-１１-０１",
        ] {
            assert_eq!(
                date(shape),
                Err(ScheduleError::BadDate(shape.into())),
                "{shape}"
            );
        }
        for impossible in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31"] {
            assert_eq!(
                date(impossible),
                Err(ScheduleError::NoSuchDay(impossible.into()))
            );
        }
    }

    #[test]
    fn until_may_not_be_before_from() {
        let (a, b) = (day("2026-11-01"), day("2026-11-02"));
        assert!(Window::new(Some(a), Some(a)).is_ok(), "one day");
        let error = Window::new(Some(b), Some(a)).unwrap_err();
        assert_eq!(error, ScheduleError::UntilBeforeFrom { from: b, until: a });
        assert_eq!(
            error.to_string(),
            "`until` (2026-11-01) is before `from` (2026-11-02)"
        );
    }

    #[test]
    fn the_next_change() {
        let (from, until) = (day("2026-11-01"), day("2026-11-11"));
        let both = Window::new(Some(from), Some(until)).unwrap();
        assert_eq!(
            both.next_change(day("2026-10-31")),
            Some(Change::Shows(from))
        );
        assert_eq!(
            both.next_change(from),
            Some(Change::Hides(day("2026-11-12")))
        );
        assert_eq!(
            both.next_change(until),
            Some(Change::Hides(day("2026-11-12")))
        );
        assert_eq!(both.next_change(day("2026-11-12")), None);
        let open_end = Window::new(Some(from), None).unwrap();
        assert_eq!(open_end.next_change(from), None);
        assert!(open_end.is_shown(day("9999-12-31")));
        let open_start = Window::new(None, Some(until)).unwrap();
        assert!(open_start.is_shown(day("0001-01-01")));
        assert_eq!(
            open_start.next_change(from),
            Some(Change::Hides(day("2026-11-12")))
        );
        let to_the_end = Window::new(None, Some(day("9999-12-31"))).unwrap();
        assert_eq!(to_the_end.next_change(from), None);
        let none = Window::default();
        assert!(!none.is_scheduled() && none.is_shown(from) && none.next_change(from).is_none());
    }

    #[test]
    fn zones_are_checked_and_misspellings_get_the_closest_names() {
        assert_eq!(zone(None).unwrap().name(), "Asia/Shanghai");
        assert_eq!(zone(Some("asia/shanghai")).unwrap().name(), "Asia/Shanghai");
        assert_eq!(zone(Some("UTC")).unwrap().name(), "UTC");
        let cases: &[(&str, &str)] = &[
            ("Asia/Shangai", "Asia/Shanghai"),
            ("Shanghai", "Asia/Shanghai"),
            ("Asia/Beijing", "Asia/Shanghai"),
            ("Europe/Londn", "Europe/London"),
            ("America/New York", "America/New_York"),
        ];
        for &(typo, want) in cases {
            let error = zone(Some(typo)).unwrap_err();
            let ScheduleError::UnknownZone { closest, .. } = &error else {
                panic!("{typo}: {error:?}");
            };
            assert_eq!(
                closest.first().map(String::as_str),
                Some(want),
                "{typo}: {closest:?}"
            );
            assert!(error.hint().unwrap().contains(want));
        }
        // The bundled database, never the system's: the same answer on every machine.
        assert!(format!("{:?}", jiff::tz::db()).contains("Bundled"));
        let error = zone(Some("Etc/Unknown")).unwrap_err();
        assert!(
            matches!(error, ScheduleError::UnknownZone { .. }),
            "{error:?}"
        );
        let nothing_close = zone(Some("qqqqqqqqqqqqqqqqqqqq")).unwrap_err();
        assert!(nothing_close.hint().unwrap().contains("UTC"));
    }
}
