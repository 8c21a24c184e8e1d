use std::process::ExitCode;

use anyhow::bail;
use hutong::platforms::{self, IdForm, Platform, Status};
use hutong::{Lang, messages};

use super::words as w;

/// `hutong platforms` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct PlatformsArgs {
    #[arg(value_name = "NAME")]
    id: Option<String>,
    #[arg(long)]
    json: bool,
}

/// The links an example id of one form produces.
#[derive(serde::Serialize)]
struct Example {
    id: &'static str,
    web: Option<String>,
    ios: Option<String>,
    android: Option<String>,
}

#[derive(serde::Serialize)]
struct Entry {
    #[serde(flatten)]
    platform: &'static Platform,
    examples: Vec<Example>,
}

fn examples(platform: &'static Platform) -> Vec<Example> {
    platform
        .forms
        .iter()
        .map(|form: &'static IdForm| {
            let matched = platform.match_id(form.example);
            let mut values = matched.map(|m| m.values).unwrap_or_default();
            if let Some(rule) = &platform.app_id {
                values.push(("app_id", rule.example.to_owned()));
            }
            let app = |t: Option<&str>| {
                t.filter(|_| form.app_status == Status::Verified)
                    .map(|t| platforms::url_from_template(t, &values))
            };
            Example {
                id: form.example,
                web: form.web.map(|t| platforms::url_from_template(t, &values)),
                ios: app(form.ios),
                android: app(form.android),
            }
        })
        .collect()
}

impl PlatformsArgs {
    pub fn run(self, lang: Lang) -> anyhow::Result<ExitCode> {
        let chosen: Vec<&'static Platform> = match &self.id {
            None => platforms::all().iter().collect(),
            // Any of a platform's names or nicknames (抖音, b站, 公众号), as `check` knows them.
            Some(name) => match platforms::lookup(name) {
                Some(p) => vec![p],
                None => {
                    let close = platforms::closest(name);
                    let hint = if close.is_empty() {
                        w::PLATFORMS_LIST_HINT.get(lang).to_owned()
                    } else {
                        let names = messages::or_list(lang, &close);
                        messages::HINT_DID_YOU_MEAN.fill(lang, &[("name", &names)])
                    };
                    bail!(w::PLATFORMS_UNKNOWN.fill(lang, &[("name", name), ("hint", &hint)]));
                }
            },
        };
        if self.json {
            let entries: Vec<Entry> = chosen
                .iter()
                .map(|&p| Entry {
                    platform: p,
                    examples: examples(p),
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&entries)?);
        } else if self.id.is_some() {
            print!("{}", detail(chosen[0], lang));
        } else {
            print!("{}", table(&chosen, lang));
        }
        Ok(ExitCode::SUCCESS)
    }
}

