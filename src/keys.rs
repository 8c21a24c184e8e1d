//! `keys.lock` and key assignment: the part of `go/<key>/` that printed codes depend on.
//!
//! Takes the accounts of a profile as identities (platform and id, or platform and url),
//! each with its optional fixed `key:`, and the lock read from `keys.lock`; gives each
//! account its key, the lock to write back (the old one plus every key handed out now),
//! the keys whose account is no longer shown (retired) and the older keys of accounts
//! still shown (aliases). A key, once in the lock, is never given to another account and
//! never leaves the lock: the lock only grows.
//!
//! The file format, one key a line after a header comment, sorted by key:
//!
//! ```text
//! bilibili bilibili id "12345678"
//! link link url "https://shop.example.com/sale"
//! wx wechat id "xiaoman_art"
//! ```
//!
//! The value is a JSON string, so any id or URL round-trips exactly and no YAML or TOML
//! parser is needed. This module does not read or write files, and does not know the
//! profile's types: the caller builds the [`Identity`] of each account.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt;

use crate::diagnostic::Location;

/// The lock's file name, beside `site.yaml`.
pub const FILE_NAME: &str = "keys.lock";

/// A key the site itself uses: `qr/site.svg` is the hub's own code.
const RESERVED: &[&str] = &["site"];

/// The longest key a lock may hold. Generated keys (`taobao_shop-12`) keep the
/// platform id's `_`, so the lock accepts a little more than a fixed `key:` may say.
const LOCK_KEY_MAX: usize = 64;

const HEADER: &str = "\
# keys.lock: the address go/<key>/ that hutong gave each account of this site.
# Commit this file. Printed QR codes lead to these addresses, so a key stays with its
# account for good: hutong adds lines and never changes or removes one. To give a key
# to another account on purpose, edit its line.
# Each line: key, platform, `id` or `url`, and the value as a JSON string.
";

/// What an account is, for the lock: the same platform and id (or url) is the same
/// account, wherever it stands in the profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Identity {
    /// A registry id (`wechat`, `link`).
    pub platform: String,
    pub target: Target,
}

/// How an account is told apart from others on its platform: its id when it has one,
/// else its URL.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Target {
    Id(String),
    Url(String),
}

impl Identity {
    pub fn id(platform: &str, id: &str) -> Self {
        Self {
            platform: platform.to_owned(),
            target: Target::Id(id.to_owned()),
        }
    }

    pub fn url(platform: &str, url: &str) -> Self {
        Self {
            platform: platform.to_owned(),
            target: Target::Url(url.to_owned()),
        }
    }
}

/// As in the lock: `wechat id "xiaoman_art"`.
impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, value) = match &self.target {
            Target::Id(v) => ("id", v),
            Target::Url(v) => ("url", v),
        };
        let quoted = serde_json::to_string(value).map_err(|_| fmt::Error)?;
        write!(f, "{} {kind} {quoted}", self.platform)
    }
}

/// Every key handed out, with the account it belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    keys: BTreeMap<String, Identity>,
}

impl Lock {
    /// The account `key` belongs to.
    pub fn get(&self, key: &str) -> Option<&Identity> {
        self.keys.get(key)
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Keys and their accounts in the file's order: `wechat`, `wechat-2`, … `wechat-10`.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Identity)> {
        let mut entries: Vec<_> = self.keys.iter().map(|(k, i)| (k.as_str(), i)).collect();
        entries.sort_by(|a, b| natural(a.0, b.0));
        entries.into_iter()
    }
}

/// The file's text: the header, then one line per key. The same lock gives the same
/// text, and [`parse`] gives the lock back.
impl fmt::Display for Lock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(HEADER)?;
        for (key, identity) in self.iter() {
            writeln!(f, "{key} {identity}")?;
        }
        Ok(())
    }
}

/// A line of `keys.lock` that does not parse: where, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {}, column {}: {kind}", at.line, at.col)]
pub struct LockError {
    pub at: Location,
    pub kind: LockErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LockErrorKind {
    #[error("the line ends early: expected a key, a platform, `id` or `url`, and a quoted value")]
    Incomplete,
    #[error(
        "`{0}` is not a key: lowercase letters, digits, `-` and `_`, starting with a letter or digit, at most {LOCK_KEY_MAX} characters"
    )]
    BadKey(String),
    #[error("`{0}` is used by the site itself and cannot be an account's key")]
    ReservedKey(String),
    #[error("`{0}` is not a platform id: lowercase letters, digits and `_`")]
    BadPlatform(String),
    #[error("expected `id` or `url`, found `{0}`")]
    BadKind(String),
    #[error("expected a value in double quotes, as JSON writes strings: {0}")]
    BadValue(String),
    #[error("the key `{key}` is already on line {first_line}")]
    DuplicateKey { key: String, first_line: usize },
}

