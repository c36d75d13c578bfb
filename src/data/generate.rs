//! Synthetic datasets for measuring newsline at scale: N events, M quotes and
//! K actors, French and English sentences with accents, deterministic from a
//! seed, valid against `newsline check`.

use super::schema::*;

mod realistic;

/// The text of quotes and summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Text {
    /// Sentences from about two thousand words: quick to make, small vocabulary.
    #[default]
    Small,
    /// Words drawn by their frequency in real French and English (80,000 in
    /// all), as the vocabulary of real news grows.
    Realistic,
}

impl Text {
    fn sentence(self, rng: &mut fastrand::Rng) -> String {
        match self {
            Text::Small => sentence(rng),
            Text::Realistic => realistic::sentence(rng),
        }
    }
}

const COUNTRIES: [(&str, &str, &str); 30] = [
    ("France", "FR", "France"),
    ("Germany", "DE", "Allemagne"),
    ("United Kingdom", "GB", "Royaume-Uni"),
    ("Poland", "PL", "Pologne"),
    ("Italy", "IT", "Italie"),
    ("Ukraine", "UA", "Ukraine"),
    ("Russia", "RU", "Russie"),
    ("United States", "US", "États-Unis"),
    ("Spain", "ES", "Espagne"),
    ("Netherlands", "NL", "Pays-Bas"),
    ("Belgium", "BE", "Belgique"),
    ("Sweden", "SE", "Suède"),
    ("Finland", "FI", "Finlande"),
    ("Norway", "NO", "Norvège"),
    ("Denmark", "DK", "Danemark"),
    ("Estonia", "EE", "Estonie"),
    ("Latvia", "LV", "Lettonie"),
    ("Lithuania", "LT", "Lituanie"),
    ("Romania", "RO", "Roumanie"),
    ("Czechia", "CZ", "Tchéquie"),
    ("Greece", "GR", "Grèce"),
    ("Portugal", "PT", "Portugal"),
    ("Austria", "AT", "Autriche"),
    ("Hungary", "HU", "Hongrie"),
    ("Turkey", "TR", "Turquie"),
    ("Canada", "CA", "Canada"),
    ("Japan", "JP", "Japon"),
    ("Australia", "AU", "Australie"),
    ("Ireland", "IE", "Irlande"),
    ("Slovakia", "SK", "Slovaquie"),
];
const FIRST: [&str; 24] = [
    "Élise",
    "Jérôme",
    "Anaïs",
    "François",
    "Hélène",
    "Zoé",
    "Loïc",
    "Cécile",
    "Noël",
    "Inès",
    "Jürgen",
    "Małgorzata",
    "Søren",
    "José",
    "Ana",
    "John",
    "Mary",
    "Olena",
    "Dmytro",
    "Giulia",
    "Piotr",
    "Björn",
    "Ludmila",
    "Thomas",
];
const LAST: [&str; 24] = [
    "Lefèvre",
    "Dubois",
    "Müller",
    "Kowalski",
    "Rossi",
    "García",
    "Smith",
    "Kovalenko",
    "Nowak",
    "Bérénger",
    "Håkansson",
    "Schröder",
    "Łukasiewicz",
    "Fontaine",
    "Moreau",
    "Weber",
    "Bianchi",
    "Novák",
    "O'Brien",
    "Petrenko",
    "Dupré",
    "Lindqvist",
    "Caron",
    "Girard",
];
const ROLES: [&str; 8] = [
    "Minister of Defence",
    "Foreign Minister",
    "Prime Minister",
    "President",
    "military expert",
    "spokesperson",
    "general",
    "ambassador",
];
const ORGS: [&str; 10] = [
    "Ministry of Defence",
    "Foreign Ministry",
    "Parliament",
    "Army",
    "Security Council",
    "Institute for Strategy",
    "News Agency",
    "Party of Renewal",
    "Coalition Office",
    "Chamber",
];
const FR: [&str; 40] = [
    "nous",
    "devons",
    "renforcer",
    "la",
    "sécurité",
    "européenne",
    "sans",
    "attendre",
    "les",
    "États-Unis",
    "l’Ukraine",
    "doit",
    "pouvoir",
    "se",
    "défendre",
    "troupes",
    "terrestres",
    "coalition",
    "volontaires",
    "garanties",
    "solides",
    "et",
    "fiables",
    "souveraineté",
    "intégrité",
    "territoriale",
    "armée",
    "production",
    "missiles",
    "à",
    "longue",
    "portée",
    "défense",
    "aérienne",
    "négociations",
    "cessez-le-feu",
    "très",
    "importante",
    "l’Europe",
    "responsabilité",
];
const EN: [&str; 40] = [
    "we",
    "must",
    "strengthen",
    "European",
    "security",
    "without",
    "waiting",
    "for",
    "the",
    "United",
    "States",
    "Ukraine",
    "needs",
    "to",
    "defend",
    "itself",
    "ground",
    "troops",
    "coalition",
    "of",
    "willing",
    "guarantees",
    "solid",
    "reliable",
    "sovereignty",
    "territorial",
    "integrity",
    "army",
    "production",
    "long-range",
    "missiles",
    "air",
    "defence",
    "talks",
    "ceasefire",
    "very",
    "important",
    "Europe",
    "responsibility",
    "now",
];
const TITLES: [&str; 8] = [
    "meet in",
    "announce support for",
    "discuss guarantees with",
    "warn",
    "sign an agreement with",
    "send equipment to",
    "hold talks with",
    "reject proposal of",
];

