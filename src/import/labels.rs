//! Labels in quotation marks (« coalition des volontaires ») told apart from
//! speech: what is quoted is a name for something, not words someone said.

use super::lexicon::{
    has_adjective_ending, is_auxiliary, is_complement_link, is_coordinator, is_copula,
    is_defining_word, is_determiner, is_function_word, is_label_intensifier, is_label_lead,
    is_mention_head, is_named_thing_head, is_naming_pair, is_naming_participle, is_negation,
    is_person_pronoun, is_saying_verb, is_speech_cue, is_stand_in_pronoun,
};
use super::segment::{Article, Kind, Token};
use crate::text::fold_key;
use std::collections::{HashMap, HashSet};

/// How often each quoted text (folded) occurs, counted once, in headings and
/// in the body apart: a headline quoting words said once again in the body is
/// speech quoted twice, not a label; a name quoted in two headings, or twice
/// in the body, is a label wherever it stands.
/// And which of those texts are, once at least, followed by a verb of
/// saying (see [`said_after`]).
pub struct QuotedTexts(HashMap<(bool, String), usize>, HashSet<String>);

impl QuotedTexts {
    pub fn new(a: &Article) -> QuotedTexts {
        let mut counts = HashMap::new();
        let mut said = HashSet::new();
        for (i, q) in a.quotations.iter().enumerate() {
            let heading = a.paragraphs[q.paragraph].heading;
            let key = fold_key(&a.text(q.inner.clone()));
            if said_after(a, i) {
                said.insert(key.clone());
            }
            *counts.entry((heading, key)).or_insert(0) += 1;
        }
        QuotedTexts(counts, said)
    }

    /// Whether the text is followed by a verb of saying where it is quoted.
    fn said(&self, text: &str) -> bool {
        self.1.contains(&fold_key(text))
    }

    /// The most times the text is quoted in headings, or in the body.
    fn count(&self, text: &str) -> usize {
        let key = fold_key(text);
        [true, false]
            .into_iter()
            .map(|h| self.0.get(&(h, key.clone())).copied().unwrap_or(0))
            .max()
            .unwrap_or(0)
    }
}

pub fn is_label(a: &Article, q: usize, quoted: &QuotedTexts) -> bool {
    let quote = &a.quotations[q];
    // Only the quotation's own tokens: scanning the whole article for each
    // quotation made long articles quadratic.
    let words: Vec<&str> = a.tokens[quote.open_token..]
        .iter()
        .take_while(|t| t.start < quote.inner.end)
        .filter(|t| {
            t.kind == Kind::Word
                && t.quote == Some(q)
                && t.start >= quote.inner.start
                && t.end <= quote.inner.end
        })
        .map(|t| t.key.as_str())
        .collect();
    // Nothing, or a single letter (‘n’ shapes, the “X” factor): no speech.
    if words.is_empty() || (words.len() == 1 && words[0].chars().count() == 1) {
        return true;
    }
    // A title keeps the comma American style puts inside the marks: his
    // hit song "Thinking Out Loud," prompting …
    let inner = a.text(quote.inner.clone());
    if words.len() <= 6 && inner.ends_with(',') && title_like(a, q) {
        return true;
    }
    if words.len() > 6
        || is_label_intensifier(words[0])
        || inner.ends_with(['.', '!', '?', '…', ','])
    {
        return false;
    }
    if named(a, q)
        || defined_after(a, q)
        || title_like(a, q)
        || nickname_subject(a, q)
        || nickname_in_a_name(a, q)
    {
        return true;
    }
    if words.len() <= ENUMERATED_WORDS
        && let Some((first, last)) = enumeration(a, q)
    {
        return !list_attributed(a, first, last);
    }
    // Quoted twice is a name, unless one of the times says who said it
    // ("“Loud voices” are needed, say councillors").
    let text = inner;
    let repeated = quoted.count(&text) > 1 && !quoted.said(&text);
    let w = |i: usize| a.tokens.get(i).filter(|t| t.kind == Kind::Word);
    let before = quote.open_token.checked_sub(1).and_then(w);
    let adjective = has_adjective_ending;
    let after_article = match before {
        Some(t) if is_determiner(&t.key) => true,
        Some(t) if adjective(&t.key) => quote
            .open_token
            .checked_sub(2)
            .and_then(w)
            .is_some_and(|d| is_determiner(&d.key)),
        _ => false,
    };
    if repeated || glossed(a, q) || modifies_a_noun(a, q, after_article) {
        return true;
    }
    let led = before.is_some_and(|t| is_label_lead(&t.key)) || after_a_noun(a, q);
    let after_article = after_article || led;
    if after_article && (says_of_it(a, quote.open_token) || attributed(a, q)) {
        return false;
    }
    if let Some(label) = coordinated(a, q, quoted) {
        return label;
    }
    after_article
}