/// Reads `keys.lock`. Blank lines and lines starting with `#` are skipped; fields are
/// separated by spaces or tabs. The first line that does not parse is an error: a lock
/// that cannot be read must stop the build, never be silently replaced.
pub fn parse(text: &str) -> Result<Lock, LockError> {
    let mut keys = BTreeMap::new();
    let mut lines_of: HashMap<String, usize> = HashMap::new();
    let mut offset = 0;
    for (index, raw) in text.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let number = index + 1;
        let at = |start: usize, end: usize| Location {
            line: number,
            col: line[..start].chars().count() + 1,
            start: line_start + start,
            end: line_start + end,
        };
        let err = |start: usize, end: usize, kind| LockError {
            at: at(start, end),
            kind,
        };
        let content = line.trim_start_matches([' ', '\t']);
        if content.is_empty() || content.starts_with('#') {
            continue;
        }
        let mut fields = Fields { line, pos: 0 };
        let incomplete = |pos: usize| err(pos, line.len(), LockErrorKind::Incomplete);
        let (ks, key) = fields.next().ok_or_else(|| incomplete(line.len()))?;
        if !is_lock_key(key) {
            return Err(err(ks, ks + key.len(), LockErrorKind::BadKey(key.into())));
        }
        if RESERVED.contains(&key) {
            let kind = LockErrorKind::ReservedKey(key.into());
            return Err(err(ks, ks + key.len(), kind));
        }
        let (ps, platform) = fields.next().ok_or_else(|| incomplete(line.len()))?;
        if !is_platform(platform) {
            let kind = LockErrorKind::BadPlatform(platform.into());
            return Err(err(ps, ps + platform.len(), kind));
        }
        let (ts, kind) = fields.next().ok_or_else(|| incomplete(line.len()))?;
        let wrap: fn(String) -> Target = match kind {
            "id" => Target::Id,
            "url" => Target::Url,
            _ => {
                return Err(err(
                    ts,
                    ts + kind.len(),
                    LockErrorKind::BadKind(kind.into()),
                ));
            }
        };
        let (vs, _) = fields.next().ok_or_else(|| incomplete(line.len()))?;
        let rest = line[vs..].trim_end_matches([' ', '\t']);
        let value: String = serde_json::from_str(rest).map_err(|e| {
            // serde_json counts columns in bytes from 1, within `rest`.
            let col = vs + e.column().saturating_sub(1).min(rest.len());
            let col = (0..=col)
                .rev()
                .find(|&c| line.is_char_boundary(c))
                .unwrap_or(vs);
            let message = e.to_string();
            let message = message
                .split(" at line")
                .next()
                .unwrap_or(&message)
                .to_owned();
            err(col, vs + rest.len(), LockErrorKind::BadValue(message))
        })?;
        if let Some(&first_line) = lines_of.get(key) {
            let kind = LockErrorKind::DuplicateKey {
                key: key.into(),
                first_line,
            };
            return Err(err(ks, ks + key.len(), kind));
        }
        lines_of.insert(key.to_owned(), number);
        let identity = Identity {
            platform: platform.to_owned(),
            target: wrap(value),
        };
        keys.insert(key.to_owned(), identity);
    }
    Ok(Lock { keys })
}

/// The whitespace-separated words of a line, with their byte offsets.
struct Fields<'a> {
    line: &'a str,
    pos: usize,
}

impl<'a> Iterator for Fields<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.line[self.pos..];
        let start = self.pos + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
        let word = self.line[start..].split([' ', '\t']).next()?;
        if word.is_empty() {
            return None;
        }
        self.pos = start + word.len();
        Some((start, word))
    }
}

/// `[a-z0-9][a-z0-9-]{0,39}`: what a `key:` in the profile may say.
pub fn is_valid_key(key: &str) -> bool {
    key.len() <= 40
        && first_then(key, |b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
        })
}

