//! Countries as news articles name them, in English and French, with the
//! capitals that stand for their governments ("Londres", "Washington").
//! Every ISO 3166 country's English names come from the `celes` crate; no
//! crate carries French names and capitals-as-metonyms, so those are the
//! hand-written table below.

use celes::LookupTable;
use std::sync::OnceLock;

/// ISO code, English name, other names (French names, capitals, short forms).
pub const COUNTRIES: &[(&str, &str, &[&str])] = &[
    ("AF", "Afghanistan", &["Kaboul", "Kabul"]),
    ("DZ", "Algeria", &["Algérie", "Alger", "Algiers"]),
    ("AR", "Argentina", &["Argentine", "Buenos Aires"]),
    ("AM", "Armenia", &["Arménie", "Erevan", "Yerevan"]),
    ("AU", "Australia", &["Australie", "Canberra"]),
    ("AT", "Austria", &["Autriche", "Vienne", "Vienna"]),
    ("AZ", "Azerbaijan", &["Azerbaïdjan", "Bakou", "Baku"]),
    ("BY", "Belarus", &["Biélorussie", "Bélarus", "Minsk"]),
    ("BE", "Belgium", &["Belgique", "Bruxelles", "Brussels"]),
    ("BR", "Brazil", &["Brésil", "Brasilia"]),
    ("BG", "Bulgaria", &["Bulgarie", "Sofia"]),
    ("CA", "Canada", &["Ottawa"]),
    ("CN", "China", &["Chine", "Pékin", "Beijing"]),
    ("HR", "Croatia", &["Croatie", "Zagreb"]),
    (
        "CZ",
        "Czech Republic",
        &["République tchèque", "Tchéquie", "Czechia", "Prague"],
    ),
    ("DK", "Denmark", &["Danemark", "Copenhague", "Copenhagen"]),
    ("EG", "Egypt", &["Égypte", "Le Caire", "Cairo"]),
    ("EE", "Estonia", &["Estonie", "Tallinn"]),
    ("FI", "Finland", &["Finlande", "Helsinki"]),
    ("FR", "France", &["Paris"]),
    ("GE", "Georgia", &["Géorgie", "Tbilissi", "Tbilisi"]),
    ("DE", "Germany", &["Allemagne", "Berlin", "Deutschland"]),
    ("GR", "Greece", &["Grèce", "Athènes", "Athens"]),
    ("HU", "Hungary", &["Hongrie", "Budapest"]),
    ("IN", "India", &["Inde", "New Delhi"]),
    ("IR", "Iran", &["Téhéran", "Tehran"]),
    ("IQ", "Iraq", &["Irak", "Bagdad", "Baghdad"]),
    ("IE", "Ireland", &["Irlande", "Dublin"]),
    ("IL", "Israel", &["Israël", "Jérusalem", "Jerusalem"]),
    ("IT", "Italy", &["Italie", "Rome"]),
    ("JP", "Japan", &["Japon", "Tokyo"]),
    ("KZ", "Kazakhstan", &["Astana"]),
    ("LV", "Latvia", &["Lettonie", "Riga"]),
    ("LB", "Lebanon", &["Liban", "Beyrouth", "Beirut"]),
    ("LT", "Lithuania", &["Lituanie", "Vilnius"]),
    ("LU", "Luxembourg", &[]),
    ("MD", "Moldova", &["Moldavie", "Chisinau"]),
    ("MA", "Morocco", &["Maroc", "Rabat"]),
    (
        "NL",
        "Netherlands",
        &["Pays-Bas", "Amsterdam", "La Haye", "The Hague"],
    ),
    ("NZ", "New Zealand", &["Nouvelle-Zélande", "Wellington"]),
    ("KP", "North Korea", &["Corée du Nord", "Pyongyang"]),
    ("NO", "Norway", &["Norvège", "Oslo"]),
    ("PS", "Palestine", &["Gaza", "Cisjordanie", "West Bank"]),
    ("PL", "Poland", &["Pologne", "Varsovie", "Warsaw"]),
    ("PT", "Portugal", &["Lisbonne", "Lisbon"]),
    ("RO", "Romania", &["Roumanie", "Bucarest", "Bucharest"]),
    ("RU", "Russia", &["Russie", "Moscou", "Moscow"]),
    (
        "SA",
        "Saudi Arabia",
        &["Arabie saoudite", "Riyad", "Riyadh"],
    ),
    ("RS", "Serbia", &["Serbie", "Belgrade"]),
    ("SK", "Slovakia", &["Slovaquie", "Bratislava"]),
    ("SI", "Slovenia", &["Slovénie", "Ljubljana"]),
    ("KR", "South Korea", &["Corée du Sud", "Séoul", "Seoul"]),
    ("ES", "Spain", &["Espagne", "Madrid"]),
    ("SE", "Sweden", &["Suède", "Stockholm"]),
    ("CH", "Switzerland", &["Suisse", "Berne", "Bern"]),
    ("SY", "Syria", &["Syrie", "Damas", "Damascus"]),
    ("TW", "Taiwan", &["Taïwan", "Taipei"]),
    ("TR", "Turkey", &["Turquie", "Türkiye", "Ankara"]),
    ("UA", "Ukraine", &["Kiev", "Kyiv", "Kiyv"]),
    (
        "GB",
        "United Kingdom",
        &[
            "Royaume-Uni",
            "Grande-Bretagne",
            "Britain",
            "Great Britain",
            "UK",
            "Londres",
            "London",
        ],
    ),
    (
        "US",
        "United States",
        &[
            "États-Unis",
            "Etats-Unis",
            "USA",
            "US",
            "U.S.",
            "Amérique",
            "America",
            "Washington",
        ],
    ),
];