/// Short quoted words in brackets right after a word ("MDMA (“ecstasy”)"):
/// another name for it.
fn glossed(a: &Article, q: usize) -> bool {
    let quote = &a.quotations[q];
    let Some(close) = quote.close_token else {
        return false;
    };
    let open_bracket = quote
        .open_token
        .checked_sub(1)
        .is_some_and(|b| a.tokens[b].is('('));
    open_bracket && a.tokens.get(close + 1).is_some_and(|t| t.is(')'))
}

/// Short quoted words after an article or a possessive and right before a
/// lower-case word that is no verb of saying, pronoun or linking word ("his
/// “one big, beautiful” reconciliation bill"): they qualify that noun.
fn modifies_a_noun(a: &Article, q: usize, after_article: bool) -> bool {
    let quote = &a.quotations[q];
    let Some(close) = quote.close_token else {
        return false;
    };
    let before = quote.open_token.checked_sub(1).map(|b| &a.tokens[b]);
    // "Cooper's Budget Veto In 'Surprise' Vote": a headline in capitals
    // drops the article, and its noun is capitalised too.
    let heading = a.paragraphs[quote.paragraph].heading;
    let short = a.tokens[quote.open_token..close]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .count()
        <= 2;
    let title_case = before.is_some_and(|t| t.kind == Kind::Word && t.capitalised());
    if heading
        && short
        && title_case
        && a.tokens.get(close + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && t.capitalised()
                && !is_saying_verb(&t.key)
                && !is_function_word(&t.key)
        })
    {
        return true;
    }
    let led = after_article || before.is_some_and(|t| is_label_lead(&t.key));
    led && a.tokens.get(close + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.capitalised()
            && !t.inverted
            && !is_function_word(&t.key)
            && !is_person_pronoun(&t.key)
            && !is_saying_verb(&t.key)
            && !is_auxiliary(&t.key)
            && !is_coordinator(&t.key)
            && !is_copula(&t.key)
    })
}

/// Whether the article before the quotation at token `open` is the object of
/// a verb of saying ("a évoqué le « mouvement inédit »") or a predicate after
/// "être" ("la situation est d'une « extrême complexité »"): the quoted words
/// say something, they do not name a thing.
fn says_of_it(a: &Article, open: usize) -> bool {
    // Back over the determiner and a linking "de" ("est d'une").
    let mut i = open;
    for _ in 0..2 {
        match i.checked_sub(1).map(|j| &a.tokens[j]) {
            Some(t)
                if t.kind == Kind::Word
                    && (is_determiner(&t.key) || is_complement_link(&t.key)) =>
            {
                i -= 1;
            }
            _ => break,
        }
    }
    i.checked_sub(1).map(|j| &a.tokens[j]).is_some_and(|t| {
        t.kind == Kind::Word && t.quote.is_none() && (is_saying_verb(&t.key) || is_copula(&t.key))
    })
}

/// How many words each item of a list of quoted terms may have.
const ENUMERATED_WORDS: usize = 2;

/// The first and last quotation of a list of three or more short ones that
/// holds quotation `q`, joined by commas and "et", "and" with nothing else
/// between (des injections de « russophobie », « néonazisme » et
/// « sanctions »): terms named, unless the list is attributed as a whole
/// ("called them “lazy”, “corrupt” and “weak”").
fn enumeration(a: &Article, q: usize) -> Option<(usize, usize)> {
    let joined = |p: usize| {
        let (x, y) = (&a.quotations[p], &a.quotations[p + 1]);
        let Some(close) = x.close_token else {
            return false;
        };
        x.sentence == y.sentence
            && close < y.open_token
            && a.tokens[close + 1..y.open_token]
                .iter()
                .all(|t| t.is(',') || (t.kind == Kind::Word && is_coordinator(&t.key)))
    };
    let short = |p: usize| {
        let quote = &a.quotations[p];
        a.text(quote.inner.clone()).split_whitespace().count() <= ENUMERATED_WORDS
    };
    let mut first = q;
    while first > 0 && joined(first - 1) && short(first - 1) {
        first -= 1;
    }
    let mut last = q;
    while last + 1 < a.quotations.len() && joined(last) && short(last + 1) {
        last += 1;
    }
    (last - first >= 2).then_some((first, last))
}