/// A valid key made of a key that is not one: lower case, every other character a
/// hyphen, none at the ends. `None` when even that is not valid (nothing is left, or
/// it is too long).
pub fn suggest_key(key: &str) -> Option<String> {
    let suggestion: String = key
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let suggestion = suggestion.trim_matches('-');
    is_valid_key(suggestion).then(|| suggestion.to_owned())
}

/// Whether the site itself uses `key` (`site`: `qr/site.svg` is the hub's code).
pub fn is_reserved(key: &str) -> bool {
    RESERVED.contains(&key)
}

/// A key in the lock: a fixed key, or a generated one (`taobao_shop-2`).
fn is_lock_key(key: &str) -> bool {
    key.len() <= LOCK_KEY_MAX
        && first_then(key, |b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
        })
}

fn is_platform(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= LOCK_KEY_MAX
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A lowercase letter or digit first, then bytes that pass `rest`.
fn first_then(s: &str, rest: impl Fn(u8) -> bool) -> bool {
    let mut bytes = s.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(rest)
}

/// Orders keys as a reader expects: runs of digits by their value, so `wechat-2` comes
/// before `wechat-10`; ties (`01`, `1`) fall back to the bytes, so the order is total.
fn natural(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    loop {
        match (x.first(), y.first()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) if p.is_ascii_digit() && q.is_ascii_digit() => {
                let (dx, rx) = split_digits(x);
                let (dy, ry) = split_digits(y);
                let (nx, ny) = (trim_zeros(dx), trim_zeros(dy));
                let order = nx.len().cmp(&ny.len()).then_with(|| nx.cmp(ny));
                if order != Ordering::Equal {
                    return order;
                }
                (x, y) = (rx, ry);
            }
            (Some(p), Some(q)) => {
                if p != q {
                    return p.cmp(q);
                }
                (x, y) = (&x[1..], &y[1..]);
            }
        }
    }
}

fn split_digits(s: &[u8]) -> (&[u8], &[u8]) {
    let n = s.iter().take_while(|b| b.is_ascii_digit()).count();
    s.split_at(n)
}

fn trim_zeros(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|&&b| b == b'0').count();
    &s[n..]
}

/// One account of the profile, as key assignment sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub identity: Identity,
    /// The account's `key:`, when the profile fixes one.
    pub key: Option<String>,
    /// Whether the site shows the account today (not hidden, inside its schedule).
    /// Accounts that are not shown still keep (or get) their key; their go pages are
    /// the retired ones.
    pub shown: bool,
}

/// What [`assign`] gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assigned {
    /// One key per account, in the order given.
    pub keys: Vec<String>,
    /// The lock to write back: the old one plus every key handed out now.
    pub lock: Lock,
    /// Keys in the lock whose account is not shown: removed, hidden or out of its
    /// schedule. Their go pages send visitors to the hub. In the lock's order.
    pub retired: Vec<String>,
    /// Other keys of accounts that are shown (an account whose `key:` was added or
    /// removed keeps its older key too). Their go pages lead where the account's do.
    pub aliases: Vec<Alias>,
}

/// A key that leads to an account shown under another key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub key: String,
    /// The index of the account in the slice given to [`assign`].
    pub account: usize,
}

/// A `key:` that cannot be used. Accounts are named by their index in the slice given
/// to [`assign`], so the caller can point at them in the profile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error(
        "`{key}` is not a valid key: lowercase letters, digits and `-`, starting with a letter or digit, at most 40 characters"
    )]
    BadFormat { account: usize, key: String },
    #[error("`{key}` is used by the site itself (qr/{key}.svg is the hub's code)")]
    Reserved { account: usize, key: String },
    #[error("the key `{key}` is fixed on two accounts")]
    Duplicate {
        key: String,
        first: usize,
        second: usize,
    },
    #[error("the key `{key}` belongs to {owner} in keys.lock, not to {identity}")]
    Taken {
        key: String,
        account: usize,
        identity: Identity,
        owner: Identity,
    },
}

impl KeyError {
    /// How to fix it.
    pub fn hint(&self) -> String {
        match self {
            Self::BadFormat { key, .. } => match suggest_key(key) {
                Some(suggestion) => format!("for example `{suggestion}`"),
                None => "for example `shop` or `wx-2`".to_owned(),
            },
            Self::Reserved { .. } | Self::Duplicate { .. } => "pick another key".to_owned(),
            Self::Taken { key, .. } => format!(
                "a printed code for go/{key}/ leads to that account; pick another key, or, to \
                 hand `{key}` over on purpose, change its line in keys.lock"
            ),
        }
    }
}