/// ISO names that are as often something else in news text: a first name
/// or a surname ("Jordan said", "Chad Smith"), a garment, a word at the
/// start of a sentence. Only the hand-written table can name these.
const NOT_ALONE: &[&str] = &["Jordan", "Chad", "Jersey", "Georgia", "Man", "Guinea"];

/// A country: its ISO code, the name the importer gives it, and every name
/// that stands for it, each with whether it counts only when its first
/// letter is a capital (the ISO names: "Turkey" the country, not the bird,
/// only as the hand-written table has it).
pub struct Country {
    pub code: &'static str,
    pub name: String,
    pub names: Vec<(String, bool)>,
}

/// The hand-written table first, then every other ISO 3166 country.
pub fn countries() -> &'static [Country] {
    static ALL: OnceLock<Vec<Country>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<Country> = COUNTRIES
            .iter()
            .map(|(code, name, others)| Country {
                code,
                name: name.to_string(),
                names: std::iter::once(name)
                    .chain(others.iter())
                    .map(|n| (n.to_string(), false))
                    .collect(),
            })
            .collect();
        for c in celes::Country::get_countries() {
            let iso: Vec<String> = std::iter::once(iso_name(c.long_name))
                .chain(c.aliases.iter().map(|a| iso_name(a)))
                .filter(|n| !NOT_ALONE.contains(&n.as_str()))
                .collect();
            let at = match all.iter().position(|k| k.code == c.alpha2) {
                Some(i) => i,
                None => {
                    // The shortest ISO name is the one news uses: "South
                    // Africa", "Tanzania", not "United Republic Of Tanzania".
                    let Some(name) = iso.iter().min_by_key(|n| n.len()) else {
                        continue;
                    };
                    all.push(Country {
                        code: c.alpha2,
                        name: name.clone(),
                        names: Vec::new(),
                    });
                    all.len() - 1
                }
            };
            let country = &mut all[at];
            for n in iso {
                if !country
                    .names
                    .iter()
                    .any(|(k, _)| k.eq_ignore_ascii_case(&n))
                {
                    country.names.push((n, true));
                }
            }
        }
        all
    })
}

/// An ISO name as text writes it: "The Gambia" is "Gambia" after an article
/// of the text's own, "SouthAfrica" (an alias) is "South Africa".
fn iso_name(iso: &str) -> String {
    let iso = iso.strip_prefix("The ").unwrap_or(iso);
    let mut name = String::with_capacity(iso.len() + 4);
    for (i, c) in iso.chars().enumerate() {
        if i > 0 && c.is_uppercase() && !name.ends_with(' ') {
            name.push(' ');
        }
        name.push(c);
    }
    name
}

#[cfg(test)]
mod tests {
    use super::{COUNTRIES, countries, iso_name};
    use std::collections::HashSet;

    #[test]
    fn iso_names_are_written_as_text_writes_them() {
        assert_eq!(iso_name("SouthAfrica"), "South Africa");
        assert_eq!(iso_name("The Philippines"), "Philippines");
        let za = countries().iter().find(|c| c.code == "ZA").unwrap();
        assert_eq!(za.name, "South Africa");
        let gb = countries().iter().find(|c| c.code == "GB").unwrap();
        assert_eq!(gb.name, "United Kingdom");
        assert!(
            gb.names
                .iter()
                .any(|(n, capitals)| n == "Scotland" && *capitals)
        );
        // A first name is no country, whatever ISO calls it.
        assert!(
            !countries()
                .iter()
                .any(|c| c.names.iter().any(|(n, _)| n == "Jordan"))
        );
        let codes: HashSet<_> = countries().iter().map(|c| c.code).collect();
        assert_eq!(codes.len(), countries().len(), "a country listed twice");
        assert!(countries().len() > 240);
    }

    #[test]
    fn codes_are_unique_and_iso_shaped() {
        let mut seen = HashSet::new();
        for (code, _, _) in COUNTRIES {
            assert!(code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()));
            assert!(seen.insert(code), "{code} twice");
        }
    }
}
