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
            Self::BadFormat { key, .. } => {
                let suggestion: String = key
                    .to_lowercase()
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                    .collect();
                let suggestion = suggestion.trim_matches('-');
                if is_valid_key(suggestion) {
                    format!("for example `{suggestion}`")
                } else {
                    "for example `shop` or `wx-2`".to_owned()
                }
            }
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
mod tests {
    use super::*;

    fn account(platform: &str, id: &str) -> Account {
        Account {
            identity: Identity::id(platform, id),
            key: None,
            shown: true,
        }
    }

    fn fixed(platform: &str, id: &str, key: &str) -> Account {
        Account {
            key: Some(key.to_owned()),
            ..account(platform, id)
        }
    }

    fn assign_ok(accounts: &[Account], lock: &Lock) -> Assigned {
        assign(accounts, lock).unwrap_or_else(|e| panic!("keys assign: {e:?}"))
    }

    fn keys_of(accounts: &[Account], lock: &Lock) -> Vec<String> {
        assign_ok(accounts, lock).keys
    }

    /// The keys each account had, looked up by identity.
    fn by_identity(accounts: &[Account], keys: &[String]) -> HashMap<Identity, String> {
        accounts
            .iter()
            .zip(keys)
            .map(|(a, k)| (a.identity.clone(), k.clone()))
            .collect()
    }

    #[test]
    fn new_accounts_take_the_platform_id_then_numbers() {
        let accounts = [
            account("taobao_shop", "1"),
            account("wechat", "a"),
            account("taobao_shop", "2"),
            account("taobao_shop", "3"),
        ];
        assert_eq!(
            keys_of(&accounts, &Lock::default()),
            ["taobao_shop", "wechat", "taobao_shop-2", "taobao_shop-3"]
        );
    }

    #[test]
    fn an_empty_lock_gives_the_keys_links_gave_by_position() {
        let yaml = "\
name: Test
base_url: https://example.com/test/
accounts:
  - platform: bilibili
    id: \"1\"
  - platform: taobao_shop
    id: \"11\"
    hidden: true
  - platform: bilibili
    id: \"2\"
  - platform: taobao_shop
    id: \"12\"
  - url: https://space.bilibili.com/3
  - platform: link
    url: https://shop.example.com/
  - platform: link
    url: https://shop.example.com/sale
  - platform: taobao_shop
    id: \"13\"
";
        let parsed = crate::profile::parse(yaml);
        let profile = parsed
            .profile
            .unwrap_or_else(|| panic!("a valid profile: {:#?}", parsed.diagnostics));
        let accounts: Vec<Account> = profile
            .accounts
            .iter()
            .map(|a| Account {
                identity: match (&a.id, &a.url) {
                    (Some(id), _) => Identity::id(a.platform.id, id),
                    (None, Some(url)) => Identity::url(a.platform.id, url.as_str()),
                    (None, None) => unreachable!("the profile checks that one is given"),
                },
                key: None,
                shown: !a.hidden,
            })
            .collect();
        let assigned = assign_ok(&accounts, &Lock::default());
        let shown: Vec<&str> = assigned
            .keys
            .iter()
            .zip(&accounts)
            .filter(|(_, a)| a.shown)
            .map(|(k, _)| k.as_str())
            .collect();
        let by_position: Vec<String> = crate::links::resolve(&profile)
            .into_iter()
            .map(|l| l.key)
            .collect();
        assert_eq!(shown, by_position);
        assert_eq!(assigned.keys.len(), 8);
        // The hidden account's key is handed out (and kept), its page retired.
        assert_eq!(assigned.retired, ["taobao_shop"]);
        assert_eq!(assigned.lock.len(), 8);
        assert_eq!(assigned.keys[4], "bilibili-3");
    }

    #[test]
    fn reordering_keeps_every_key() {
        let before = [
            account("instagram", "old"),
            account("wechat", "w"),
            account("instagram", "new"),
        ];
        let first = assign_ok(&before, &Lock::default());
        let after = [
            account("instagram", "new"),
            account("instagram", "old"),
            account("wechat", "w"),
        ];
        let second = assign_ok(&after, &first.lock);
        assert_eq!(second.keys, ["instagram-2", "instagram", "wechat"]);
        assert_eq!(
            by_identity(&before, &first.keys),
            by_identity(&after, &second.keys)
        );
        assert_eq!(second.lock, first.lock, "nothing new to remember");
        assert!(second.retired.is_empty() && second.aliases.is_empty());
    }

    #[test]
    fn a_new_account_takes_the_first_free_key() {
        let first = assign_ok(
            &[account("x", "a"), account("x", "b"), account("x", "c")],
            &Lock::default(),
        );
        // `x-2` is removed; a new `x` account must not take it over.
        let second = assign_ok(
            &[account("x", "d"), account("x", "a"), account("x", "c")],
            &first.lock,
        );
        assert_eq!(second.keys, ["x-4", "x", "x-3"]);
        assert_eq!(second.retired, ["x-2"]);
        assert_eq!(second.lock.get("x-2"), Some(&Identity::id("x", "b")));
        assert_eq!(second.lock.get("x-4"), Some(&Identity::id("x", "d")));
    }

