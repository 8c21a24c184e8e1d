//! The accounts of a profile: the list itself, then each account in named steps — read
//! its lines as text, find its platform (given, or recognised from its `url`), check
//! the `url` against the platform's hosts, the `id` against its forms, that one of the
//! two is there, and the `app_id` against the platform's rule. What a phone pastes
//! (share texts, short links, full-width ids, QR images) is read in `pasted`; the fields
//! that keep printed codes working (`key`, `from`/`until`, `featured`) in `codes`.

use url::Url;

use crate::Lang;
use crate::diagnostic::Location;
use crate::messages;
use crate::platforms::{self, Kind, Platform};
use crate::profile::fields::{
    ACCOUNTS, APP_ID, FEATURED, GROUP, HIDDEN, ID, LABEL, MAX_QR_BYTES, NOTE, PLATFORM, QR,
    QR_IMAGE, QR_IMAGE_EXTENSIONS, URL,
};
use crate::profile::yaml::{Node, Value};
use crate::profile::{Account, QrImage};
use crate::schedule::Window;

use super::{Checker, Fields, Part, Place, first_line};

/// One account's values as written, each checked as text (or as a boolean) but not yet
/// against the others or its platform.
struct Written {
    platform: Option<&'static Platform>,
    url: Option<(Url, Location)>,
    id: Option<(String, Location)>,
    app_id: Option<(String, Location)>,
    qr: Option<(String, Location)>,
    qr_image: Option<QrImage>,
    note: Option<String>,
    label: Option<String>,
    group: Option<String>,
    hidden: Option<bool>,
    key: Option<(String, Location)>,
    window: Window,
    featured: Option<bool>,
}

