use std::path::PathBuf;
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
}
