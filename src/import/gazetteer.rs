//! Countries as news articles name them, in English and French, with the
//! capitals that stand for their governments ("Londres", "Washington").
//! No crate carries French names, capitals-as-metonyms and ISO codes together.

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

#[cfg(test)]
mod tests {
    use super::COUNTRIES;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_and_iso_shaped() {
        let mut seen = HashSet::new();
        for (code, _, _) in COUNTRIES {
            assert!(code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase()));
            assert!(seen.insert(code), "{code} twice");
        }
    }
}