fn pick<'a>(rng: &mut fastrand::Rng, items: &[&'a str]) -> &'a str {
    items[rng.usize(..items.len())]
}

/// A sentence of 50 to 400 chars, in French or English.
fn sentence(rng: &mut fastrand::Rng) -> String {
    let words: &[&str] = if rng.u8(..10) < 6 { &FR } else { &EN };
    let target = 50 + (rng.usize(..351) + rng.usize(..351)) / 2;
    let mut s = String::new();
    while s.chars().count() < target {
        if !s.is_empty() {
            s.push(if rng.u8(..12) == 0 { ',' } else { ' ' });
            if s.ends_with(',') {
                s.push(' ');
            }
        }
        s.push_str(pick(rng, words));
    }
    let mut chars: Vec<char> = s.chars().take(400).collect();
    if let Some(first) = chars.first_mut() {
        *first = first.to_uppercase().next().unwrap_or(*first);
    }
    chars.push('.');
    chars.into_iter().collect()
}

fn date(rng: &mut fastrand::Rng) -> String {
    let (y, m, d) = (2020 + rng.i32(0..6), 1 + rng.u32(0..12), 1 + rng.u32(0..28));
    match rng.u8(..100) {
        0..=2 => format!("{y:04}"),
        3..=14 => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}-{m:02}-{d:02}"),
    }
}

fn span(source: &str, len: usize) -> SpanRecord {
    SpanRecord {
        source: source.to_string().into(),
        span: [0, len],
        excerpt: None,
    }
}

/// A dataset of `events` events, `quotes` quotes and about `actors` actors.
pub fn generate(events: usize, quotes: usize, actors: usize, seed: u64) -> DatasetFile {
    generate_with(events, quotes, actors, seed, Text::Small)
}