impl Checker<'_> {
    /// `accounts`: a list of 1 to [`ACCOUNTS`]'s limit accounts. `None` when it is
    /// missing (the missing key was reported with the other required ones) or any
    /// account has an error; every account is checked either way.
    pub(super) fn accounts(&mut self, fields: &Fields) -> Option<Vec<Account>> {
        let node = fields.get(ACCOUNTS.key)?;
        let Value::Seq(items) = &node.value else {
            return self.refuse(
                node.at,
                messages::ACCOUNTS_NOT_LIST,
                &[("kind", node.kind_in(self.lang))],
                self.t(messages::HINT_ACCOUNTS_LIST),
            );
        };
        if items.is_empty() {
            return self.refuse(
                node.at,
                messages::ACCOUNTS_EMPTY,
                &[],
                self.t(messages::HINT_ACCOUNTS_EMPTY),
            );
        }
        if items.len() > ACCOUNTS.limit {
            return self.refuse(
                node.at,
                messages::TOO_MANY_ACCOUNTS,
                &[
                    ("count", &items.len().to_string()),
                    ("max", &ACCOUNTS.limit.to_string()),
                ],
                self.t(messages::HINT_SPLIT_SITES),
            );
        }
        let accounts: Vec<Option<Account>> = items.iter().map(|item| self.account(item)).collect();
        // Checked across the accounts that could be read, so one bad account does not
        // hide a duplicate key between two others.
        let read: Vec<&Account> = accounts.iter().flatten().collect();
        let keys_ok = self.fixed_keys_unique(&read);
        let featured_ok = self.featured_count(&read, node);
        let accounts: Vec<Account> = accounts.into_iter().collect::<Option<_>>()?;
        (keys_ok && featured_ok).then_some(accounts)
    }

    fn account(&mut self, node: &Node) -> Option<Account> {
        let errors_before = self.error_count();
        let fields = self.fields(node, Part::Account)?;
        let written = self.written(&fields);
        if self.error_count() > errors_before {
            return None;
        }
        let platform = self.account_platform(written.platform, written.url.as_ref(), node)?;
        let mut account = Account {
            platform,
            id: None,
            url: None,
            app_id: None,
            qr_at: written.qr.as_ref().map(|(_, at)| *at),
            qr: written.qr.map(|(qr, _)| qr),
            qr_image: written.qr_image,
            note: written.note,
            label: written.label,
            group: written.group,
            hidden: written.hidden.unwrap_or(false),
            key_at: written.key.as_ref().map(|(_, at)| *at),
            key: written.key.map(|(k, _)| k),
            window: written.window,
            featured: written.featured.unwrap_or(false),
            at: node.at,
        };
        if let Some((url, at)) = written.url {
            self.check_account_url(platform, &url, at)?;
            self.check_is_profile(platform, &url, at)?;
            self.short_link(platform, &url, at);
            // The one such link today is the Mini Program URL Link, which WeChat lets
            // live 30 days at most: the go page keeps printed codes working meanwhile.
            if platform.opens_wechat_anywhere(&url) {
                self.warning(
                    at,
                    messages::URL_LINK_EXPIRES,
                    &[("host", url.host_str().unwrap_or(""))],
                    self.t(messages::HINT_URL_LINK_EXPIRES),
                );
            }
            account.id = platform.id_from_url(&url);
            if written.id.is_none()
                && let Some(id) = &account.id
            {
                self.oa_biz(platform, id, at);
                self.starter_id(platform, id, at);
            }
            account.url = Some(url);
        }
        if let Some((id, at)) = written.id {
            self.check_id(platform, &id, at, account.id.as_deref())?;
            self.oa_biz(platform, &id, at);
            self.starter_id(platform, &id, at);
            account.id = Some(id);
        }
        self.check_id_or_url(&account, node)?;
        if platform.id == "wechat"
            && !account.hidden
            && account.qr.is_none()
            && account.qr_image.is_none()
        {
            self.warning(
                first_line(node),
                messages::WECHAT_NO_QR,
                &[],
                self.t(messages::HINT_WECHAT_NO_QR),
            );
        }
        account.app_id = self.app_id(&account, written.app_id, node)?;
        Some(account)
    }

    /// Reads each line of an account, reporting what is wrong with any of them alone.
    fn written(&mut self, fields: &Fields) -> Written {
        let platform = self.platform(fields);
        let url = self.url(fields);
        let id = self
            .text(fields, &ID)
            .map(|(id, at)| (self.ascii_id(id, at), at));
        let app_id = self.text(fields, &APP_ID);
        let qr = self.text(fields, &QR);
        let qr_image = self.qr_image(fields);
        let note = self.text(fields, &NOTE).map(|(t, _)| t);
        let label = self.text(fields, &LABEL).map(|(t, _)| t);
        self.cut_at_hash(fields, &NOTE);
        self.cut_at_hash(fields, &LABEL);
        if let (Some(_), Some(image)) = (&qr, &qr_image) {
            self.error(
                Some(image.at),
                messages::QR_AND_QR_IMAGE,
                &[],
                self.t(messages::HINT_QR_OR_IMAGE),
            );
        }
        if let Some((qr, at)) = &qr {
            self.group_code(qr, *at);
        }
        let group = self.text(fields, &GROUP).map(|(t, _)| t);
        let hidden = self.boolean(fields, &HIDDEN);
        let key = self.key(fields);
        let window = self.window(fields);
        let featured = self.boolean(fields, &FEATURED);
        // The limit counts characters; a QR code holds bytes, and a Chinese character
        // takes three.
        if let Some((qr, at)) = &qr
            && qr.len() > MAX_QR_BYTES
        {
            self.error(
                Some(*at),
                messages::QR_TOO_LONG,
                &[
                    ("len", &qr.len().to_string()),
                    ("max", &MAX_QR_BYTES.to_string()),
                ],
                self.t(messages::HINT_QR_TOO_LONG),
            );
        }
        Written {
            platform,
            url,
            id,
            app_id,
            qr,
            qr_image,
            note,
            label,
            group,
            hidden,
            key,
            window,
            featured,
        }
    }

    /// The platform given, or the one the `url`'s host belongs to.
    fn account_platform(
        &mut self,
        given: Option<&'static Platform>,
        url: Option<&(Url, Location)>,
        node: &Node,
    ) -> Option<&'static Platform> {
        match (given, url) {
            (Some(p), _) => Some(p),
            (None, Some((url, at))) => {
                let recognised = platforms::recognise(url);
                if recognised.is_none() {
                    self.error(
                        Some(*at),
                        messages::UNKNOWN_SITE,
                        &[("host", url.host_str().unwrap_or(""))],
                        self.t(messages::HINT_UNKNOWN_SITE),
                    );
                }
                recognised
            }
            (None, None) => {
                self.error(
                    Some(first_line(node)),
                    messages::ACCOUNT_EMPTY,
                    &[],
                    self.t(messages::HINT_ACCOUNT_EMPTY),
                );
                None
            }
        }
    }

    /// An `id` valid for one of the platform's forms (a `link` takes none); a warning
    /// when it differs from the one read out of the `url`.
    fn check_id(
        &mut self,
        platform: &'static Platform,
        id: &str,
        at: Location,
        from_url: Option<&str>,
    ) -> Option<()> {
        if platform.kind == Kind::Link {
            let url = if id.contains("://") {
                id.to_owned()
            } else if id.contains('.') && !id.contains(char::is_whitespace) {
                format!("https://{id}")
            } else {
                "https://…".to_owned()
            };
            return self.refuse(
                at,
                messages::LINK_WITH_ID,
                &[],
                self.f(messages::HINT_WRITE_URL, &[("url", &url)]),
            );
        }
        if platform.match_id(id).is_none() {
            self.bad_id(platform, id, at);
            return None;
        }
        // An article's `url` gives the __biz key; the `id` beside it is the name.
        if let Some(from_url) = from_url
            && from_url != id
            && !(platform.id == "wechat_oa" && super::is_wechat_biz(from_url))
        {
            self.warning(
                at,
                messages::ID_URL_DIFFER,
                &[("id", id), ("from_url", from_url)],
                self.t(messages::HINT_ID_URL_DIFFER),
            );
        }
        Some(())
    }

    /// An account needs an id or a url to link to.
    fn check_id_or_url(&mut self, account: &Account, node: &Node) -> Option<()> {
        if account.id.is_some() || account.url.is_some() {
            return Some(());
        }
        let platform = account.platform;
        let hint = match platform.kind {
            Kind::Link => self.t(messages::HINT_ADD_URL),
            _ => self.f(
                messages::HINT_ADD_ID,
                &[("what", self.help(&platform.id_what)), ("id", platform.id)],
            ),
        };
        self.error(
            Some(first_line(node)),
            messages::ACCOUNT_NO_ID,
            &[("platform", platform.name(self.lang))],
            hint,
        );
        None
    }

    /// The `app_id`, where the platform takes one and it fits the platform's rule; a
    /// warning for a shown account of such a platform without one. The outer `None`
    /// is an error.
    fn app_id(
        &mut self,
        account: &Account,
        written: Option<(String, Location)>,
        node: &Node,
    ) -> Option<Option<String>> {
        let platform = account.platform;
        let name = platform.name(self.lang);
        match (&platform.app_id, written) {
            (None, Some((_, at))) => {
                let users: Vec<&str> = platforms::all()
                    .iter()
                    .filter(|p| p.app_id.is_some())
                    .map(|p| p.name(self.lang))
                    .collect();
                let users = messages::and_list(self.lang, &users);
                self.error(
                    Some(at),
                    messages::APP_ID_UNNEEDED,
                    &[("platform", name)],
                    self.f(messages::HINT_APP_ID_UNNEEDED, &[("platforms", &users)]),
                );
                None
            }
            (Some(rule), Some((app_id, at))) => {
                if !platform.match_app_id(&app_id) {
                    let hint = self.f(
                        messages::HINT_APP_ID,
                        &[
                            ("what", self.help(&rule.what)),
                            ("howto", self.help(&rule.howto)),
                            ("example", rule.example),
                        ],
                    );
                    return self.refuse(
                        at,
                        messages::BAD_APP_ID,
                        &[("app_id", &app_id), ("platform", name)],
                        hint,
                    );
                }
                Some(Some(app_id))
            }
            (Some(rule), None) if !account.hidden => {
                let hint = self.f(
                    messages::HINT_NO_APP_ID,
                    &[
                        ("what", self.help(&rule.what)),
                        ("howto", self.help(&rule.howto)),
                    ],
                );
                self.warning(
                    first_line(node),
                    messages::NO_APP_ID,
                    &[("platform", name)],
                    hint,
                );
                Some(None)
            }
            _ => Some(None),
        }
    }

    /// `platform`: a registry id; for an alias or a display name, the id it means.
    fn platform(&mut self, fields: &Fields) -> Option<&'static Platform> {
        let (id, at) = self.text(fields, &PLATFORM)?;
        if let Some(p) = platforms::get(&id) {
            return Some(p);
        }
        // A display name (`抖音`, `YouTube`) or nickname (`b站`, `公众号`) instead of the id.
        let real = platforms::lookup(&id).map(|p| p.id);
        let lower = id.to_lowercase();
        let hint = match real {
            Some(real) => {
                let name = format!("`{real}`");
                self.f(messages::HINT_DID_YOU_MEAN, &[("name", &name)])
            }
            None => match platforms::closest(&lower).as_slice() {
                [] => self.t(messages::HINT_PLATFORMS),
                close => {
                    let ids = messages::or_list(self.lang, close);
                    self.f(messages::HINT_PLATFORMS_CLOSE, &[("ids", &ids)])
                }
            },
        };
        self.error(
            Some(at),
            messages::UNKNOWN_PLATFORM,
            &[("platform", &id)],
            hint,
        );
        None
    }

    /// `url`: an http(s) address with a host and no user name.
    fn url(&mut self, fields: &Fields) -> Option<(Url, Location)> {
        let (text, at) = self.text(fields, &URL)?;
        let (text, at) = self.pasted_url(fields.get(URL.key)?, text, at)?;
        match Url::parse(&text) {
            Ok(url)
                if matches!(url.scheme(), "http" | "https")
                    && url.host_str().is_some_and(|h| !h.is_empty()) =>
            {
                if !url.username().is_empty() || url.password().is_some() {
                    let mut clean = url.clone();
                    let _ = clean.set_username("");
                    let _ = clean.set_password(None);
                    return self.refuse(
                        at,
                        messages::URL_USER_NAME,
                        &[],
                        self.f(messages::HINT_URL_USER_NAME, &[("url", clean.as_str())]),
                    );
                }
                Some((url, at))
            }
            Ok(url) => {
                self.error(
                    Some(at),
                    messages::URL_SCHEME,
                    &[("scheme", url.scheme())],
                    self.t(messages::HINT_URL_SCHEME),
                );
                None
            }
            Err(_) => {
                let hint = if !text.contains("://") {
                    let url = format!("https://{}", text.trim_start_matches('/'));
                    self.f(messages::HINT_URL_FULL, &[("url", &url)])
                } else {
                    self.t(messages::HINT_URL_COPY)
                };
                self.error(Some(at), messages::URL_INVALID, &[("text", &text)], hint);
                None
            }
        }
    }

    /// The `url` must be on the platform's own hosts (any host for a `link`; none for
    /// a contact).
    fn check_account_url(
        &mut self,
        platform: &'static Platform,
        url: &Url,
        at: Location,
    ) -> Option<()> {
        let host = url.host_str().unwrap_or("");
        let allowed = match platform.kind {
            Kind::Link => true,
            Kind::Contact => false,
            _ => platform.owns_host(host),
        };
        if allowed {
            return Some(());
        }
        let name = platform.name(self.lang);
        match platform.kind {
            Kind::Contact => {
                let hint = self.f(
                    messages::HINT_CONTACT_URL,
                    &[("example", platform.forms[0].example)],
                );
                self.error(
                    Some(at),
                    messages::CONTACT_URL,
                    &[("platform", name), ("host", host)],
                    hint,
                );
            }
            // WeChat accounts live in the app: a web address can only be wrong.
            Kind::WechatNative => {
                let hint = if platform.id == "wechat" {
                    self.t(messages::HINT_WECHAT_ID_QR)
                } else {
                    self.f(messages::HINT_NO_WEB_PAGE, &[("id", platform.id)])
                };
                self.error(
                    Some(at),
                    messages::NO_WEB_PAGE,
                    &[("platform", name), ("host", host)],
                    hint,
                );
            }
            _ => {
                let hosts = messages::or_list(self.lang, platform.hosts);
                self.error(
                    Some(at),
                    messages::WRONG_HOST,
                    &[("host", host), ("platform", name)],
                    self.f(
                        messages::HINT_WRONG_HOST,
                        &[("platform", name), ("hosts", &hosts)],
                    ),
                );
            }
        }
        None
    }

    /// `qr_image`: a relative path to a raster image inside the site folder, by what is
    /// written; the file itself is read, and its code decoded, by `disk`.
    fn qr_image(&mut self, fields: &Fields) -> Option<QrImage> {
        let (path, at) = self.text(fields, &QR_IMAGE)?;
        let file = path
            .rsplit(['/', '\\'])
            .next()
            .filter(|f| !f.is_empty() && *f != ".." && !f.contains(':'))
            .unwrap_or("wechat-qr.jpg")
            .to_owned();
        if super::place(&path) != Place::Inside {
            return self.refuse(
                at,
                messages::QR_IMAGE_PATH,
                &[("path", &path)],
                self.f(messages::HINT_QR_IMAGE_BESIDE, &[("file", &file)]),
            );
        }
        let ext = std::path::Path::new(&path)
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        if !ext.is_some_and(|e| QR_IMAGE_EXTENSIONS.contains(&e.as_str())) {
            let types = QR_IMAGE_EXTENSIONS.join(", ");
            return self.refuse(
                at,
                messages::QR_IMAGE_TYPE,
                &[("path", &path), ("types", &types)],
                self.t(messages::HINT_QR_IMAGE_RESAVE),
            );
        }
        Some(QrImage { path, at })
    }

    /// The `url` must be a profile, not one video, post or product of the platform, a
    /// search, or a page of the platform itself (the registry's rules).
    fn check_is_profile(
        &mut self,
        platform: &'static Platform,
        url: &Url,
        at: Location,
    ) -> Option<()> {
        if platform.kind == Kind::Link {
            return Some(());
        }
        let classified = platform.classify(url);
        let Some(what) = classified.what(self.lang) else {
            return Some(());
        };
        let hint = self.f(
            messages::HINT_NOT_A_PROFILE,
            &[("howto", self.help(platform.profile_howto()))],
        );
        self.error(Some(at), messages::NOT_A_PROFILE, &[("what", &what)], hint);
        None
    }

    fn bad_id(&mut self, platform: &'static Platform, id: &str, at: Location) {
        let examples: Vec<String> = platform
            .examples()
            .iter()
            .map(|e| format!("`{e}`"))
            .collect();
        let examples = match self.lang {
            Lang::En => examples.join(", "),
            _ => examples.join("、"),
        };
        let mut hint = self.f(
            messages::HINT_BAD_ID,
            &[
                ("what", self.help(&platform.id_what)),
                ("examples", &examples),
                ("howto", self.help(&platform.id_howto)),
                ("platform", platform.id),
            ],
        );
        if id.starts_with("http://") || id.starts_with("https://") {
            hint = self.f(messages::HINT_ID_IS_ADDRESS, &[("rest", &hint)]);
        }
        self.error(
            Some(at),
            messages::BAD_ID,
            &[("id", id), ("platform", platform.name(self.lang))],
            hint,
        );
    }
}