    #[test]
    fn a_removed_account_retires_its_key_and_gets_it_back() {
        let all = [account("qq", "1"), account("qq", "2")];
        let first = assign_ok(&all, &Lock::default());
        let second = assign_ok(&all[1..], &first.lock);
        assert_eq!(second.keys, ["qq-2"]);
        assert_eq!(second.retired, ["qq"]);
        // Scheduled out, then back: the same key.
        let third = assign_ok(&all, &second.lock);
        assert_eq!(third.keys, ["qq", "qq-2"]);
        assert!(third.retired.is_empty());
    }

    #[test]
    fn an_account_not_shown_keeps_its_key_and_retires_its_page() {
        let mut accounts = [account("weibo", "1"), account("weibo", "2")];
        let first = assign_ok(&accounts, &Lock::default());
        accounts[0].shown = false;
        let second = assign_ok(&accounts, &first.lock);
        assert_eq!(second.keys, first.keys);
        assert_eq!(second.retired, ["weibo"]);
    }

    #[test]
    fn a_key_is_never_reused_for_another_account() {
        let mut lock = Lock::default();
        for round in 0..5 {
            // Each round lists only a brand-new account of the same platform.
            let id = round.to_string();
            let assigned = assign_ok(&[account("zhihu", &id)], &lock);
            let key = &assigned.keys[0];
            assert!(lock.get(key).is_none(), "round {round} reused {key}");
            lock = assigned.lock;
        }
        assert_eq!(
            lock.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            ["zhihu", "zhihu-2", "zhihu-3", "zhihu-4", "zhihu-5"]
        );
    }

    #[test]
    fn a_fixed_key_wins_and_generated_keys_step_around_it() {
        let accounts = [
            account("wechat", "a"),
            fixed("wechat", "b", "wechat"),
            fixed("wechat", "c", "wx"),
        ];
        let assigned = assign_ok(&accounts, &Lock::default());
        assert_eq!(assigned.keys, ["wechat-2", "wechat", "wx"]);
        assert_eq!(assigned.lock.get("wx"), Some(&Identity::id("wechat", "c")));
    }

    #[test]
    fn adding_a_fixed_key_keeps_the_old_one_as_an_alias() {
        let first = assign_ok(&[account("wechat", "a")], &Lock::default());
        let accounts = [fixed("wechat", "a", "wx")];
        let second = assign_ok(&accounts, &first.lock);
        assert_eq!(second.keys, ["wx"]);
        assert_eq!(
            second.aliases,
            [Alias {
                key: "wechat".into(),
                account: 0
            }]
        );
        assert!(second.retired.is_empty());
        // Dropping `key:` again: the account keeps one of its own keys, never a new one.
        let third = assign_ok(&[account("wechat", "a")], &second.lock);
        assert_eq!(third.keys, ["wechat"]);
        assert_eq!(third.aliases.len(), 1);
        assert_eq!(third.lock, second.lock);
    }

