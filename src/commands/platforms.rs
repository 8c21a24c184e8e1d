use std::process::ExitCode;

use anyhow::bail;
use hutong::platforms::{self, IdForm, Platform, Status};

/// List the platforms hutong knows: what each `id` means, how to find it, an example,
/// and the links it produces.
#[derive(clap::Args, Debug)]
pub struct PlatformsArgs {
    /// Show one platform in detail: its id, or any of its names (抖音, b站, 公众号…)
    #[arg(value_name = "NAME")]
    id: Option<String>,
    /// Print JSON instead of text
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
    pub fn run(self) -> anyhow::Result<ExitCode> {
        let chosen: Vec<&'static Platform> = match &self.id {
            None => platforms::all().iter().collect(),
            // Any of a platform's names or nicknames (抖音, b站, 公众号), as `check` knows them.
            Some(name) => match platforms::lookup(name) {
                Some(p) => vec![p],
                None => {
                    let close = platforms::closest(name);
                    let hint = if close.is_empty() {
                        "run `hutong platforms` for the list".to_owned()
                    } else {
                        format!("did you mean {}?", hutong::suggest::or_list(&close))
                    };
                    bail!("unknown platform `{name}`: {hint}");
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
            print!("{}", detail(chosen[0]));
        } else {
            print!("{}", table(&chosen));
        }
        Ok(ExitCode::SUCCESS)
    }
}

fn table(all: &[&'static Platform]) -> String {
    let width = all.iter().map(|p| p.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for p in all {
        out.push_str(&format!(
            "{:width$}  {} · {}  —  {}\n",
            p.id, p.names.en, p.names.zh_hans, p.id_what.en
        ));
    }
    out.push_str(&format!(
        "\n{} platforms. `hutong platforms <ID>` shows how to find an id and the links it makes.\n",
        all.len()
    ));
    out
}

fn detail(p: &'static Platform) -> String {
    let mut out = format!(
        "{} — {} · {} · {}\n\n",
        p.id, p.names.en, p.names.zh_hans, p.names.zh_hant
    );
    out.push_str(&format!(
        "id:       {}\n          {}\n",
        p.id_what.en, p.id_what.zh_hans
    ));
    out.push_str(&format!(
        "find it:  {}\n          {}\n",
        p.id_howto.en, p.id_howto.zh_hans
    ));
    if let Some(rule) = &p.app_id {
        out.push_str(&format!(
            "app_id:   {} (e.g. {})\n          {}\n          without it, phones open the web profile instead of the app\n",
            rule.what.en, rule.example, rule.howto.en
        ));
    }
    if !p.hosts.is_empty() {
        out.push_str(&format!("hosts:    {}\n", p.hosts.join(", ")));
    }
    let also = p.profile_examples();
    if !also.is_empty() {
        out.push_str("\nalso read:\n");
        for (address, id) in also {
            out.push_str(&format!("  {address}  →  id: {id}\n"));
        }
    }
    let pages = p.not_profiles();
    if !pages.is_empty() {
        out.push_str("\nnot a profile:\n");
        for page in pages {
            let what = page
                .what
                .fill(hutong::Lang::En, &[("platform", p.names.en)]);
            out.push_str(&format!("  {what}, e.g. {}\n", page.example));
        }
        out.push_str(&format!(
            "  copy your profile instead: {}\n",
            p.profile_howto().en
        ));
    }
    for example in examples(p) {
        out.push_str(&format!("\nexample:  id: {}\n", example.id));
        let rows = [
            ("web", example.web),
            ("iOS app", example.ios),
            ("Android", example.android),
        ];
        for (name, value) in rows {
            if let Some(value) = value {
                out.push_str(&format!("  {name:8} {value}\n"));
            }
        }
    }
    out.push_str(&format!("\nresearch confidence: {}\n", p.confidence));
    out
}
