//! A Terraform module is the `.tf` files of one folder, with the variable values of its
//! `terraform.tfvars` and `*.auto.tfvars` files. Checking one file of it needs a few facts from
//! the others: what a `var.x` is set to, and what a referenced cluster profile is.
//!
//! Front ends with files (the CLI, the language server) read the folder and hand the texts
//! over as a [`TerraformModule`]; the core does no I/O.

use crate::syntax::hcl::{parse_hcl, top_level_literals, HclFile};

/// The other files of the module a checked Terraform file belongs to.
#[derive(Debug, Default, Clone)]
pub struct TerraformModule {
    files: Vec<ModuleFile>,
}

#[derive(Debug, Clone)]
struct ModuleFile {
    /// The file name (a module is one folder, so names are unique in it).
    name: String,
    facts: Facts,
}

impl TerraformModule {
    pub fn new() -> TerraformModule {
        TerraformModule::default()
    }

    /// Whether a file of this name is part of a module: a `.tf` file or a variable definitions
    /// file Terraform loads by itself.
    pub fn is_module_file(name: &str) -> bool {
        name.ends_with(".tf") || tfvars_rank(name).is_some()
    }

    /// Adds one file of the module (its name or path, and its text); other files are ignored.
    pub fn add_file(&mut self, path: &str, text: &str) {
        let name = file_name(path);
        let facts = if name.ends_with(".tf") {
            Facts::of_configuration(text, &parse_hcl(text))
        } else if let Some(_rank) = tfvars_rank(name) {
            Facts::of_variable_values(name, text)
        } else {
            return;
        };
        self.files.push(ModuleFile {
            name: name.to_owned(),
            facts,
        });
    }

    /// The module as seen from the file at `path` (whose own facts come from its current text).
    pub(crate) fn view<'a>(
        module: Option<&'a TerraformModule>,
        path: Option<&str>,
        own: Facts,
    ) -> ModuleView<'a> {
        let own_name = path.map(file_name);
        let mut others: Vec<&'a ModuleFile> = module
            .map(|m| {
                m.files
                    .iter()
                    .filter(|f| Some(f.name.as_str()) != own_name)
                    .collect()
            })
            .unwrap_or_default();
        // Terraform applies `terraform.tfvars`, then `*.auto.tfvars` in name order; later wins.
        others
            .sort_by(|a, b| (tfvars_rank(&a.name), &a.name).cmp(&(tfvars_rank(&b.name), &b.name)));
        ModuleView { own, others }
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The order Terraform loads variable definitions files in; `None` for other files.
fn tfvars_rank(name: &str) -> Option<u8> {
    match name {
        "terraform.tfvars" => Some(1),
        "terraform.tfvars.json" => Some(2),
        _ if name.ends_with(".auto.tfvars") || name.ends_with(".auto.tfvars.json") => Some(3),
        _ => None,
    }
}

/// What one file tells about the module.
#[derive(Debug, Default, Clone)]
pub(crate) struct Facts {
    /// `variable "x" { default = ... }` with a literal default: name and the default's text.
    defaults: Vec<(String, String)>,
    /// Values set in a variable definitions file: name, and the value's text when palint can
    /// write it in (a literal); `None` when it cannot (JSON, a heredoc).
    values: Vec<(String, Option<String>)>,
    /// Where the values come from (the file name), for messages.
    values_file: Option<String>,
    profiles: Vec<ProfileResource>,
}

/// A `spectrocloud_cluster_profile` resource, as far as its arguments are literals.
#[derive(Debug, Clone)]
pub(crate) struct ProfileResource {
    pub name: String,
    pub cloud: Option<String>,
    pub profile_type: Option<String>,
    /// The names of its packs; `None` when one of them is not a literal (or `dynamic`).
    pub packs: Option<Vec<String>>,
}

impl Facts {
    pub(crate) fn of_configuration(text: &str, file: &HclFile) -> Facts {
        let mut facts = Facts::default();
        for block in &file.blocks {
            let doc = &block.doc;
            let Some(root) = doc.root else { continue };
            let literal = |id| {
                let span = doc.span(id);
                (!block
                    .deferred
                    .iter()
                    .any(|d| d.start < span.end && span.start < d.end))
                .then_some(span)
            };
            match (block.ident.as_str(), block.labels.as_slice()) {
                ("variable", [name]) => {
                    let default = doc.get(root, "default").and_then(literal);
                    if let Some(value) = default.map(|s| &text[s]).filter(|v| is_usable(v)) {
                        facts.defaults.push((name.clone(), value.to_owned()));
                    }
                }
                ("resource", [ty, name]) if ty == "spectrocloud_cluster_profile" => {
                    let string = |key| {
                        doc.get(root, key)
                            .filter(|&id| literal(id).is_some())
                            .and_then(|id| doc.str_value(id))
                            .map(str::to_owned)
                    };
                    let packs = match doc.get(root, "pack") {
                        _ if block.structural => None,
                        None => Some(Vec::new()),
                        Some(list) => doc
                            .items(list)
                            .iter()
                            .map(|&pack| {
                                doc.get(pack, "name")
                                    .filter(|&id| literal(id).is_some())
                                    .and_then(|id| doc.str_value(id))
                                    .map(str::to_owned)
                            })
                            .collect(),
                    };
                    facts.profiles.push(ProfileResource {
                        name: name.clone(),
                        cloud: string("cloud"),
                        profile_type: string("type"),
                        packs,
                    });
                }
                _ => {}
            }
        }
        facts
    }

