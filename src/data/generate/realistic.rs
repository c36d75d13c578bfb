//! Realistic text for synthetic datasets: words drawn by their frequency in
//! real French and English, so a million quotes hold tens of thousands of
//! distinct words, as news does, instead of the generator's two thousand.

use std::sync::OnceLock;

/// The 40,000 most frequent words of each language with their frequency per
/// billion words, from wordfreq 3.1.1 (data under CC BY-SA 4.0; see
/// `data/words/README.md`).
const FR: &str = include_str!("../../../data/words/fr.tsv");
const EN: &str = include_str!("../../../data/words/en.tsv");

/// French words that elide before a vowel: wordfreq splits `l’Europe` into
/// `l` and `europe`, and the text glues them back as the press writes them.
const ELIDED: [&str; 12] = [
    "l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu",
];

/// English words wordfreq splits from their contraction (`don’t` gives `don`
/// and `t`): the first part gets its `’t` back, and the bare endings and
/// lone letters are drawn again, since the press never prints them alone.
const NEGATED: [&str; 14] = [
    "don", "isn", "didn", "doesn", "wasn", "couldn", "wouldn", "shouldn", "aren", "haven", "hasn",
    "weren", "won", "hadn",
];
const ENDINGS: [&str; 7] = ["s", "t", "d", "m", "re", "ll", "ve"];

/// A word list as a cumulative frequency table, for drawing by frequency
/// with one binary search.
struct Table {
    words: Vec<&'static str>,
    cumulative: Vec<u64>,
}

impl Table {
    fn parse(tsv: &'static str) -> Table {
        let mut words = Vec::new();
        let mut cumulative = Vec::new();
        let mut total = 0u64;
        for line in tsv.lines() {
            let Some((word, count)) = line.split_once('\t') else {
                continue;
            };
            // A count that does not parse only makes its word rare.
            total += count.parse::<u64>().unwrap_or(0).max(1);
            words.push(word);
            cumulative.push(total);
        }
        Table { words, cumulative }
    }

    fn draw(&self, rng: &mut fastrand::Rng) -> &'static str {
        let total = self.cumulative.last().copied().unwrap_or(0);
        if total == 0 {
            return "mot";
        }
        let at = rng.u64(..total);
        let i = self.cumulative.partition_point(|&c| c <= at);
        self.words[i.min(self.words.len() - 1)]
    }
}

fn table(french: bool) -> &'static Table {
    static TABLES: OnceLock<(Table, Table)> = OnceLock::new();
    let (fr, en) = TABLES.get_or_init(|| (Table::parse(FR), Table::parse(EN)));
    if french { fr } else { en }
}

fn starts_with_vowel(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| "aeiouyhàâéèêëîïôùûœ".contains(c.to_lowercase().next().unwrap_or(c)))
}

/// A sentence of 10 to 60 words, in French (six times in ten) or English.
pub fn sentence(rng: &mut fastrand::Rng) -> String {
    let french = rng.u8(..10) < 6;
    let table = table(french);
    let n = rng.usize(10..=60);
    let mut s = String::new();
    for i in 0..n {
        let mut word = table.draw(rng);
        while !french
            && (ENDINGS.contains(&word) || (word.len() == 1 && word != "a" && word != "i"))
        {
            word = table.draw(rng);
        }
        if i == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                s.extend(first.to_uppercase());
                s.push_str(chars.as_str());
            }
        } else {
            s.push_str(if rng.u8(..12) == 0 { ", " } else { " " });
            s.push_str(word);
        }
        if french && ELIDED.contains(&word) {
            // Glued to a following word that starts with a vowel, or given
            // back its `e` (`l` → `le`, `qu` → `que`) when none comes.
            match (0..8)
                .map(|_| table.draw(rng))
                .find(|w| starts_with_vowel(w))
            {
                Some(next) => {
                    s.push('’');
                    s.push_str(next);
                }
                None => s.push('e'),
            }
        }
        if !french && NEGATED.contains(&word) {
            s.push_str("’t");
        }
    }
    s.push('.');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_text_has_the_vocabulary_of_real_prose() {
        let mut rng = fastrand::Rng::with_seed(1);
        let mut distinct = HashSet::new();
        let mut words = 0;
        for _ in 0..5_000 {
            for w in sentence(&mut rng).split([' ', '’', ',', '.']) {
                if !w.is_empty() {
                    distinct.insert(crate::text::fold_key(w));
                    words += 1;
                }
            }
        }
        // Zipf: many distinct words, the most frequent ones everywhere.
        assert!(distinct.len() > 20_000, "{} distinct", distinct.len());
        assert!(words > 150_000, "{words} words");
        assert!(distinct.contains("de") && distinct.contains("the"));
    }

    #[test]
    fn french_elisions_are_written_as_the_press_writes_them() {
        let mut rng = fastrand::Rng::with_seed(2);
        let text: String = (0..2_000).map(|_| sentence(&mut rng) + " ").collect();
        assert!(text.contains("l’") && text.contains("d’"), "no elision");
        assert!(text.contains("n’t"), "no English contraction");
        for bare in [" l ", " d ", " qu ", " s ", " t ", " ll "] {
            assert!(!text.contains(bare), "a bare `{bare}`");
        }
    }
}