/// Gives every account its key. A fixed `key:` wins; otherwise an account keeps the key
/// the lock holds for it; otherwise it takes the first free key among its platform id,
/// then `-2`, `-3`… (free: not in the lock, not fixed in the profile, not given now).
/// The same account listed twice takes its keys in the lock's order, one each.
///
/// With an empty lock and no fixed keys this gives what positions gave before the lock
/// existed: the platform id, with `-2`, `-3`… for repeats in the order given.
pub fn assign(accounts: &[Account], lock: &Lock) -> Result<Assigned, Vec<KeyError>> {
    let fixed = fixed_keys(accounts, lock)?;

    // Each account's keys in the lock, less those fixed in the profile (they go to the
    // account that fixes them).
    let mut pools: HashMap<&Identity, VecDeque<&str>> = HashMap::new();
    for (key, identity) in lock.iter() {
        if !fixed.contains(key) {
            pools.entry(identity).or_default().push_back(key);
        }
    }
    let mut keys: Vec<Option<String>> = accounts
        .iter()
        .map(|a| {
            a.key.clone().or_else(|| {
                let pool = pools.get_mut(&a.identity)?;
                pool.pop_front().map(str::to_owned)
            })
        })
        .collect();

    let mut taken: HashSet<String> = lock.keys.keys().cloned().collect();
    taken.extend(fixed.iter().map(|k| (*k).to_owned()));
    for (slot, account) in keys.iter_mut().zip(accounts) {
        if slot.is_none() {
            let key = first_free(&account.identity.platform, &taken);
            taken.insert(key.clone());
            *slot = Some(key);
        }
    }
    let keys: Vec<String> = keys.into_iter().flatten().collect();

    let mut new = lock.clone();
    for (key, account) in keys.iter().zip(accounts) {
        new.keys
            .entry(key.clone())
            .or_insert_with(|| account.identity.clone());
    }

    let live: HashSet<&str> = keys
        .iter()
        .zip(accounts)
        .filter(|(_, a)| a.shown)
        .map(|(k, _)| k.as_str())
        .collect();
    let mut first_shown: HashMap<&Identity, usize> = HashMap::new();
    for (index, account) in accounts.iter().enumerate().rev() {
        if account.shown {
            first_shown.insert(&account.identity, index);
        }
    }
    let mut retired = Vec::new();
    let mut aliases = Vec::new();
    for (key, identity) in new.iter() {
        if live.contains(key) {
            continue;
        }
        match first_shown.get(identity) {
            Some(&account) => aliases.push(Alias {
                key: key.to_owned(),
                account,
            }),
            None => retired.push(key.to_owned()),
        }
    }
    Ok(Assigned {
        keys,
        lock: new,
        retired,
        aliases,
    })
}

/// Checks the fixed keys; gives them as a set.
fn fixed_keys<'a>(accounts: &'a [Account], lock: &Lock) -> Result<HashSet<&'a str>, Vec<KeyError>> {
    let mut errors = Vec::new();
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (account, a) in accounts.iter().enumerate() {
        let Some(key) = a.key.as_deref() else {
            continue;
        };
        let owned = || key.to_owned();
        if !is_valid_key(key) {
            errors.push(KeyError::BadFormat {
                account,
                key: owned(),
            });
        } else if RESERVED.contains(&key) {
            errors.push(KeyError::Reserved {
                account,
                key: owned(),
            });
        } else if let Some(&earlier) = first.get(key) {
            errors.push(KeyError::Duplicate {
                key: owned(),
                first: earlier,
                second: account,
            });
        } else {
            first.insert(key, account);
            if let Some(owner) = lock.get(key).filter(|o| **o != a.identity) {
                errors.push(KeyError::Taken {
                    key: owned(),
                    account,
                    identity: a.identity.clone(),
                    owner: owner.clone(),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(first.into_keys().collect())
    } else {
        Err(errors)
    }
}

/// `platform`, else `platform-2`, `platform-3`…: the first not taken.
fn first_free(platform: &str, taken: &HashSet<String>) -> String {
    if !taken.contains(platform) {
        return platform.to_owned();
    }
    (2..)
        .map(|n| format!("{platform}-{n}"))
        .find(|k| !taken.contains(k))
        .unwrap_or_else(|| platform.to_owned())
}

#[cfg(test)]
mod tests;