/// Whether a cue within reach before the list's first quotation or after its
/// last gives the list to someone.
fn list_attributed(a: &Article, first: usize, last: usize) -> bool {
    let (f, l) = (&a.quotations[first], &a.quotations[last]);
    let sentence = a.sentences[f.sentence].tokens.clone();
    let before = (sentence.start..f.open_token).rev();
    let after = l.close_token.map_or(0..0, |c| c + 1..sentence.end);
    f.open_token
        .checked_sub(1)
        .is_some_and(|i| a.tokens[i].is(':'))
        || cue_within_reach(a, first, before)
        || cue_within_reach(a, last, after)
}

/// Quoted words joined by "et", "and" to the quotation just before in the same
/// sentence ("saluaient « une femme remarquable » et un « signe positif »"),
/// or standing for it through a pronoun ("le terme « A » à celui de « B »"),
/// are what it is: both speech, or both labels.
fn coordinated(a: &Article, q: usize, quoted: &QuotedTexts) -> Option<bool> {
    let prev = q.checked_sub(1)?;
    let (p, quote) = (&a.quotations[prev], &a.quotations[q]);
    let close = p.close_token?;
    // A quotation nested in the one before is inside it, not joined to it.
    if p.sentence != quote.sentence || close >= quote.open_token {
        return None;
    }
    let between = &a.tokens[close + 1..quote.open_token];
    let joined = between.first().is_some_and(|t| is_coordinator(&t.key))
        && between
            .iter()
            .skip(1)
            .all(|t| t.kind == Kind::Word && is_determiner(&t.key));
    let stands_in = between.len() <= 3
        && matches!(between, [.., p, link] if is_stand_in_pronoun(&p.key) && is_complement_link(&link.key));
    (joined || stands_in).then(|| is_label(a, prev, quoted))
}

/// Whether the words right before the marks make the quoted words a name: a
/// naming participle ("dubbed “X”", "baptisé « X »"), a naming pair ("known
/// as"), or a noun for a thing that bears a name ("la loi « … »", "the word
/// “…”") that no verb of saying just before makes the object of speech ("called
/// the bill “…”" qualifies the bill).
fn named(a: &Article, q: usize) -> bool {
    let open = a.quotations[q].open_token;
    let word = |i: Option<usize>| word_before(a, q, i);
    let Some(prev) = word(open.checked_sub(1)) else {
        return false;
    };
    if is_naming_participle(&prev.key) {
        return true;
    }
    if word(open.checked_sub(2)).is_some_and(|p| is_naming_pair(&p.key, &prev.key)) {
        return true;
    }
    // The head may be joined by "of", "de" ("the notion of “…”").
    let head = if is_complement_link(&prev.key) {
        open.checked_sub(2)
    } else {
        open.checked_sub(1)
    };
    let names_a_thing = |k: &str| is_named_thing_head(k) || is_mention_head(k);
    let Some(head) = head.filter(|&h| word(Some(h)).is_some_and(|t| names_a_thing(&t.key))) else {
        return false;
    };
    if is_mention_head(&a.tokens[head].key) {
        return true;
    }
    let start = a.sentences[a.quotations[q].sentence].tokens.start;
    !a.tokens[head.saturating_sub(5).max(start)..head]
        .iter()
        .any(|t| t.kind == Kind::Word && (is_saying_verb(&t.key) || is_speech_cue(&t.key)))
}

/// The word at token `i`, outside any quotation and in the sentence of
/// quotation `q` (a heading's last word is not the next sentence's).
fn word_before(a: &Article, q: usize, i: Option<usize>) -> Option<&super::segment::Token> {
    let start = a.sentences[a.quotations[q].sentence].tokens.start;
    i.filter(|&i| i >= start)
        .map(|i| &a.tokens[i])
        .filter(|t| t.kind == Kind::Word && t.quote.is_none())
}

