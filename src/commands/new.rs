use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use hutong::{Lang, messages};

use super::words as w;

/// `hutong new` (what it does is said in `super::help`).
#[derive(clap::Args, Debug)]
pub struct NewArgs {
    slug: String,
    #[arg(long, value_name = "DIR", default_value = super::SITES_DIR)]
    dir: PathBuf,
    #[arg(long)]
    github_actions: bool,
}

impl NewArgs {
    pub fn run(self, lang: Lang) -> anyhow::Result<ExitCode> {
        if !hutong::profile::valid_slug(&self.slug) {
            bail!(slug_refused(&self.slug, lang));
        }
        let shown = |path: &Path| path.display().to_string();
        let folder = self.dir.join(&self.slug);
        let path = folder.join("site.yaml");
        std::fs::create_dir_all(&folder)
            .with_context(|| w::CANNOT_CREATE.fill(lang, &[("path", &shown(&folder))]))?;
        let mut file = match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && self.github_actions => {
                eprintln!(
                    "{}",
                    w::NEW_LEFT_AS_IT_IS.fill(lang, &[("path", &shown(&path))])
                );
                self.write_workflow(lang)?;
                return Ok(ExitCode::SUCCESS);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                bail!(w::NEW_EXISTS.fill(lang, &[("path", &shown(&path))]))
            }
            Err(e) => {
                return Err(e)
                    .with_context(|| w::CANNOT_WRITE.fill(lang, &[("path", &shown(&path))]));
            }
        };
        let starter = hutong::starter::profile(&self.slug, lang);
        std::io::Write::write_all(&mut file, starter.as_bytes())
            .with_context(|| w::CANNOT_WRITE.fill(lang, &[("path", &shown(&path))]))?;
        eprintln!("{}", w::CREATED.fill(lang, &[("path", &shown(&path))]));
        self.write_schema(lang);
        if self.github_actions {
            self.write_workflow(lang)?;
        }
        eprintln!("{}", w::NEW_NEXT.fill(lang, &[("folder", &shown(&folder))]));
        Ok(ExitCode::SUCCESS)
    }

    /// Writes the JSON Schema that the starter's first line points editors at, beside
    /// the site folders, unless it is there already. A schema from another version is
    /// left alone with a note: it may have been changed on purpose. Failing here is
    /// only a warning, since the profile itself is written.
    fn write_schema(&self, lang: Lang) {
        let path = self.dir.join(hutong::schema::FILE_NAME);
        let shown = path.display().to_string();
        let text = super::schema::schema_text();
        let (warning, note) = (
            messages::LABEL_WARNING.get(lang),
            messages::LABEL_NOTE.get(lang),
        );
        match std::fs::read_to_string(&path) {
            Ok(existing) if existing == text => {}
            Ok(_) => eprintln!(
                "{note}{}",
                w::NEW_SCHEMA_DIFFERS.fill(lang, &[("path", &shown)])
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                match super::qr::write_file(&path, text.as_bytes(), lang) {
                    Ok(()) => {
                        eprintln!("{}", w::NEW_SCHEMA_CREATED.fill(lang, &[("path", &shown)]));
                    }
                    Err(e) => {
                        let why = format!("{e:#}");
                        eprintln!(
                            "{warning}{}",
                            w::NEW_SCHEMA_UNWRITTEN.fill(lang, &[("why", &why)])
                        );
                    }
                }
            }
            Err(e) => {
                let why = hutong::profile::io_reason(&e);
                let text = w::NEW_SCHEMA_UNREAD.fill(lang, &[("path", &shown), ("why", &why)]);
                eprintln!("{warning}{text}");
            }
        }
    }

    /// Writes the GitHub Actions workflow for this site, unless one is there already.
    /// The repository's root is taken to be the folder that holds the sites folder.
    fn write_workflow(&self, lang: Lang) -> anyhow::Result<()> {
        let root = self.dir.parent().unwrap_or(Path::new(""));
        let sites = self
            .dir
            .file_name()
            .map_or_else(|| super::SITES_DIR.into(), |n| n.to_string_lossy());
        let folder = root.join(".github").join("workflows");
        let path = folder.join("hutong.yml");
        let shown = path.display().to_string();
        if path.exists() {
            eprintln!("{}", w::NEW_WORKFLOW_EXISTS.fill(lang, &[("path", &shown)]));
            return Ok(());
        }
        std::fs::create_dir_all(&folder).with_context(|| {
            w::CANNOT_CREATE.fill(lang, &[("path", &folder.display().to_string())])
        })?;
        super::qr::write_file(&path, github_workflow(&self.slug, &sites).as_bytes(), lang)?;
        eprintln!(
            "{}",
            w::NEW_WORKFLOW_CREATED.fill(lang, &[("path", &shown)])
        );
        Ok(())
    }
}

/// Why `name` cannot be a slug, with a hint: the slug it would make (`LanLan` →
/// `lanlan`, `Lan Lan` → `lan-lan`), as `cargo new` refuses a bad name and says what
/// would do; for a name in Chinese characters, to write it in Latin letters.
pub fn slug_refused(name: &str, lang: Lang) -> String {
    let hint = if !name.is_ascii() {
        w::NEW_HINT_LATIN.get(lang).to_owned()
    } else if let Some(slug) = hutong::profile::slug_for(name) {
        let command = format!("`hutong new {slug}`");
        messages::HINT_DID_YOU_MEAN.fill(lang, &[("name", &command)])
    } else {
        messages::HINT_SLUG_RULES.text(lang)
    };
    format!(
        "{}\n  = {}{hint}",
        w::NEW_BAD_SLUG.fill(lang, &[("name", name)]),
        messages::LABEL_HINT.get(lang)
    )
}

/// A GitHub Actions workflow that builds `sites/<slug>` (with `sites` the sites
/// folder's name, relative to the repository's root) and publishes it to GitHub Pages,
/// on every push and once a day (for schedules), committing `keys.lock` when the build
/// added to it. The build is this repository's own action (`action.yml`) at this
/// version's tag, which compiles hutong from its checkout and caches the binary.
pub fn github_workflow(slug: &str, sites: &str) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let action = env!("CARGO_PKG_REPOSITORY").trim_start_matches("https://github.com/");
    format!(
        r#"# Builds the hutong site `{slug}` and publishes it to GitHub Pages on every push to main,
# and every day just after midnight in China, so that accounts with `from`/`until` come
# and go on their day. Written by `hutong new {slug} --github-actions`. Once: in the
# repository's Settings → Pages, choose "GitHub Actions" as the source, and set
# `base_url` in {sites}/{slug}/site.yaml to the address Pages gives
# (https://<user>.github.io/<repository>/).
name: hutong

on:
  push:
    branches: [main]
  schedule:
    # 16:05 UTC is 00:05 in Asia/Shanghai; change it if the site's `timezone` differs.
    - cron: "5 16 * * *"
  workflow_dispatch:

permissions:
  # write: the build commits keys.lock when it hands out a key to a new account.
  contents: write
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build
        uses: {action}@v{version}
        with:
          sites: {sites}/{slug}
          output: dist
      - name: Keep keys.lock (the addresses printed QR codes lead to)
        run: |
          git add {sites}/{slug}/keys.lock
          if ! git diff --cached --quiet; then
            git config user.name "github-actions[bot]"
            git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
            git commit -m "keys.lock: remember the keys hutong handed out"
            git push
          fi
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist/{slug}

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"#
    )
}
