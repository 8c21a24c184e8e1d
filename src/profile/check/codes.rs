//! The fields that keep printed codes working: a fixed `key:` (its format, the site's
//! own `site`, and no two accounts fixing the same one), the `from`/`until` window of a
//! scheduled account, and at most a few `featured` accounts.

use jiff::civil::Date;

use crate::diagnostic::Location;
use crate::keys;
use crate::messages;
use crate::profile::Account;
use crate::profile::fields::{FROM, Field, KEY, MAX_FEATURED, UNTIL};
use crate::profile::yaml::Node;
use crate::schedule::{self, ScheduleError, Window};

use super::{Checker, Fields};

impl Checker<'_> {
    /// No two accounts fix the same `key:`. (A key the lock gave another account is
    /// checked where the lock is read: see `profile::load`.)
    pub(super) fn fixed_keys_unique(&mut self, accounts: &[&Account]) -> bool {
        let mut ok = true;
        for (i, account) in accounts.iter().enumerate() {
            let (Some(key), Some(at)) = (&account.key, account.key_at) else {
                continue;
            };
            let earlier = accounts[..i]
                .iter()
                .find(|a| a.key.as_ref() == Some(key))
                .and_then(|a| a.key_at);
            if let Some(first) = earlier {
                let line = first.line.to_string();
                self.error(
                    Some(at),
                    messages::DUPLICATE_FIXED_KEY,
                    &[("key", key), ("line", &line)],
                    self.t(messages::HINT_OTHER_KEY),
                );
                ok = false;
            }
        }
        ok
    }

    /// At most [`MAX_FEATURED`] accounts shown with `featured: true`; the first one over
    /// the limit is pointed at.
    pub(super) fn featured_count(&mut self, accounts: &[&Account], node: &Node) -> bool {
        let featured: Vec<&Account> = accounts
            .iter()
            .copied()
            .filter(|a| a.featured && !a.hidden)
            .collect();
        if featured.len() <= MAX_FEATURED {
            return true;
        }
        let max = MAX_FEATURED.to_string();
        self.error(
            Some(featured.get(MAX_FEATURED).map_or(node.at, |a| a.at)),
            messages::TOO_MANY_FEATURED,
            &[("count", &featured.len().to_string()), ("max", &max)],
            self.f(messages::HINT_TOO_MANY_FEATURED, &[("max", &max)]),
        );
        false
    }

    /// `key:`: the format of a fixed key, and not the site's own `site`.
    pub(super) fn key(&mut self, fields: &Fields) -> Option<(String, Location)> {
        let (key, at) = self.text(fields, &KEY)?;
        if !keys::is_valid_key(&key) {
            let suggestion = keys::suggest_key(&key);
            let example = suggestion.as_deref().unwrap_or("shop");
            return self.refuse(
                at,
                messages::BAD_KEY,
                &[("key", &key)],
                self.f(messages::HINT_KEY_LIKE, &[("example", example)]),
            );
        }
        if keys::is_reserved(&key) {
            return self.refuse(
                at,
                messages::RESERVED_KEY,
                &[("key", &key)],
                self.t(messages::HINT_OTHER_KEY),
            );
        }
        Some((key, at))
    }

    /// `from` and `until`: dates, the second not before the first. A problem is
    /// reported and leaves the window open (the account is refused anyway).
    pub(super) fn window(&mut self, fields: &Fields) -> Window {
        let from = self.date(fields, &FROM);
        let until = self.date(fields, &UNTIL);
        let (Some((from, _)), Some((until, at))) = (from, until) else {
            return Window {
                from: from.map(|(d, _)| d),
                until: until.map(|(d, _)| d),
            };
        };
        Window::new(Some(from), Some(until)).unwrap_or_else(|_| {
            let (f, u) = (from.to_string(), until.to_string());
            self.error(
                Some(at),
                messages::UNTIL_BEFORE_FROM,
                &[("from", &f), ("until", &u)],
                self.t(messages::HINT_UNTIL_BEFORE_FROM),
            );
            Window::default()
        })
    }

    /// A `YYYY-MM-DD` date that exists.
    pub(super) fn date(&mut self, fields: &Fields, field: &Field) -> Option<(Date, Location)> {
        let (text, at) = self.text(fields, field)?;
        match schedule::date(&text) {
            Ok(date) => Some((date, at)),
            Err(ScheduleError::NoSuchDay(_)) => {
                self.error(
                    Some(at),
                    messages::NO_SUCH_DAY,
                    &[("text", &text)],
                    self.t(messages::HINT_NO_SUCH_DAY),
                );
                None
            }
            Err(_) => {
                self.error(
                    Some(at),
                    messages::BAD_DATE,
                    &[("key", field.key), ("text", &text)],
                    self.f(messages::HINT_DATE, &[("key", field.key)]),
                );
                None
            }
        }
    }
}