/// Whether the quoted words follow a lower-case noun after an article or
/// "de" ("une série de célébrations « internes »"): they qualify that noun in
/// the reporter's own phrase, as words right after an article do.
fn after_a_noun(a: &Article, q: usize) -> bool {
    let open = a.quotations[q].open_token;
    let word = |i: Option<usize>| word_before(a, q, i);
    let noun = word(open.checked_sub(1)).is_some_and(|t| {
        !t.capitalised()
            && !is_function_word(&t.key)
            && !is_saying_verb(&t.key)
            && !is_speech_cue(&t.key)
            && !is_auxiliary(&t.key)
            && !is_copula(&t.key)
    });
    // Quoted words with an article of their own ("d'inflation « l'an
    // prochain »") are a phrase of their own, not a modifier.
    let own_article = a.tokens[open + 1..]
        .iter()
        .find(|t| t.kind == Kind::Word)
        .is_some_and(|t| t.quote == Some(q) && is_determiner(&t.key));
    noun && !own_article
        && word(open.checked_sub(2)).is_some_and(|d| {
            (is_determiner(&d.key) && !is_auxiliary(&d.key)) || is_complement_link(&d.key)
        })
}

/// Whether the word after the closing mark (past a comma) says what the
/// quoted words mean ("“hygge” means", "« X » désigne"): a word being defined.
fn defined_after(a: &Article, q: usize) -> bool {
    let Some(close) = a.quotations[q].close_token else {
        return false;
    };
    a.tokens[close + 1..]
        .iter()
        .take(2)
        .find(|t| !t.is(','))
        .is_some_and(|t| t.kind == Kind::Word && is_defining_word(&t.key))
}

/// Quoted words in the body whose every word but the linking ones is
/// capitalised, two at least, not opening their sentence ("the “Moon Pie
/// over Mobile” event"): the title of a work or an event, not speech.
fn title_like(a: &Article, q: usize) -> bool {
    let quote = &a.quotations[q];
    if a.paragraphs[quote.paragraph].heading
        || a.sentences[quote.sentence].tokens.start == quote.open_token
    {
        return false;
    }
    let words: Vec<_> = a.tokens[quote.open_token..]
        .iter()
        .take_while(|t| t.start < quote.inner.end)
        .filter(|t| t.kind == Kind::Word && t.quote == Some(q))
        .collect();
    // "chanted “Not In Our Name”", "said “God Bless America”": a verb of
    // saying right before makes capitals speech.
    let said = quote
        .open_token
        .checked_sub(1)
        .map(|b| &a.tokens[b])
        .is_some_and(|t| t.kind == Kind::Word && is_saying_verb(&t.key));
    let capitalised = words.iter().filter(|t| t.capitalised()).count();
    !said
        && words.first().is_some_and(|t| t.capitalised())
        && capitalised >= 2
        && words.iter().all(|t| {
            // "Let's Get It On": what an apostrophe cuts off is no word.
            let clitic = t.text.chars().count() == 1
                && t.start
                    .checked_sub(1)
                    .is_some_and(|c| matches!(a.chars[c], '\'' | '’'));
            t.capitalised() || is_function_word(&t.key) || clitic
        })
}

/// One or two quoted words, capitalised, between two capitalised words
/// ("Juan Miguel “Migz” Zubiri"): a nickname inside someone's name.
fn nickname_in_a_name(a: &Article, q: usize) -> bool {
    const MOST: usize = 2;
    let quote = &a.quotations[q];
    let Some(close) = quote.close_token else {
        return false;
    };
    let name_word = |t: Option<&Token>| t.is_some_and(|t| t.kind == Kind::Word && t.capitalised());
    let words: Vec<_> = a.tokens[quote.open_token..close]
        .iter()
        .filter(|t| t.kind == Kind::Word && t.quote == Some(q))
        .collect();
    let start = a.sentences[quote.sentence].tokens.start;
    !words.is_empty()
        && words.len() <= MOST
        && words.iter().all(|t| t.capitalised())
        && quote.open_token > start
        && name_word(quote.open_token.checked_sub(1).map(|b| &a.tokens[b]))
        && name_word(a.tokens.get(close + 1))
}

/// One or two quoted words in the body, capitalised, standing where a
/// subject stands (opening the sentence or after its opening clause's comma)
/// and followed straight on by a lower-case word: a nickname doing something
/// ("“Geezer” immediately paid tribute"), not speech.
fn nickname_subject(a: &Article, q: usize) -> bool {
    const MOST: usize = 2;
    let quote = &a.quotations[q];
    let Some(close) = quote.close_token else {
        return false;
    };
    if a.paragraphs[quote.paragraph].heading {
        return false;
    }
    let words: Vec<_> = a.tokens[quote.open_token..close]
        .iter()
        .filter(|t| t.kind == Kind::Word && t.quote == Some(q))
        .collect();
    let start = a.sentences[quote.sentence].tokens.start;
    let subject_place = quote.open_token == start
        || quote
            .open_token
            .checked_sub(1)
            .is_some_and(|b| b > start && a.tokens[b].is(','));
    // "“Fantastic” was all he would say": a copula makes them what was said.
    let carried_on = a
        .tokens
        .get(close + 1)
        .is_some_and(|t| t.kind == Kind::Word && !t.capitalised() && !is_copula(&t.key));
    !words.is_empty()
        && words.len() <= MOST
        && words.iter().all(|t| t.capitalised())
        && subject_place
        && carried_on
}

