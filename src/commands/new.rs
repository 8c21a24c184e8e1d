use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

/// Start a new site: writes sites/<slug>/site.yaml, a commented starter profile.
#[derive(clap::Args, Debug)]
pub struct NewArgs {
    /// The site's slug: lowercase letters, digits and `-` (it names the folder and the output)
    slug: String,
    /// The folder that holds the sites
    #[arg(long, value_name = "DIR", default_value = super::SITES_DIR)]
    dir: PathBuf,
    /// Also write .github/workflows/hutong.yml beside the sites folder: GitHub Actions
    /// builds the site on every push and publishes it to GitHub Pages (never overwritten;
    /// works for a site that exists already)
    #[arg(long)]
    github_actions: bool,
}

impl NewArgs {
    pub fn run(self) -> anyhow::Result<ExitCode> {
        if !hutong::profile::valid_slug(&self.slug) {
            bail!(
                "`{}` cannot be a slug: use lowercase letters a-z, digits and `-`, starting with a letter or digit (at most 63 characters)",
                self.slug
            );
        }
        let folder = self.dir.join(&self.slug);
        let path = folder.join("site.yaml");
        std::fs::create_dir_all(&folder)
            .with_context(|| format!("cannot create `{}`", folder.display()))?;
        let mut file = match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && self.github_actions => {
                eprintln!("{} exists already; left as it is", path.display());
                self.write_workflow()?;
                return Ok(ExitCode::SUCCESS);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                bail!(
                    "`{}` already exists; hutong new never overwrites a profile",
                    path.display()
                )
            }
            Err(e) => return Err(e).with_context(|| format!("cannot write `{}`", path.display())),
        };
        std::io::Write::write_all(&mut file, hutong::starter::profile(&self.slug).as_bytes())
            .with_context(|| format!("cannot write `{}`", path.display()))?;
        eprintln!("created {}", path.display());
        self.write_schema();
        if self.github_actions {
            self.write_workflow()?;
        }
        eprintln!(
            "next: fill it in, then run `hutong check {}`",
            folder.display()
        );
        Ok(ExitCode::SUCCESS)
    }

    /// Writes the JSON Schema that the starter's first line points editors at, beside
    /// the site folders, unless it is there already. A schema from another version is
    /// left alone with a note: it may have been changed on purpose. Failing here is
    /// only a warning, since the profile itself is written.
    fn write_schema(&self) {
        let path = self.dir.join(hutong::schema::FILE_NAME);
        let text = super::schema::schema_text();
        match std::fs::read_to_string(&path) {
            Ok(existing) if existing == text => {}
            Ok(_) => eprintln!(
                "note: {} differs from this hutong's schema; refresh it with `hutong schema -o {}`",
                path.display(),
                path.display()
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                match super::qr::write_file(&path, text.as_bytes()) {
                    Ok(()) => eprintln!(
                        "created {} (editors read it for completion in site.yaml)",
                        path.display()
                    ),
                    Err(e) => eprintln!("warning: {e:#}; editors will not complete site.yaml"),
                }
            }
            Err(e) => eprintln!(
                "warning: cannot read `{}`: {e}; editors may not complete site.yaml",
                path.display()
            ),
        }
    }

    /// Writes the GitHub Actions workflow for this site, unless one is there already.
    /// The repository's root is taken to be the folder that holds the sites folder.
    fn write_workflow(&self) -> anyhow::Result<()> {
        let root = self.dir.parent().unwrap_or(Path::new(""));
        let sites = self
            .dir
            .file_name()
            .map_or_else(|| super::SITES_DIR.into(), |n| n.to_string_lossy());
        let folder = root.join(".github").join("workflows");
        let path = folder.join("hutong.yml");
        if path.exists() {
            eprintln!(
                "{} exists already; left as it is (remove it to get a fresh one)",
                path.display()
            );
            return Ok(());
        }
        std::fs::create_dir_all(&folder)
            .with_context(|| format!("cannot create `{}`", folder.display()))?;
        super::qr::write_file(&path, github_workflow(&self.slug, &sites).as_bytes())?;
        eprintln!(
            "created {}: it publishes the site to GitHub Pages on every push to main.\n\
             once: on GitHub, open Settings → Pages and choose \"GitHub Actions\" as the source, \
             and set base_url to https://<user>.github.io/<repository>/",
            path.display()
        );
        Ok(())
    }
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