    fn of_variable_values(name: &str, text: &str) -> Facts {
        let values = if name.ends_with(".json") {
            // Only the names: a JSON value is not HCL text to write in.
            serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
                .map(|map| map.keys().map(|k| (k.clone(), None)).collect())
                .unwrap_or_default()
        } else {
            top_level_literals(text)
                .unwrap_or_default()
                .into_iter()
                .map(|(key, span)| {
                    let value = span
                        .map(|s| &text[s])
                        .filter(|v| is_usable(v))
                        .map(str::to_owned);
                    (key, value)
                })
                .collect()
        };
        Facts {
            values,
            values_file: Some(name.to_owned()),
            ..Facts::default()
        }
    }
}

/// Whether a literal value can stand in for a `var.x`: not a heredoc (written in place of the
/// reference it would end the line early), and not `""` or `null`, which modules use to mean
/// "set this" (the value comes from `-var`, `TF_VAR_x` or a pipeline).
fn is_usable(value: &str) -> bool {
    let value = value.trim();
    !(value.starts_with("<<") || value == "\"\"" || value == "null")
}

/// Where the value a `var.x` is checked with comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ValueOrigin {
    /// The variable's `default` (in the named file, or in the checked file when `None`).
    Default(Option<String>),
    /// A variable definitions file (`terraform.tfvars`).
    ValuesFile(String),
}

/// The module from one file's point of view: its own facts (from its current text) and the
/// other files'.
pub(crate) struct ModuleView<'a> {
    own: Facts,
    others: Vec<&'a ModuleFile>,
}

impl ModuleView<'_> {
    /// The text `var.name` is checked with, and where it comes from. A variable definitions
    /// file wins over the default; a value palint cannot write in means "unknown".
    pub(crate) fn variable(&self, name: &str) -> Option<(&str, ValueOrigin)> {
        let set = self.others.iter().rev().find_map(|file| {
            let (_, value) = file.facts.values.iter().rev().find(|(n, _)| n == name)?;
            Some((value, file.facts.values_file.clone().unwrap_or_default()))
        });
        if let Some((value, origin)) = set {
            return Some((value.as_deref()?, ValueOrigin::ValuesFile(origin)));
        }
        if let Some((_, default)) = self.own.defaults.iter().find(|(n, _)| n == name) {
            return Some((default, ValueOrigin::Default(None)));
        }
        self.others.iter().find_map(|file| {
            let (_, default) = file.facts.defaults.iter().find(|(n, _)| n == name)?;
            Some((
                default.as_str(),
                ValueOrigin::Default(Some(file.name.clone())),
            ))
        })
    }

    /// The cluster profile resource of this name, declared anywhere in the module.
    pub(crate) fn profile(&self, name: &str) -> Option<&ProfileResource> {
        std::iter::once(&self.own)
            .chain(self.others.iter().map(|f| &f.facts))
            .flat_map(|facts| &facts.profiles)
            .find(|p| p.name == name)
    }
}

/// Reading modules from disk, for the front ends that have files (the CLI, the language
/// server). Unreadable files are left out: the check of a file reports its own read errors.
impl TerraformModule {
    /// The module in `folder`: its `.tf` and variable definitions files.
    pub fn read_folder(folder: &std::path::Path) -> TerraformModule {
        let mut module = TerraformModule::new();
        let listed = if folder.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            folder
        };
        let Ok(entries) = std::fs::read_dir(listed) else {
            return module;
        };
        let mut files: Vec<(String, std::path::PathBuf)> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| Some((e.file_name().into_string().ok()?, e.path())))
            .filter(|(name, _)| TerraformModule::is_module_file(name))
            .collect();
        files.sort();
        for (name, path) in files {
            if let Ok(text) = std::fs::read_to_string(&path) {
                module.add_file(&name, &text);
            }
        }
        module
    }
}

/// How many folders up from a YAML file [`values_kind_of`] looks for the Terraform file that
/// loads it (`file("${path.module}/values/aks.yaml")` is one or two folders down).
const VALUES_FILE_SEARCH_DEPTH: usize = 3;

/// The kind a YAML file is when a Terraform file near it loads it as a pack's `values`
/// (`values = file("aks.yaml")` in a `kubernetes-aks` pack: AKS values). Looks in the file's
/// folder and up to [`VALUES_FILE_SEARCH_DEPTH`] folders up, not above `root` when given.
pub fn values_kind_of(
    yaml: &std::path::Path,
    root: Option<&std::path::Path>,
) -> Option<crate::DocumentKind> {
    let yaml = std::fs::canonicalize(yaml).ok()?;
    let root = root.and_then(|r| std::fs::canonicalize(r).ok());
    let mut folder = yaml.parent();
    for _ in 0..VALUES_FILE_SEARCH_DEPTH {
        let here = folder?;
        let mut tf_files: Vec<std::path::PathBuf> = std::fs::read_dir(here)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "tf"))
            .collect();
        tf_files.sort();
        let mut found = None;
        for tf in tf_files {
            let Ok(text) = std::fs::read_to_string(&tf) else {
                continue;
            };
            for values in super::values_files(&text) {
                let target = std::fs::canonicalize(here.join(&values.path)).ok();
                if target.as_deref() == Some(yaml.as_path()) {
                    // A file two packs load: AKS values if either pack says so.
                    found = found.or(values.kind);
                }
            }
        }
        if found.is_some() {
            return found;
        }
        if root.as_deref() == Some(here) {
            return None;
        }
        folder = here.parent();
    }
    None
}
