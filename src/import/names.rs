//! Who an article names: the reference dataset's actors and the gazetteer's
//! countries found by name and alias, then people and organisations found by
//! their capitals. A surname alone joins the full name given elsewhere.

use crate::data::{ActorKind, Dataset};
use crate::import::segment::Article;
use std::collections::HashMap;
use std::ops::Range;

mod alone;
mod capitalised;
mod known;
mod patterns;
mod shortened;
mod single;
mod title_case;
use title_case::title_case_headings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    Country,
    Organisation,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::Organisation => "organization",
        }
    }

    fn of(kind: ActorKind) -> EntityKind {
        match kind {
            ActorKind::Person => EntityKind::Person,
            ActorKind::Country => EntityKind::Country,
            ActorKind::Organization => EntityKind::Organisation,
        }
    }
}

/// Someone or something the article names, once however often it is named.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub kind: EntityKind,
    /// The id of the matching actor of the reference dataset.
    pub actor: Option<String>,
    /// The ISO code, for countries.
    pub code: Option<String>,
    /// Named by a description, not a name ("un haut responsable du ministère").
    pub anonymous: bool,
    pub confidence: f32,
}

/// One place where an entity is named: token indices.
#[derive(Debug, Clone)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub entity: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Entities {
    pub list: Vec<Entity>,
    /// In text order.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// The entity for `key`, made on first use.
    fn entity(
        &mut self,
        index: &mut HashMap<String, usize>,
        key: String,
        make: impl FnOnce() -> Entity,
    ) -> usize {
        *index.entry(key).or_insert_with(|| {
            self.list.push(make());
            self.list.len() - 1
        })
    }

    /// Adds a described (anonymous) person and returns its index.
    pub fn described(&mut self, name: &str, actor: Option<String>) -> usize {
        if let Some(i) = self.list.iter().position(|e| e.anonymous && e.name == name) {
            return i;
        }
        self.list.push(Entity {
            name: name.to_string(),
            kind: EntityKind::Person,
            actor,
            code: None,
            anonymous: true,
            confidence: 0.6,
        });
        self.list.len() - 1
    }

    /// The organisation named by a common-noun phrase ("parquet de Paris"):
    /// one entity per phrase.
    pub fn institution(&mut self, name: &str) -> usize {
        if let Some(i) = self
            .list
            .iter()
            .position(|e| e.anonymous && e.kind == EntityKind::Organisation && e.name == name)
        {
            return i;
        }
        self.list.push(Entity {
            name: name.to_string(),
            kind: EntityKind::Organisation,
            actor: None,
            code: None,
            anonymous: true,
            confidence: 0.6,
        });
        self.list.len() - 1
    }

    /// The mention covering token `t`.
    pub fn at(&self, t: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.tokens.end <= t);
        self.mentions.get(i).filter(|m| m.tokens.contains(&t))
    }
}

/// Finds every entity the article names: known names first, then runs of
/// capitalised words, then shorter names joined to the full ones, then
/// single capitalised words (which need all the full names to resolve).
pub fn find(article: &Article, reference: Option<&Dataset>) -> Entities {
    let mut ents = Entities::default();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut covered = vec![false; article.tokens.len()];
    let title_case = title_case_headings(article);
    known::mark(article, reference, &mut ents, &mut index, &mut covered);
    let singles = capitalised::mark(article, &title_case, &mut ents, &mut index, &mut covered);
    shortened::join(article, &mut ents, &index);
    alone::mark(article, singles, &title_case, &mut ents, &mut index);
    ents.mentions.sort_by_key(|m| m.tokens.start);
    ents
}

#[cfg(test)]
mod tests;