/// How many words outside quotation marks an attribution may stand from the
/// quoted words it gives to someone.
const ATTRIBUTION_REACH: usize = 20;

/// Whether the sentence of the quotation gives what it quotes to someone: a
/// verb of saying, a word such as "selon", "according", "calling", or an
/// inverted subject ("poursuit-il") within reach of the marks, with no other
/// quotation between (that one is what it attributes) and not negated ("n'a
/// pas commenté"); or a colon right before the marks. Quoted words after an
/// article there are taken as speech ("the latest in a “carousel of
/// Conservative chaos”", described so by a party).
/// Whether quotation `q` has a verb of saying right after it ("“Loud
/// voices” are needed, say councillors" has one after its clause, "…”,
/// said Jane Roe" after its comma): its words were said, however often they
/// are quoted.
fn said_after(a: &Article, q: usize) -> bool {
    const REACH: usize = 8;
    let Some(close) = a.quotations[q].close_token else {
        return false;
    };
    let end = a.sentences[a.quotations[q].sentence].tokens.end;
    let mut after = a.tokens[(close + 1).min(end)..end].iter().take(REACH);
    // Up to the first comma, then the verb right after it.
    after.by_ref().take_while(|t| !t.is(',')).for_each(drop);
    after
        .find(|t| t.kind == Kind::Word)
        .is_some_and(|t| is_saying_verb(&t.key))
}

fn attributed(a: &Article, q: usize) -> bool {
    let quote = &a.quotations[q];
    if quote
        .open_token
        .checked_sub(1)
        .is_some_and(|i| a.tokens[i].is(':'))
    {
        return true;
    }
    let sentence = a.sentences[quote.sentence].tokens.clone();
    let before = (sentence.start..quote.open_token).rev();
    let after = quote.close_token.map_or(0..0, |c| c + 1..sentence.end);
    cue_within_reach(a, q, before) || cue_within_reach(a, q, after)
}

/// Walks the tokens in `order` away from quotation `q` looking for an
/// attribution cue, as `attributed` says.
fn cue_within_reach(a: &Article, q: usize, order: impl Iterator<Item = usize>) -> bool {
    let order: Vec<usize> = order.collect();
    let other = |i: usize| a.tokens[i].quote.is_some_and(|r| r != q && !holds(a, r, q));
    let mut words = 0;
    for (n, &i) in order.iter().enumerate() {
        let t = &a.tokens[i];
        if other(i) {
            return false;
        }
        if t.kind != Kind::Word || t.quote.is_some() {
            // Words of a quotation that holds this one do not count.
            continue;
        }
        words += 1;
        if words > ATTRIBUTION_REACH {
            return false;
        }
        let cue = t.inverted
            || is_speech_cue(&t.key)
            || (is_saying_verb(&t.key) && !after_determiner(a, i));
        // A cue right by another quotation further on is that one's ("…
        // « A » selon X, … « B »"; "« A », dont il a salué les « B »").
        let theirs = order[n + 1..].iter().take(4).any(|&j| other(j));
        if cue && !theirs && !negated(a, i) {
            return true;
        }
    }
    false
}

/// Whether quotation `outer` holds quotation `inner`.
fn holds(a: &Article, outer: usize, inner: usize) -> bool {
    let (o, i) = (&a.quotations[outer].inner, &a.quotations[inner].inner);
    o.start <= i.start && i.end <= o.end
}

/// Whether the word at `i` follows a determiner: "une note" is a noun, not
/// the verb "noter".
fn after_determiner(a: &Article, i: usize) -> bool {
    // "a" is also the French auxiliary ("a déclaré").
    i.checked_sub(1).is_some_and(|j| {
        let t = &a.tokens[j];
        t.kind == Kind::Word && is_determiner(&t.key) && !is_auxiliary(&t.key)
    })
}

/// Whether a negation stands in the two words before token `i` ("n'a pas
/// commenté", "did not say").
fn negated(a: &Article, i: usize) -> bool {
    a.tokens[i.saturating_sub(3)..i]
        .iter()
        .any(|t| t.kind == Kind::Word && is_negation(&t.key))
}