    #[test]
    fn a_fixed_key_the_lock_gave_another_account_names_both() {
        let first = assign_ok(&[account("wechat", "old")], &Lock::default());
        let accounts = [fixed("wechat", "new", "wechat")];
        let errors = assign(&accounts, &first.lock).unwrap_err();
        assert_eq!(
            errors,
            [KeyError::Taken {
                key: "wechat".into(),
                account: 0,
                identity: Identity::id("wechat", "new"),
                owner: Identity::id("wechat", "old"),
            }]
        );
        let text = errors[0].to_string();
        assert!(text.contains(r#"wechat id "old""#), "{text}");
        assert!(text.contains(r#"wechat id "new""#), "{text}");
        assert!(errors[0].hint().contains("keys.lock"));
    }

    #[test]
    fn bad_duplicate_and_reserved_fixed_keys_are_all_reported() {
        let accounts = [
            fixed("x", "1", "My_Shop"),
            fixed("x", "2", "shop"),
            fixed("x", "3", "shop"),
            fixed("x", "4", "site"),
            fixed("x", "5", &"a".repeat(41)),
            fixed("x", "6", "-a"),
            fixed("x", "7", &"b".repeat(40)),
        ];
        let errors = assign(&accounts, &Lock::default()).unwrap_err();
        assert_eq!(
            errors,
            [
                KeyError::BadFormat {
                    account: 0,
                    key: "My_Shop".into()
                },
                KeyError::Duplicate {
                    key: "shop".into(),
                    first: 1,
                    second: 2
                },
                KeyError::Reserved {
                    account: 3,
                    key: "site".into()
                },
                KeyError::BadFormat {
                    account: 4,
                    key: "a".repeat(41)
                },
                KeyError::BadFormat {
                    account: 5,
                    key: "-a".into()
                },
            ]
        );
        assert_eq!(errors[0].hint(), "for example `my-shop`");
    }

    #[test]
    fn the_same_account_twice_gets_two_keys_that_stay() {
        let accounts = [account("link", "x"), account("link", "x")];
        let first = assign_ok(&accounts, &Lock::default());
        assert_eq!(first.keys, ["link", "link-2"]);
        let second = assign_ok(&accounts, &first.lock);
        assert_eq!(second.keys, first.keys);
        // One of the two removed: its key leads to the same account, not to the hub.
        let third = assign_ok(&accounts[..1], &first.lock);
        assert_eq!(third.keys, ["link"]);
        assert_eq!(
            third.aliases,
            [Alias {
                key: "link-2".into(),
                account: 0
            }]
        );
    }

    #[test]
    fn the_lock_round_trips_exactly() {
        let accounts = [
            account("wechat", "xiaoman_art"),
            account("wechat_oa", "小满的画室 \"工作室\"\t\\"),
            Account {
                identity: Identity::url("link", "https://shop.example.com/sale?a=1&b=%22"),
                key: None,
                shown: true,
            },
            fixed("bilibili", "12345678", "b"),
        ];
        let mut many: Vec<Account> = accounts.to_vec();
        many.extend((0..11).map(|n| account("x", &n.to_string())));
        let lock = assign_ok(&many, &Lock::default()).lock;
        let text = lock.to_string();
        assert_eq!(parse(&text), Ok(lock.clone()));
        assert_eq!(parse(&text).map(|l| l.to_string()), Ok(text.clone()));
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            lines[..5],
            [
                r#"b bilibili id "12345678""#,
                r#"link link url "https://shop.example.com/sale?a=1&b=%22""#,
                r#"wechat wechat id "xiaoman_art""#,
                r#"wechat_oa wechat_oa id "小满的画室 \"工作室\"\t\\""#,
                r#"x x id "0""#,
            ]
        );
        // Numbers in their order, not the bytes'.
        assert_eq!(lines[6], r#"x-3 x id "2""#);
        assert_eq!(lines.last(), Some(&r#"x-11 x id "10""#));
        assert!(text.starts_with("# keys.lock"));
        assert!(text.contains("Commit this file"));
    }

    #[test]
    fn the_lock_tolerates_hand_editing_that_keeps_its_meaning() {
        let text =
            "\r\n  # a comment\r\n\tqq\tqq  id   \"1\"  \r\nb bilibili url \"https://b23.tv/x\"";
        let lock = parse(text).unwrap();
        assert_eq!(lock.get("qq"), Some(&Identity::id("qq", "1")));
        assert_eq!(
            lock.get("b"),
            Some(&Identity::url("bilibili", "https://b23.tv/x"))
        );
        assert!(parse("").unwrap().is_empty());
    }

    #[test]
    fn a_broken_lock_is_refused_with_its_position() {
        let cases: &[(&str, usize, usize, &str)] = &[
            ("# ok\nwechat wechat id\n", 2, 17, "ends early"),
            ("Wx wechat id \"a\"\n", 1, 1, "not a key"),
            ("wx We-Chat id \"a\"\n", 1, 4, "not a platform"),
            ("wx wechat name \"a\"\n", 1, 11, "`id` or `url`"),
            ("wx wechat id a\n", 1, 14, "double quotes"),
            ("wx wechat id \"a\" trailing\n", 1, 18, "double quotes"),
            ("wx wechat id \"unterminated\n", 1, 26, "double quotes"),
            ("小 wechat id \"a\"\n", 1, 1, "not a key"),
            (
                "  site link url \"https://x.example/\"\n",
                1,
                3,
                "used by the site",
            ),
            ("a wechat id \"小满\" x\n", 1, 18, "double quotes"),
            (
                "a x id \"1\"\nb x id \"2\"\n  a x id \"3\"\n",
                3,
                3,
                "already on line 1",
            ),
        ];
        for &(text, line, col, words) in cases {
            let error = parse(text).expect_err(text);
            assert_eq!(
                (error.at.line, error.at.col),
                (line, col),
                "{text:?}: {error}"
            );
            let message = error.to_string();
            assert!(message.contains(words), "{text:?}: {message}");
            assert!(message.starts_with(&format!("line {line}, column {col}: ")));
            assert!(error.at.start <= error.at.end && error.at.end <= text.len());
        }
    }

    #[test]
    fn every_platform_id_makes_a_key_the_lock_accepts() {
        for platform in crate::platforms::all() {
            assert!(is_lock_key(platform.id), "{}", platform.id);
            assert!(is_platform(platform.id), "{}", platform.id);
            assert!(is_lock_key(&format!("{}-12", platform.id)));
        }
    }

    #[test]
    fn fixed_key_format() {
        for good in ["wx", "0", "shop-2", "a-", &"z".repeat(40)] {
            assert!(is_valid_key(good), "{good}");
        }
        for bad in [
            "",
            "-a",
            "Wx",
            "taobao_shop",
            "a b",
            "小",
            "a/b",
            &"z".repeat(41),
        ] {
            assert!(!is_valid_key(bad), "{bad}");
        }
    }
}