/// [`generate`] with the text chosen.
pub fn generate_with(
    events: usize,
    quotes: usize,
    actors: usize,
    seed: u64,
    text: Text,
) -> DatasetFile {
    let mut rng = fastrand::Rng::with_seed(seed);
    let events = events.max(1);
    let n_countries = (actors / 10).clamp(1, COUNTRIES.len());
    let n_orgs = (actors / 5).max(1);
    let n_people = actors.saturating_sub(n_countries + n_orgs).max(1);
    let mut actor_records = Vec::with_capacity(n_countries + n_orgs + n_people);
    for (name, code, fr) in COUNTRIES.iter().take(n_countries) {
        actor_records.push(ActorRecord {
            id: format!("c-{}", code.to_lowercase()).into(),
            name: name.to_string(),
            kind: ActorKindRecord::Country,
            code: Some(code.to_string().into()),
            country: None,
            role: None,
            aliases: vec![fr.to_string()],
            affiliations: Vec::new(),
            anonymous: false,
            description: None,
        });
    }
    let country_id = |i: usize| format!("c-{}", COUNTRIES[i % n_countries].1.to_lowercase());
    for i in 0..n_orgs {
        let c = rng.usize(..n_countries);
        actor_records.push(ActorRecord {
            id: format!("o-{i}").into(),
            name: format!("{} of {}", pick(&mut rng, &ORGS), COUNTRIES[c].0),
            kind: ActorKindRecord::Organization,
            code: None,
            country: Some(country_id(c).into()),
            role: None,
            aliases: Vec::new(),
            affiliations: Vec::new(),
            anonymous: false,
            description: None,
        });
    }
    for i in 0..n_people {
        let c = rng.usize(..n_countries);
        let last = pick(&mut rng, &LAST);
        actor_records.push(ActorRecord {
            id: format!("p-{i}").into(),
            name: format!("{} {last} {i}", pick(&mut rng, &FIRST)),
            kind: ActorKindRecord::Person,
            code: None,
            country: Some(country_id(c).into()),
            role: Some(format!("{} of {}", pick(&mut rng, &ROLES), COUNTRIES[c].0)),
            aliases: vec![format!("{last} {i}")],
            affiliations: Vec::new(),
            anonymous: false,
            description: None,
        });
    }
    let n_sources = (events / 20).max(1);
    let sources = (0..n_sources)
        .map(|i| SourceRecord {
            id: format!("s-{i}").into(),
            title: format!("Article {i}"),
            outlet: pick(
                &mut rng,
                &["Le Monde", "The Times", "Der Spiegel", "RND", "Politico"],
            )
            .to_string(),
            relays: Vec::new(),
            language: if rng.bool() { "fr".into() } else { "en".into() },
            published: date(&mut rng).into(),
            published_derivation: None,
            file: None,
            text: None,
            original_name: None,
            url: None,
        })
        .collect();
    let people = n_countries + n_orgs..actor_records.len();
    let event_records: Vec<EventRecord> = (0..events)
        .map(|i| {
            let a = actor_records[rng.usize(people.clone())].id.clone();
            let b = actor_records[rng.usize(..actor_records.len())].id.clone();
            let c = country_id(rng.usize(..n_countries));
            let title = format!(
                "{} {} {}",
                actor_records[rng.usize(people.clone())].name,
                pick(&mut rng, &TITLES),
                COUNTRIES[rng.usize(..n_countries)].0
            );
            let summary = text.sentence(&mut rng);
            EventRecord {
                id: format!("e-{i}").into(),
                date: date(&mut rng).into(),
                date_derivation: Some("Synthetic.".into()),
                title,
                summary,
                location: None,
                actors: vec![a, b, c.into()],
                sources: vec![span(&format!("s-{}", i % n_sources), 0)],
                edited: None,
            }
        })
        .collect();
    let quote_records = (0..quotes)
        .map(|i| {
            let e = rng.usize(..events);
            let said = text.sentence(&mut rng);
            let len = said.chars().count();
            QuoteRecord {
                id: format!("q-{i}").into(),
                speaker: actor_records[rng.usize(people.clone())].id.clone(),
                co_speakers: Vec::new(),
                mentions: vec![country_id(rng.usize(..n_countries)).into()],
                date: event_records[e].date.clone(),
                date_derivation: None,
                event: format!("e-{e}").into(),
                source: span(&format!("s-{}", e % n_sources), len),
                note: None,
                edited: None,
                text: said,
            }
        })
        .collect();
    DatasetFile {
        schema: SCHEMA.to_string(),
        title: format!("Synthetic: {events} events, {quotes} quotes (seed {seed})"),
        description: Some("Generated by `newsline generate` for measurements.".into()),
        sources,
        actors: actor_records,
        terms: Vec::new(),
        events: event_records,
        quotes: quote_records,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn is_deterministic_valid_and_of_the_asked_size() {
        let a = serde_json::to_string(&generate(50, 400, 60, 7)).unwrap();
        let b = serde_json::to_string(&generate(50, 400, 60, 7)).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, serde_json::to_string(&generate(50, 400, 60, 8)).unwrap());
        let ds =
            crate::data::load::parse(Path::new("gen.json"), &a, |_| Err("none".into())).unwrap();
        assert_eq!((ds.events.len(), ds.quotes.len()), (50, 400));
        assert_eq!(ds.actors.len(), 60);
        let lens: Vec<usize> = ds.quotes.iter().map(|q| q.text.chars().count()).collect();
        assert!(lens.iter().all(|&l| (50..=402).contains(&l)), "{lens:?}");
        assert!(ds.quotes.iter().any(|q| q.text.contains('é')));
    }
}