/// One line per platform: its id, its names (the command line's language first, then
/// English or Simplified Chinese) and what its id is.
fn table(all: &[&'static Platform], lang: Lang) -> String {
    let width = all.iter().map(|p| p.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for p in all {
        out.push_str(&format!(
            "{:width$}  {} · {}  —  {}\n",
            p.id,
            p.names.get(lang),
            p.names.get(other(lang)),
            p.id_what.get(lang)
        ));
    }
    let n = all.len().to_string();
    out.push_str(&format!(
        "\n{}\n",
        w::PLATFORMS_FOOTER.fill(lang, &[("n", &n)])
    ));
    out
}

/// The language shown beside the command line's: Chinese beside English, English
/// beside Chinese.
fn other(lang: Lang) -> Lang {
    if lang == Lang::En {
        Lang::ZhHans
    } else {
        Lang::En
    }
}

/// `label` padded to the width of the longest label, counting a Han character as two
/// columns, as terminals draw it.
fn pad(label: &str, lang: Lang) -> String {
    let columns = |s: &str| {
        s.chars()
            .map(|c| if c.is_ascii() { 1 } else { 2 })
            .sum::<usize>()
    };
    let width = [
        w::PLATFORMS_ID,
        w::PLATFORMS_FIND,
        w::PLATFORMS_APP_ID,
        w::PLATFORMS_HOSTS,
        w::PLATFORMS_EXAMPLE,
    ]
    .iter()
    .map(|t| columns(t.get(lang)))
    .max()
    .unwrap_or(0)
        + 2;
    format!(
        "{label}{}",
        " ".repeat(width.saturating_sub(columns(label)))
    )
}

fn detail(p: &'static Platform, lang: Lang) -> String {
    let indent = " ".repeat(pad("", lang).len());
    let both = |text: &hutong::lang::Text| {
        // In English the Chinese follows on a second line, as the registry has both.
        if lang == Lang::En {
            format!("{}\n{indent}{}", text.en, text.zh_hans)
        } else {
            text.get(lang).to_owned()
        }
    };
    let mut out = format!(
        "{} — {} · {} · {}\n\n",
        p.id, p.names.en, p.names.zh_hans, p.names.zh_hant
    );
    out.push_str(&format!(
        "{}{}\n",
        pad(w::PLATFORMS_ID.get(lang), lang),
        both(&p.id_what)
    ));
    out.push_str(&format!(
        "{}{}\n",
        pad(w::PLATFORMS_FIND.get(lang), lang),
        both(&p.id_howto)
    ));
    if let Some(rule) = &p.app_id {
        let text = w::PLATFORMS_APP_ID_LINES.fill(
            lang,
            &[
                ("what", rule.what.get(lang)),
                ("example", rule.example),
                ("howto", rule.howto.get(lang)),
                ("indent", &indent),
            ],
        );
        out.push_str(&format!(
            "{}{text}\n",
            pad(w::PLATFORMS_APP_ID.get(lang), lang)
        ));
    }
    if !p.hosts.is_empty() {
        let hosts = p.hosts.join(", ");
        out.push_str(&format!(
            "{}{hosts}\n",
            pad(w::PLATFORMS_HOSTS.get(lang), lang)
        ));
    }
    let also = p.profile_examples();
    if !also.is_empty() {
        out.push_str(&format!("\n{}\n", w::PLATFORMS_ALSO_READ.get(lang)));
        for (address, id) in also {
            out.push_str(&format!("  {address}  →  id: {id}\n"));
        }
    }
    let pages = p.not_profiles();
    if !pages.is_empty() {
        out.push_str(&format!("\n{}\n", w::PLATFORMS_NOT_A_PROFILE.get(lang)));
        for page in pages {
            let what = page.what.fill(lang, &[("platform", p.names.get(lang))]);
            let line = w::PLATFORMS_NOT_A_PROFILE_LINE
                .fill(lang, &[("what", &what), ("example", page.example)]);
            out.push_str(&format!("  {line}\n"));
        }
        let howto = p.profile_howto().get(lang);
        out.push_str(&format!(
            "  {}\n",
            w::PLATFORMS_COPY_INSTEAD.fill(lang, &[("howto", howto)])
        ));
    }
    for example in examples(p) {
        out.push_str(&format!(
            "\n{}id: {}\n",
            pad(w::PLATFORMS_EXAMPLE.get(lang), lang),
            example.id
        ));
        let rows = [
            (w::PLATFORMS_WEB, example.web),
            (w::PLATFORMS_IOS, example.ios),
            (w::PLATFORMS_ANDROID, example.android),
        ];
        for (name, value) in rows {
            if let Some(value) = value {
                out.push_str(&format!("  {}{value}\n", pad_to(name.get(lang), 9)));
            }
        }
    }
    let confidence = match p.confidence {
        "high" => w::CONFIDENCE_HIGH.get(lang),
        "medium" => w::CONFIDENCE_MEDIUM.get(lang),
        "low" => w::CONFIDENCE_LOW.get(lang),
        other => other,
    };
    out.push_str(&format!(
        "\n{}\n",
        w::PLATFORMS_CONFIDENCE.fill(lang, &[("level", confidence)])
    ));
    out
}

/// `text` padded with spaces to `columns` terminal columns (a Han character takes two).
fn pad_to(text: &str, columns: usize) -> String {
    let used: usize = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    format!("{text}{}", " ".repeat(columns.saturating_sub(used)))
}
